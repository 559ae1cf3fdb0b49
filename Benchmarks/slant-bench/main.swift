import Analysis
import Foundation
import Lexicon
import Reports
import Text

/// Release-mode benchmarks: `swift build -c release --product slant-bench && .build/release/slant-bench NAME …`.
/// Scripts in Benchmarks/ prepare inputs from ../shared/data and print the figures the README quotes.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func option(_ name: String, _ args: [String]) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("slant-bench: " + message + "\n").utf8))
    exit(2)
}

/// Tokenize and match a large text with a large lexicon; MB/s over the matching pass only, fastest of N.
func lexiconBenchmark(_ args: [String]) throws {
    guard let lexiconPath = option("--lexicon", args), let textPath = option("--text", args) else {
        fail("usage: slant-bench lexicon --lexicon LIST.txt --text TEXT.txt [--repeat N]")
    }
    let repeats = Int(option("--repeat", args) ?? "5") ?? 5
    let chunk = Int(option("--chunk", args) ?? "16384") ?? 16384
    var lexicon: Lexicon!
    var matcher: LexiconMatcher!
    let build = try seconds {
        lexicon = try LexiconLoader.load(file: lexiconPath)
        matcher = LexiconMatcher([lexicon])
    }
    guard let data = FileManager.default.contents(atPath: textPath) else { fail("cannot read \(textPath)") }
    let bytes = [UInt8](data)
    let mb = Double(bytes.count) / 1e6
    var best = Double.infinity
    var matches = 0, tokens = 0
    for _ in 0..<repeats {
        var count = 0
        let t = seconds {
            bytes.withUnsafeBufferPointer { buffer in
                tokens = matcher.scan(buffer, chunkBytes: chunk) { _ in count += 1 }
            }
        }
        matches = count
        best = min(best, t)
    }
    var tokenizeOnly = Double.infinity
    for _ in 0..<repeats {
        var count = 0
        let t = seconds {
            _ = bytes.withUnsafeBufferPointer { buffer in Tokenizer.scan(buffer) { _ in count += 1 } }
        }
        tokenizeOnly = min(tokenizeOnly, t)
    }
    print(String(format: "  (tokenizer alone: %.2f MB/s)", mb / tokenizeOnly))
    let entries = lexicon.entryCount
    print(String(format: "slant          %6.2f MB/s  %6.2f s  matches leftmost-longest %@  tokens %@  (build %.2f s, %d entries, fastest of %d)",
                 mb / best, best, matches.formatted(), tokens.formatted(), build, entries, repeats))
}

/// Articles from a JSON-lines file of `{"id", "outlet", "title", "text"}` (Benchmarks/prepare_inputs.py writes them).
func loadArticles(_ path: String) -> [Article] {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        fail("cannot read \(path)")
    }
    return text.split(separator: "\n").map { line in
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let id = object["id"] as? String, let body = object["text"] as? String else { fail("\(path): bad line") }
        let title = object["title"] as? String ?? ""
        return Article(id: id, outlet: object["outlet"] as? String ?? id, text: title + "\n\n" + body, headlineFirst: !title.isEmpty)
    }
}

func loadLibrary(_ args: [String]) throws -> (lexicons: [Lexicon], actors: ActorList, places: Lexicon?) {
    let library = LexiconLibrary(directory: URL(fileURLWithPath: option("--lexicons", args) ?? "lexicons"))
    let (lexicons, actors) = try library.load(["news-generic", "policy-frames", "actors"])
    return (lexicons, actors, try library.places())
}

