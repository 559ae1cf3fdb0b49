/// The kinds of block an article body is reduced to.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    case heading, paragraph, quote
    case listItem = "list_item"
    case caption
}

/// One block of article text.
public struct Block: Codable, Sendable, Equatable {
    public var kind: BlockKind
    public var text: String
    /// 1–6 for headings.
    public var level: Int?

    public init(kind: BlockKind, text: String, level: Int? = nil) {
        self.kind = kind
        self.text = text
        self.level = level
    }
}

/// Where a metadata field came from.
public enum MetadataSource: String, Codable, Sendable {
    case jsonLD = "json-ld", openGraph = "opengraph", meta, microdata, time, htmlTitle = "html-title", heading,
         byline, link, htmlLang = "html-lang", text, domain, user,
         /// A date written in the page's URL ("/2019/11/18/").
         url
}

/// Article metadata, each field with the source that supplied it.
public struct ArticleMetadata: Codable, Sendable, Equatable {
    public var title: String?
    public var authors: [String] = []
    /// ISO 8601: `YYYY-MM-DD`, or a full timestamp when the page gives one.
    public var date: String?
    public var siteName: String?
    public var url: String?
    public var language: String?
    public var description: String?
    /// Field name (`title`, `authors`, `date`, `site_name`, `url`, `language`, `description`) to its source.
    public var sources: [String: MetadataSource] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case title, authors, date, siteName = "site_name", url, language, description, sources
    }
}

/// How the body of an HTML page was found.
public enum ExtractionMethod: String, Codable, Sendable {
    /// The container the page's structure and text point to (recorded as absent).
    case main
    /// No container held an article: the page's longest link-poor blocks, wherever they are.
    case fallback
    /// The page's own `articleBody` in JSON-LD (the HTML carried much less text).
    case jsonLD = "json-ld"
}

/// How an extraction was made, so it can be checked and repeated.
public struct Provenance: Codable, Sendable, Equatable {
    /// SHA-256 of the input bytes.
    public var sha256: String
    public var extractor: String
    /// `html` or `text`.
    public var inputFormat: String
    /// The character encoding the input was decoded from.
    public var encoding: String
    /// The charset the page declared (HTTP header or `<meta>`), when it declared one and it differs from `encoding`.
    public var declaredEncoding: String?
    /// Input bytes that were not valid in `encoding` and were read as U+FFFD (absent when there were none).
    public var invalidBytes: Int?
    /// How the body was found, when not by the main choice (`fallback`, `json-ld`): worth a second look.
    public var extraction: ExtractionMethod?
    /// Set when the page does not look like an article (a listing, a product, a forum): worth a look.
    public var page: PageShape?

    public init(sha256: String, extractor: String, inputFormat: String, encoding: String, declaredEncoding: String? = nil,
                invalidBytes: Int? = nil) {
        self.sha256 = sha256
        self.extractor = extractor
        self.inputFormat = inputFormat
        self.encoding = encoding
        self.declaredEncoding = declaredEncoding.flatMap { Charset.canonicalName($0) == encoding ? nil : $0 }
        self.invalidBytes = invalidBytes
    }

