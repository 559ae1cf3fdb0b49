import Text

/// How to read an input.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Decide by file extension, then by content.
    case auto, html, text
}

/// Options of one extraction.
public struct ExtractionOptions: Sendable {
    public var inputFormat: InputFormat
    /// The input's file name or URL, used to decide the format by extension and as the URL of last resort.
    public var sourceName: String?
    /// The page's URL when known (from `--url` or a fetch).
    public var url: String?
    /// Inputs larger than this are refused.
    public var maxBytes: Int
    /// Whether to hash the input for the provenance record (skipped by batch text output, which does not print it).
    public var hashInput = true
    /// The charset named outside the page (an HTTP `Content-Type`), which outranks the page's `<meta>`.
    public var charset: String?

    public init(inputFormat: InputFormat = .auto, sourceName: String? = nil, url: String? = nil, maxBytes: Int = 32_000_000) {
        self.inputFormat = inputFormat
        self.sourceName = sourceName
        self.url = url
        self.maxBytes = maxBytes
    }
}

/// Turns a news page (HTML or flattened text) into an `ExtractedArticle`.
public enum Extractor {
    /// Changes whenever extraction output can change; stored with every article so `slant check` can tell.
    public static let version = "slant-extract 1.2"

    /// The libxml2 version extraction runs on.
    public static var libxml2Version: String { HTMLParser.libxmlVersion }

    /// Extracts an article. The input is consumed: once decoded and parsed its bytes are released, so a caller that
    /// hands over its last copy does not keep the page in memory for the rest of the extraction.
    public static func extract(_ input: consuming [UInt8], options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> ExtractedArticle {
        guard !input.isEmpty else { throw .empty }
        guard input.count <= options.maxBytes else { throw .tooLarge(bytes: input.count, limit: options.maxBytes) }
        let sha = options.hashInput ? SHA256.hex(input) : ""
        let format: InputFormat
        var decoded: DecodedInput
        if let bom = Charset.sniffBOM(input), bom != .utf8 {
            // UTF-16 (known only by its byte-order mark) is not binary although half its bytes are NUL.
            decoded = try Charset.decode(input, declared: nil, readMeta: false)
            format = resolveFormat(decoded.utf8, options: options)
        } else {
            guard !isBinary(input) else { throw .binary }
            format = resolveFormat(input, options: options)
            decoded = try Charset.decode(input, declared: options.charset, readMeta: format == .html)
        }
        func provenance(_ format: String) -> Provenance {
            Provenance(sha256: sha, extractor: version, inputFormat: format, encoding: decoded.encoding,
                       declaredEncoding: decoded.declared, invalidBytes: decoded.invalidBytes == 0 ? nil : decoded.invalidBytes)
        }
        if format == .text {
            let text = String(decoding: decoded.utf8, as: UTF8.self)
            guard !text.unicodeScalars.allSatisfy(Whitespace.isSpace) else { throw .empty }
            let (meta, body, captions) = PlainTextExtractor().extract(text)
            var metadata = meta
            if metadata.url == nil, let url = options.url { metadata.url = url; metadata.sources["url"] = .user }
            guard !body.isEmpty else { throw .noArticleText }
            return ExtractedArticle(metadata: metadata, blocks: body, captions: captions, provenance: provenance("text"))
        }
        let dom = try HTMLParser.parse(utf8: decoded.utf8)
        input = []
        decoded.utf8 = []
        let (metadata, ldBody, declaredTypes) = MetadataExtractor(dom: dom).extract(sourceURL: options.url)
        var (body, captions, fallback, shape) = ContentExtractor(dom: dom).extract(title: metadata.title)
        var method: ExtractionMethod = fallback ? .fallback : .main
        // Pages that render their text with scripts often still carry it in JSON-LD.
        let bodyChars = body.reduce(0) { $0 + $1.text.utf8.count }
        if let ld = ldBody, !ld.contains("<"), ld.utf8.count >= 200, Double(bodyChars) < 0.5 * Double(ld.utf8.count) {
            body = ld.split(whereSeparator: \.isNewline).map { Whitespace.collapse($0) }.filter { !$0.isEmpty }
                .map { Block(kind: .paragraph, text: $0) }
            method = .jsonLD
        }
        guard !body.isEmpty else { throw .noArticleText }
        var record = provenance("html")
        record.extraction = method == .main ? nil : method
        record.page = PageShapeJudge.judge(declared: declaredTypes, body: body, shape: shape)
        return ExtractedArticle(metadata: metadata, blocks: body, captions: captions, provenance: record)
    }

    /// Decodes a page's bytes to UTF-8 as extraction does (see `Charset`); `html` reads a `<meta>` declaration.
    public static func decode(_ bytes: [UInt8], charset: String? = nil, html: Bool) throws(ExtractionError) -> DecodedInput {
        try Charset.decode(bytes, declared: charset, readMeta: html)
    }

    /// The charset parameter of an HTTP `Content-Type` (`text/html; charset=Shift_JIS` → `Shift_JIS`).
    public static func charset(ofContentType value: String) -> String? { Charset.charset(ofContentType: value) }

    /// The format an input will be read as.
    public static func resolveFormat(_ bytes: [UInt8], options: ExtractionOptions) -> InputFormat {
        if options.inputFormat != .auto { return options.inputFormat }
        if let name = options.sourceName?.lowercased() {
            let path = name.split(separator: "?").first.map(String.init) ?? name
            if path.hasSuffix(".txt") || path.hasSuffix(".text") || path.hasSuffix(".md") { return .text }
            if path.hasSuffix(".html") || path.hasSuffix(".htm") || path.hasSuffix(".xhtml") { return .html }
        }
        return looksLikeHTML(bytes) ? .html : .text
    }

    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<p>", "<div", "<article", "<meta"].contains { head.contains($0) }
    }

    /// NUL bytes, or many control characters, in the first 8 KB.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { controls += 1 }
        }
        return controls * 20 > head.count
    }
}