/// The diff engine: one pair of long articles (full diff, fastest of N), and every pair of an event on all cores.
func diffBenchmark(_ args: [String]) throws {
    guard let pairPath = option("--pair", args), option("--event", args) != nil else {
        fail("usage: slant-bench diff --pair PAIR.jsonl --event EVENT.jsonl [--event EVENT2.jsonl] [--lexicons DIR] [--repeat N]")
    }
    let repeats = Int(option("--repeat", args) ?? "10") ?? 10
    let (lexicons, actors, places) = try loadLibrary(args)
    let differ = ArticleDiffer(lexicons: lexicons, actors: actors, places: places)
    let pair = loadArticles(pairPath)
    guard pair.count == 2 else { fail("\(pairPath): needs two articles") }
    var best = Double.infinity
    var diff: ArticleDiff!
    for _ in 0..<repeats { best = min(best, seconds { diff = differ.diff(pair[0], pair[1]) }) }
    print(String(format: "pair   %5d + %5d words: full diff %.1f ms (fastest of %d; %d pairs, %d only in A, %d only in B)",
                 diff.a.words, diff.b.words, best * 1000, repeats, diff.pairs.count, diff.onlyInA.count, diff.onlyInB.count))

    // Where the time goes, stage by stage (fastest of N each).
    func stage(_ name: String, _ body: () -> Void) -> String {
        var t = Double.infinity
        for _ in 0..<repeats { t = min(t, seconds(body)) }
        return String(format: "%@ %.1f", name, t * 1000)
    }
    let stages = [
        stage("sentences") { _ = pair.map(SentenceTable.init) },
        stage("facts") { _ = pair.map(differ.facts.facts(in:)) },
        stage("quotes") { _ = pair.map(differ.quoteExtractor.quotes(in:)) },
        stage("framing") { _ = pair.map { differ.scorer.profile($0, quotes: []) } },
        stage("alignment") { _ = SentenceAligner.align(SentenceTable(pair[0]), SentenceTable(pair[1]), weights: WordWeights(pair.map(SentenceTable.init))) },
        stage("verdicts") {
            let tables = pair.map(SentenceTable.init)
            _ = SentenceVerdicts.judge(tables[0], tables[1], weights: WordWeights(tables))
        },
    ]
    print("       stages (ms, both articles): " + stages.joined(separator: ", "))

    var eventPaths: [String] = []
    var k = 0
    while k < args.count { if args[k] == "--event", k + 1 < args.count { eventPaths.append(args[k + 1]) }; k += 1 }
    for path in eventPaths {
        let articles = loadArticles(path)
        let n = articles.count
        var pairsDone = 0, onlyIn = 0, sentences = 0
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let total = seconds {
            let ready = Parallel.map(count: n) { i in DiffInput(articles[i], facts: differ.facts) }
            let weights = WordWeights(ready.map(\.table))
            let counts = Parallel.map(count: n) { i -> (pairs: Int, onlyIn: Int) in
                var done = 0, only = 0
                for j in (i + 1)..<n {
                    let (alignment, _) = ArticleDiffer.align(ready[i], ready[j], weights: weights)
                    done += 1
                    only += alignment.onlyA.count + alignment.onlyB.count
                }
                return (done, only)
            }
            pairsDone = counts.reduce(0) { $0 + $1.pairs }
            onlyIn = counts.reduce(0) { $0 + $1.onlyIn }
            sentences = ready.reduce(0) { $0 + $1.table.sentences.count }
        }
        let words = articles.reduce(0) { $0 + WordCounter.count($1.text) }
        print(String(format: "event  %@: %d articles, %d words, %d sentences: %d pairs aligned with facts in %.2f s on %d cores (%.2f ms a pair; %d one-sided sentence verdicts)",
                     URL(fileURLWithPath: path).lastPathComponent, n, words, sentences, pairsDone, total, cores,
                     total / Double(max(pairsDone, 1)) * 1000, onlyIn))
    }
}

/// The framing report of a whole event: analysis, omissions (all pairs aligned) and the HTML, Markdown and JSON
/// renderings, fastest of N.
func reportBenchmark(_ args: [String]) throws {
    guard let eventPath = option("--event", args) else {
        fail("usage: slant-bench report --event EVENT.jsonl [--lexicons DIR] [--repeat N]")
    }
    let repeats = Int(option("--repeat", args) ?? "5") ?? 5
    let library = LexiconLibrary(directory: URL(fileURLWithPath: option("--lexicons", args) ?? "lexicons"))
    let (lexicons, actors) = try library.load(["news-generic", "policy-frames", "actors"])
    let builder = ReportBuilder(lexicons: lexicons, actors: actors, places: try library.places(), version: "bench")
    let articles = loadArticles(eventPath)
    let words = articles.reduce(0) { $0 + WordCounter.count($1.text) }
    var best = Double.infinity, buildBest = Double.infinity
    var sizes = (html: 0, json: 0, md: 0)
    var report: ComparisonReport!
    for _ in 0..<repeats {
        var built = 0.0
        let t = try seconds {
            built = seconds { report = builder.build(event: ReportEvent(slug: "bench", title: "Benchmark event"), articles: articles) }
            let html = ReportHTML.render(report), json = try JSONOutput.encode(report), md = ReportMarkdown.render(report)
            sizes = (html.utf8.count, json.utf8.count, md.utf8.count)
        }
        best = min(best, t)
        buildBest = min(buildBest, built)
    }
    print(String(format: "report %@: %d articles, %d outlets, %d words: %.2f s (model %.2f s; HTML %.1f MB, JSON %.1f MB, Markdown %.2f MB; %d omissions; fastest of %d)",
                 URL(fileURLWithPath: eventPath).lastPathComponent, articles.count, report.outlets.count, words, best, buildBest,
                 Double(sizes.html) / 1e6, Double(sizes.json) / 1e6, Double(sizes.md) / 1e6, report.omissions.count, repeats))
}

let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "lexicon": try lexiconBenchmark(Array(args.dropFirst()))
case "diff": try diffBenchmark(Array(args.dropFirst()))
case "report": try reportBenchmark(Array(args.dropFirst()))
default:
    fail("benchmarks: lexicon, diff, report (see Benchmarks/*.sh)")
}
