import Corpus
import Lexicon

/// An error a command ends with. `Slant.start` prints it once, as `slant: error: MESSAGE` (a line each for several),
/// and exits with status 1: commands throw, they never print their own errors.
protocol CommandFailure: Error, CustomStringConvertible {
    /// The lines to print; one by default.
    var messages: [String] { get }
}

extension CommandFailure {
    var messages: [String] { [description] }
}

/// A failure described in words, for the cases no module's error type covers; several when a batch had several.
struct CLIError: CommandFailure {
    let messages: [String]
    init(_ message: String) { messages = [message] }
    init(messages: [String]) { self.messages = messages }
    var description: String { messages.joined(separator: "\n") }
}

extension CorpusError: CommandFailure {}
extension LexiconError: CommandFailure {}
extension InputError: CommandFailure {}
extension FetchError: CommandFailure {}
