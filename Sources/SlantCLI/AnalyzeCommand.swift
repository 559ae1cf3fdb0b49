import Analysis
import ArgumentParser
import Corpus
import Extraction
import Foundation
import Text

extension Slant {
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one analysis record (a JSON line) per article: counts that add up across runs.",
            discussion: """
                With no EVENT, reads articles as JSON lines on standard input, one per line: {"id", "event", "outlet", \
                "date", "url", "title", "group" (optional), and one of "html" or "text"}; writes one record per \
                good line, in input order, on all cores. A bad line is reported on standard error with its line number and skipped; the \
                exit status is then 1. With EVENTs, writes the records of the corpus events' articles. \
                `slant profile --records FILE` reads the records.
                """)

        @OptionGroup var options: AnalysisOptions
        @Argument(help: "Corpus events (default: JSON lines on standard input).") var events: [String] = []
        @Option(help: "Lines analysed together in memory (at most this many articles are held at once).") var batch = 256
        @Option(help: "Threads (default: every core).") var jobs: Int?
        @Flag(help: "Also count the content words of each article's own voice (own_words), for distinctive words across events in slant profile.")
        var words = false
        @Flag(name: .customLong("errors-inline"),
              help: "Write a bad line's error as a JSON line on standard output ({\"schema\": \"slant.error/1\", \"line\", \"id\", \"error\"}), for pipelines that read only standard output; the exit status stays 0.")
        var errorsInline = false

        func run() throws {
            let names = !options.lexicon.isEmpty ? options.lexicon : try lexiconsOfEvents()
            let library = try options.library()
            let (lexicons, actors) = try library.load(names)
            let maker = RecordMaker(lexicons: lexicons, actors: actors, places: try library.places())
            if !events.isEmpty {
                for slug in events {
                    let (manifest, stored) = try options.corpus.articles(try Slug.make(slug))
                    let articles = stored.map { $0.article(event: manifest.slug) }
                    let records = maker.records(ofEvent: manifest.slug, articles: articles, workers: jobs, words: words)
                    for r in records { Terminal.out(try Self.line(r)) }
                }
                return
            }
            var failed = 0
            var lineNumber = 0
            var done = false
            while !done {
                var lines: [(Int, String)] = []
                while lines.count < max(1, batch) {
                    guard let line = readLine(strippingNewline: true) else { done = true; break }
                    lineNumber += 1
                    if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
                    lines.append((lineNumber, line))
                }
                let results = Parallel.map(count: lines.count, workers: jobs) { i -> Result<String, LineError> in
                    Result { try Self.line(Self.analyse(lines[i].1, maker: maker, words: words)) }.mapError { ($0 as? LineError) ?? LineError(message: "\($0)") }
                }
                for (i, result) in results.enumerated() {
                    switch result {
                    case .success(let text): Terminal.out(text)
                    case .failure(let error):
                        if errorsInline {
                            Terminal.out(try Self.errorLine(line: lines[i].0, text: lines[i].1, message: error.message))
                        } else {
                            failed += 1
                            Terminal.warn("line \(lines[i].0): \(error.message); skipped")
                        }
                    }
                }
            }
            if failed > 0 { throw CLIError("\(failed) line\(failed == 1 ? "" : "s") skipped") }
        }

        struct LineError: Error { var message: String }

        /// The lexicons of the events named (the defaults for standard input).
        func lexiconsOfEvents() throws -> [String] {
            var names: [String] = []
            for slug in events {
                for name in try options.corpus.manifest(try Slug.make(slug)).effectiveLexicons where !names.contains(name) { names.append(name) }
            }
            return names.isEmpty ? EventManifest.defaultLexicons : names
        }

        /// One input line: the article it describes, analysed.
        static func analyse(_ line: String, maker: RecordMaker, words: Bool = false) throws -> ArticleRecord {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw LineError(message: "not a JSON object")
            }
            func field(_ key: String) throws -> String? {
                guard let value = object[key], !(value is NSNull) else { return nil }
                guard let text = value as? String else { throw LineError(message: "\"\(key)\" is not a string") }
                return text
            }
            guard let id = try field("id"), !id.isEmpty else { throw LineError(message: "no \"id\"") }
            guard let event = try field("event"), !event.isEmpty else { throw LineError(message: "\(id): no \"event\"") }
            guard let outlet = try field("outlet"), !outlet.isEmpty else { throw LineError(message: "\(id): no \"outlet\"") }
            let html = try field("html"), text = try field("text"), title = try field("title")
            guard (html == nil) != (text == nil) else { throw LineError(message: "\(id): give one of \"html\" and \"text\"") }
            var article: Article
            var extractor: String? = nil
            if let html {
                do {
                    article = try Extractor.extract(Array(html.utf8), options: ExtractionOptions(inputFormat: .html, sourceName: id))
                        .article(id: id, outlet: outlet)
                } catch {
                    throw LineError(message: "\(id): \(error)")
                }
                extractor = Extractor.version
                if let title, !title.isEmpty, article.title.isEmpty { article.title = title }
            } else {
                let body = text!.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !body.isEmpty else { throw LineError(message: "\(id): the text is empty") }
                let heading = title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                article = Article(id: id, outlet: outlet, text: heading.isEmpty ? body : heading + "\n\n" + body, headlineFirst: !heading.isEmpty)
            }
            if let problem = Article.lengthProblem(characters: article.text.unicodeScalars.count) { throw LineError(message: "\(id): \(problem)") }
            if let date = try field("date") { article.date = date }
            if let url = try field("url") { article.url = url }
            return maker.record(article, event: event, group: try field("group"), extractor: extractor, words: words)
        }

        /// A bad line as one line of JSON: its number, the article id when it has one, and what is wrong.
        static func errorLine(line: Int, text: String, message: String) throws -> String {
            struct ErrorLine: Encodable { let schema = "slant.error/1"; let line: Int; let id: String?; let error: String }
            let id = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["id"] as? String
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(ErrorLine(line: line, id: id, error: message)), as: UTF8.self) + "\n"
        }

        /// A record as one line of JSON (sorted keys).
        static func line(_ record: ArticleRecord) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        }
    }
}
