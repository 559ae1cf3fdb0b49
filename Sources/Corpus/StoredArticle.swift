import Extraction
import Foundation
import Text

/// A body block as stored: its kind and its span in the clean text.
public struct StoredBlock: Codable, Sendable, Equatable {
    public var kind: BlockKind
    public var start: Int
    public var end: Int
    public var level: Int?

    public var span: TextSpan { TextSpan(start, end) }
}

/// How and from where an article entered the corpus.
public struct StoredProvenance: Codable, Sendable, Equatable {
    /// When it was added (UTC, ISO 8601); `SOURCE_DATE_EPOCH` fixes it for reproducible imports.
    public var addedAt: String
    /// The path, URL or `-` it was added from.
    public var addedFrom: String
    /// The original bytes' file name in the article folder, and their SHA-256.
    public var sourceFile: String
    public var sourceSHA256: String
    /// SHA-256 of `text.txt`.
    public var textSHA256: String
    public var inputFormat: String
    public var encoding: String
    /// What the page declared when it differs from `encoding`, and how many bytes were not valid in it (see
    /// `Provenance`); absent for clean decodings.
    public var declaredEncoding: String?
    public var invalidBytes: Int?
    /// How the body was found when not by the main choice (see `Provenance.extraction`).
    public var extraction: ExtractionMethod?
    /// Set when the page did not look like an article (see `Provenance.page`).
    public var page: PageShape?
    public var extractor: String
    /// Values given on the command line that replaced what extraction found (title, date, url).
    public var overrides: [String: String]
    /// For fetched pages: the final URL after redirects and the content type.
    public var fetchedURL: String?
    public var contentType: String?

    public init(addedAt: String, addedFrom: String, sourceFile: String, sourceSHA256: String, textSHA256: String,
                inputFormat: String, encoding: String, extractor: String, overrides: [String: String],
                fetchedURL: String? = nil, contentType: String? = nil) {
        self.addedAt = addedAt
        self.addedFrom = addedFrom
        self.sourceFile = sourceFile
        self.sourceSHA256 = sourceSHA256
        self.textSHA256 = textSHA256
        self.inputFormat = inputFormat
        self.encoding = encoding
        self.extractor = extractor
        self.overrides = overrides
        self.fetchedURL = fetchedURL
        self.contentType = contentType
    }

    /// A sentence for the user when the source was not cleanly decoded or its body not found by the main choice.
    public var note: String? {
        var p = Provenance(sha256: "", extractor: extractor, inputFormat: inputFormat, encoding: encoding,
                           declaredEncoding: declaredEncoding, invalidBytes: invalidBytes)
        p.extraction = extraction
        p.page = page
        return p.note
    }

    enum CodingKeys: String, CodingKey {
        case addedAt = "added_at", addedFrom = "added_from", sourceFile = "source_file", sourceSHA256 = "source_sha256"
        case textSHA256 = "text_sha256", inputFormat = "input_format", encoding, extractor, overrides
        case declaredEncoding = "declared_encoding", invalidBytes = "invalid_bytes", extraction, page
        case fetchedURL = "fetched_url", contentType = "content_type"
    }
}

/// An article in the corpus: `article.json` (metadata, blocks as spans, captions, provenance) plus `text.txt`,
/// the clean text every offset indexes.
public struct StoredArticle: Codable, Sendable, Equatable {
    public var outlet: String
    public var slug: String
    public var metadata: ArticleMetadata
    /// The headline's span in `text` (empty when there is none).
    public var headline: TextSpan
    public var blocks: [StoredBlock]
    public var captions: [String]
    public var provenance: StoredProvenance
    /// The clean text (from `text.txt`; not part of `article.json`).
    public var text: String = ""

    enum CodingKeys: String, CodingKey { case outlet, slug, metadata, headline, blocks, captions, provenance }

    /// Lays out an extraction as stored: headline, blank line, blocks separated by blank lines.
    public init(outlet: String, slug: String, extracted: ExtractedArticle, provenance: StoredProvenance) {
        self.outlet = outlet
        self.slug = slug
        self.metadata = extracted.metadata
        self.captions = extracted.captions.map(\.text)
        self.provenance = provenance
        let (text, headline, spans) = extracted.layout()
        self.headline = headline
        blocks = zip(extracted.blocks, spans).map { b, span in
            StoredBlock(kind: b.kind, start: span.start, end: span.end, level: b.level)
        }
        self.text = text
        self.provenance.textSHA256 = SHA256.hex(utf8: text)
    }

    public var title: String { metadata.title ?? "" }
    /// The article's words, headline included: the one word count every command shows.
    public var wordCount: Int { WordCounter.count(text) }

    /// The article as the analysis sees it.
    public func article(event: String) -> Article {
        Article(id: "\(event)/\(slug)", outlet: outlet, title: title, date: metadata.date, url: metadata.url,
                authors: metadata.authors, text: text, headline: headline, paragraphs: blocks.map(\.span))
    }

    /// Checks that every span lies inside the text.
    func validate(file: String) throws(CorpusError) {
        let n = text.unicodeScalars.count
        for span in [headline] + blocks.map(\.span) where span.start < 0 || span.end > n || span.start > span.end {
            throw .corruptArticle(file: file, message: "span \(span.start)..<\(span.end) lies outside text.txt (\(n) characters)")
        }
    }
}
