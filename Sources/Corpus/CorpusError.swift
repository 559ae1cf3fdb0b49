/// Why a corpus operation failed; every message names the file or name involved and says what to do.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidName(String, reason: String)
    case noSuchEvent(String, corpus: String)
    case noSuchArticle(event: String, outlet: String, known: [String])
    case corruptManifest(file: String, line: Int?, message: String)
    case corruptArticle(file: String, message: String)
    case outletTaken(event: String, outlet: String)
    case outletUnknown(source: String)
    case eventExists(String)
    case io(file: String, message: String)

    public var description: String {
        switch self {
        case let .invalidName(name, reason):
            return "invalid name '\(name.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())': \(reason)"
        case let .noSuchEvent(name, corpus):
            return "no event '\(name)' in \(corpus) (see `slant events`, or create it with `slant new \(name) --title …`)"
        case let .noSuchArticle(event, outlet, known):
            let list = known.isEmpty ? "it has no articles yet" : "its outlets are: " + known.joined(separator: ", ")
            return "event '\(event)' has no article from '\(outlet)'; \(list)"
        case let .corruptManifest(file, line, message):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(message) (the manifest was left untouched; fix it by hand)"
        case let .corruptArticle(file, message):
            return "\(file): \(message) (run `slant check` for the whole event)"
        case let .outletTaken(event, outlet):
            return "event '\(event)' already has a different article from '\(outlet)'; use --replace to update it"
        case let .outletUnknown(source):
            return "\(source): cannot tell the outlet (the page names no site and has no URL); give --outlet NAME"
        case let .eventExists(name):
            return "event '\(name)' already exists"
        case let .io(file, message):
            return "\(file): \(message)"
        }
    }
}