    /// A sentence for the user when decoding was not clean (bad bytes, a false UTF-8 declaration), else nil.
    public var decodingNote: String? {
        var notes: [String] = []
        if let declared = declaredEncoding, Charset.canonicalName(declared) == "UTF-8" {
            notes.append("the page declares \(declared) but its bytes are not UTF-8; it was read as \(encoding)")
        }
        if let n = invalidBytes, n > 0 {
            notes.append("\(n) byte\(n == 1 ? " was" : "s were") not valid \(encoding) and became U+FFFD (�)")
        }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// A sentence for the user when the body was not found by the main choice, else nil.
    public var extractionNote: String? {
        switch extraction {
        case .fallback?: return "no part of the page held the article as a whole; its longest link-poor blocks were taken (check the text)"
        case .jsonLD?: return "the page's HTML held little text; the article body came from its JSON-LD"
        case .main?, nil: return nil
        }
    }

    /// Everything the user should hear about this extraction (decoding and how the body was found), else nil.
    public var note: String? {
        let notes = [decodingNote, extractionNote, page?.note].compactMap { $0 }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    enum CodingKeys: String, CodingKey {
        case sha256, extractor, inputFormat = "input_format", encoding, declaredEncoding = "declared_encoding"
        case invalidBytes = "invalid_bytes", extraction, page
    }
}

/// An article extracted from a page: metadata, body blocks, captions kept apart, provenance.
public struct ExtractedArticle: Codable, Sendable, Equatable {
    public var metadata: ArticleMetadata
    /// The body, in reading order; never contains captions.
    public var blocks: [Block]
    /// Image and video captions found in the article, kept out of the body.
    public var captions: [Block]
    public var provenance: Provenance

    public init(metadata: ArticleMetadata, blocks: [Block], captions: [Block], provenance: Provenance) {
        self.metadata = metadata
        self.blocks = blocks
        self.captions = captions
        self.provenance = provenance
    }

    /// The clean text: the title, a blank line, then the body blocks separated by blank lines.
    public var text: String { layout().text }

    /// The body alone, blocks separated by blank lines.
    public var bodyText: String { blocks.map(\.text).joined(separator: "\n\n") }

    /// The clean text laid out once, with the span of the headline and of every block in it (Unicode scalars):
    /// the one place a page becomes the text every offset of slant indexes.
    public func layout() -> (text: String, headline: TextSpan, blocks: [TextSpan]) {
        var text = ""
        text.reserveCapacity((metadata.title?.utf8.count ?? 0) + blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
        var offset = 0
        func append(_ s: String) -> TextSpan {
            if !text.isEmpty { text += "\n\n"; offset += 2 }
            let n = s.unicodeScalars.count
            text += s
            defer { offset += n }
            return TextSpan(offset, offset + n)
        }
        let title = metadata.title ?? ""
        let headline = title.isEmpty ? TextSpan(0, 0) : append(title)
        let spans = blocks.map { append($0.text) }
        return (text, headline, spans)
    }

    /// The article as the analysis sees it.
    public func article(id: String, outlet: String) -> Article {
        let (text, headline, spans) = layout()
        return Article(id: id, outlet: outlet, title: metadata.title ?? "", date: metadata.date, url: metadata.url,
                       authors: metadata.authors, text: text, headline: headline, paragraphs: spans)
    }
}

/// The JSON form of an extraction (`slant extract --format json`): the article plus its clean text.
public struct ExtractionJSON: Encodable {
    public let metadata: ArticleMetadata
    public let blocks: [Block]
    public let captions: [Block]
    public let provenance: Provenance
    public let text: String

    public init(_ article: ExtractedArticle) {
        metadata = article.metadata
        blocks = article.blocks
        captions = article.captions
        provenance = article.provenance
        text = article.text
    }

    /// Writes the same bytes as `JSONOutput.encode(ExtractionJSON(article))` piece by piece, so a large article is
    /// never held twice more (as the text joined from its blocks, and as the encoder's output).
    public static func write(_ article: ExtractedArticle, to sink: (String) -> Void) throws {
        func block(_ b: Block, last: Bool) {
            var s = "    {\n      \"kind\" : \(JSONOutput.string(b.kind.rawValue)),\n"
            if let level = b.level { s += "      \"level\" : \(level),\n" }
            sink(s + "      \"text\" : \(JSONOutput.string(b.text))\n    }" + (last ? "\n" : ",\n"))
        }
        sink("{\n  \"blocks\" : [\n")
        if article.blocks.isEmpty { sink("\n") }
        for (i, b) in article.blocks.enumerated() { block(b, last: i == article.blocks.count - 1) }
        sink("  ],\n  \"captions\" : \(try JSONOutput.nested(article.captions, depth: 1)),\n")
        sink("  \"metadata\" : \(try JSONOutput.nested(article.metadata, depth: 1)),\n")
        sink("  \"provenance\" : \(try JSONOutput.nested(article.provenance, depth: 1)),\n")
        sink("  \"text\" : \"")
        var first = true
        if let title = article.metadata.title, !title.isEmpty {
            sink(String(JSONOutput.string(title).dropFirst().dropLast()))
            first = false
        }
        for b in article.blocks {
            sink((first ? "" : "\\n\\n") + String(JSONOutput.string(b.text).dropFirst().dropLast()))
            first = false
        }
        sink("\"\n}\n")
    }
}

import Text
