import Corpus
import Foundation

/// Where a command's document goes: standard output, or a file written atomically.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            Terminal.out(text)
            return
        }
        try corpusStep { try AtomicFile.write(text, to: URL(fileURLWithPath: path), durable: false) }
    }
}
