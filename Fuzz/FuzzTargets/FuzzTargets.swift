import Analysis
import Corpus
import Extraction
import Lexicon
import Text

/// The libFuzzer targets: each takes arbitrary bytes, runs one stage of slant on them, and traps when an invariant
/// the rest of slant relies on does not hold. A target never traps on bad input that the stage rejects with an error.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// HTML page bytes → extracted article.
    case html
    /// Flattened text page bytes → extracted article.
    case text
    /// Bytes (with a charset label chosen by the first byte) → UTF-8.
    case charset
    /// Clean text → quotes with speakers.
    case quotes
    /// Lexicon file text (format chosen by the first byte: native YAML, LIWC .dic, plain list) → lexicon → matcher.
    case lexicon
    /// Event manifest YAML → manifest → YAML → the same manifest.
    case manifest

    /// Runs the target on one input.
    public func run(_ data: UnsafeBufferPointer<UInt8>) {
        switch self {
        case .html: Self.extract(Array(data), format: .html)
        case .text: Self.extract(Array(data), format: .text)
        case .charset: Self.charset(Array(data))
        case .quotes: Self.quotes(String(decoding: data, as: UTF8.self))
        case .lexicon: Self.lexicon(Array(data))
        case .manifest: Self.manifest(String(decoding: data, as: UTF8.self))
        }
    }

    public func run(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { run($0) } }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant broken: \(message())") }
    }

    private static func extract(_ bytes: [UInt8], format: InputFormat) {
        var options = ExtractionOptions(inputFormat: format)
        options.hashInput = false
        guard let article = try? Extractor.extract(bytes, options: options) else { return }
        require(!article.blocks.isEmpty, "an extraction returned no blocks")
        require(article.blocks.allSatisfy { !$0.text.isEmpty && $0.text == Whitespace.collapse($0.text) }, "a block is empty or not collapsed")
        // Laid out as the corpus stores it, every span lies inside the text.
        let provenance = StoredProvenance(addedAt: "", addedFrom: "", sourceFile: "", sourceSHA256: "", textSHA256: "",
                                          inputFormat: "", encoding: "", extractor: "", overrides: [:])
        let stored = StoredArticle(outlet: "fuzz", slug: "fuzz", extracted: article, provenance: provenance)
        let n = stored.text.unicodeScalars.count
        require(stored.blocks.allSatisfy { $0.start >= 0 && $0.start <= $0.end && $0.end <= n }, "a block span lies outside the text")
        _ = stored.wordCount
    }

    static let labels = [nil, "utf-8", "windows-1252", "iso-8859-1", "shift_jis", "gbk", "euc-kr", "euc-jp", "iso-8859-2",
                         "koi8-r", "windows-1251", "big5", "gb18030", "iso-2022-jp", "utf-16", "x-nonsense"]

    private static func charset(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let label = labels[Int(first) % labels.count]
        let body = Array(bytes.dropFirst())
        guard let decoded = try? Extractor.decode(body, charset: label, html: first & 0x80 != 0) else { return }
        require(String(validating: decoded.utf8, as: UTF8.self) != nil, "decoding produced invalid UTF-8")
        require(decoded.invalidBytes <= body.count, "more invalid bytes than bytes")
        if !body.starts(with: [0xEF, 0xBB, 0xBF]), String(validating: body, as: UTF8.self) != nil {
            require(decoded.utf8 == body && decoded.encoding == "UTF-8", "valid UTF-8 was changed")
        }
    }

    private static func quotes(_ text: String) {
        let article = Article(id: "fuzz", outlet: "fuzz", text: text, headlineFirst: true)
        let n = text.unicodeScalars.count
        for quote in QuoteExtractor().quotes(in: article) {
            for span in [quote.content, quote.outer] + quote.fragments + [quote.cue, quote.source].compactMap({ $0 }) {
                require(span.start >= 0 && span.start <= span.end && span.end <= n, "a quote span lies outside the text")
            }
            require(quote.outer.start <= quote.content.start && quote.content.end <= quote.outer.end, "content outside its marks")
        }
    }

    static let lexiconFormats = ["yaml", "dic", "txt"]
    static let sampleText = "Officials claimed the occupation would end, but critics said the so-called withdrawal was a “Combat Mission” in name only; it isn't over."

    private static func lexicon(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let format = lexiconFormats[Int(first) % lexiconFormats.count]
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        guard let lexicon = try? LexiconLoader.parse(text, file: "fuzz." + format) else { return }
        let matcher = LexiconMatcher([lexicon])
        let n = sampleText.unicodeScalars.count
        for m in matcher.matches(in: sampleText) {
            require(m.span.start >= 0 && m.span.start < m.span.end && m.span.end <= n, "a match span lies outside the text")
        }
    }

    private static func manifest(_ text: String) {
        guard let manifest = try? EventManifest.read(text, file: "event.yaml") else { return }
        guard let again = try? EventManifest.read(manifest.yaml(), file: "event.yaml") else {
            fatalError("fuzz invariant broken: a manifest slant wrote cannot be read back:\n\(manifest.yaml())")
        }
        require(again == manifest, "a manifest changed on a write and read")
    }
}
