import Foundation
import Lexicon
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

let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "lexicon": try lexiconBenchmark(Array(args.dropFirst()))
default:
    fail("benchmarks: lexicon (see Benchmarks/*.sh)")
}
