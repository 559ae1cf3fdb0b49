/// One outlet's article as the analysis sees it: a canonical clean text and spans into it.
public struct Article: Sendable, Hashable {
    /// The longest clean text slant analyses, in characters (Unicode scalars): about 150,000 words, several times
    /// the longest news feature. Longer inputs are not articles (a book, a site dump, a hostile page) and would make
    /// every analysis command slow and large; they are refused with a message.
    public static let maxCharacters = 1_000_000

    /// Why a text of `characters` characters cannot be analysed, or nil.
    public static func lengthProblem(characters: Int) -> String? {
        guard characters > maxCharacters else { return nil }
        return "its clean text is \(characters) characters, over the \(maxCharacters) slant analyses (about 150,000 words); "
            + "a page this long is not one article (extract it with `slant extract` and split it)"
    }

    /// `event/outlet` for corpus articles, the file path for files.
    public var id: String
    public var outlet: String
    public var title: String
    public var date: String?
    public var url: String?
    public var authors: [String]
    /// The clean text: the headline, a blank line, then the body paragraphs separated by blank lines.
    public var text: String
    /// The headline's span in `text` (empty when the article has none).
    public var headline: TextSpan
    /// The body blocks' spans, in reading order.
    public var paragraphs: [TextSpan]

    public init(id: String, outlet: String, title: String, date: String? = nil, url: String? = nil, authors: [String] = [],
                text: String, headline: TextSpan, paragraphs: [TextSpan]) {
        self.id = id
        self.outlet = outlet
        self.title = title
        self.date = date
        self.url = url
        self.authors = authors
        self.text = text
        self.headline = headline
        self.paragraphs = paragraphs
    }

    /// An article from a clean text laid out as blocks separated by blank lines; the first block is the headline when
    /// `headlineFirst` is set.
    public init(id: String, outlet: String, text: String, headlineFirst: Bool) {
        let blocks = Article.blockSpans(in: text)
        let headline = headlineFirst ? (blocks.first ?? TextSpan(0, 0)) : TextSpan(0, 0)
        let scalars = ScalarText(text)
        self.init(id: id, outlet: outlet, title: headlineFirst ? scalars[headline] : "", text: text, headline: headline,
                  paragraphs: headlineFirst ? Array(blocks.dropFirst()) : blocks)
    }

    /// Spans of the runs of non-blank lines of `text` (blocks separated by blank lines), trimmed of surrounding spaces.
    public static func blockSpans(in text: String) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start: Int? = nil
        var lastNonSpace = -1
        var newlines = 0
        for (i, s) in text.unicodeScalars.enumerated() {
            if s == "\n" {
                newlines += 1
                if newlines >= 2, let b = start { spans.append(TextSpan(b, lastNonSpace + 1)); start = nil }
                continue
            }
            if Whitespace.isSpace(s) { continue }
            newlines = 0
            if start == nil { start = i }
            lastNonSpace = i
        }
        if let b = start { spans.append(TextSpan(b, lastNonSpace + 1)) }
        return spans
    }
}
