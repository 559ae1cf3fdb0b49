/// Why a page could not be turned into an article.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary
    case tooLarge(bytes: Int, limit: Int)
    case unknownEncoding(String)
    case undecodable(String)
    case unparsable
    case noArticleText

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "the file is binary, not HTML or text"
        case let .tooLarge(bytes, limit):
            return "the page is \(bytes / 1_000_000) MB, over the \(limit / 1_000_000) MB limit (raise it with --max-size)"
        case let .unknownEncoding(name): return "the page declares an unknown character encoding '\(name)'"
        case let .undecodable(what): return "the bytes are not valid \(what)"
        case .unparsable: return "libxml2 could not parse the page as HTML"
        case .noArticleText: return "no article text was found in the page"
        }
    }
}
