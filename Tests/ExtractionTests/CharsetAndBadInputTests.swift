import Foundation
import Testing
@testable import Extraction

@Suite("Encodings and bad input")
struct CharsetAndBadInputTests {
    /// A page whose paragraph carries `body` (already encoded), with an optional `<meta>` in the head.
    func page(head: String = "", body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)<title>Caf</title></head><body><article><p>".utf8) + body
            + Array(" and enough words after it to make a real paragraph of article text, with commas, too.</p></article></body></html>".utf8)
    }

    /// "café “quoted” – €5" in windows-1252.
    let cp1252: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x64, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]
    let expected = "café “quoted” – €5"

    @Test func declaredWindows1252() throws {
        let a = try Extractor.extract(page(head: "<meta charset=\"windows-1252\">", body: cp1252))
        #expect(a.bodyText.hasPrefix(expected))
        #expect(a.provenance.encoding == "windows-1252")
    }

    @Test func latin1LabelDecodesAsWindows1252() throws {
        let a = try Extractor.extract(page(head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", body: cp1252))
        #expect(a.bodyText.hasPrefix(expected), "WHATWG: the latin-1 label means windows-1252")
    }

    @Test func undeclaredNonUTF8FallsBackToWindows1252() throws {
        let a = try Extractor.extract(page(body: cp1252))
        #expect(a.bodyText.hasPrefix(expected))
    }

    @Test func validUTF8WinsOverALyingMeta() throws {
        let a = try Extractor.extract(page(head: "<meta charset=\"windows-1252\">", body: Array(expected.utf8)))
        #expect(a.bodyText.hasPrefix(expected))
        #expect(a.provenance.encoding == "UTF-8")
    }

    @Test func utf8ByteOrderMark() throws {
        let a = try Extractor.extract([0xEF, 0xBB, 0xBF] + page(body: Array(expected.utf8)))
        #expect(a.bodyText.hasPrefix(expected))
    }

    @Test func utf16WithByteOrderMark() throws {
        let html = String(decoding: page(body: Array(expected.utf8)), as: UTF8.self)
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8)) }
        let a = try Extractor.extract(bytes)
        #expect(a.bodyText.hasPrefix(expected))
    }

    @Test func unknownDeclaredEncodingIsAnError() {
        #expect(throws: ExtractionError.unknownEncoding("x-klingon")) {
            try Extractor.extract(page(head: "<meta charset=\"x-klingon\">", body: cp1252))
        }
    }

    @Test func emptyAndBlankInput() {
        #expect(throws: ExtractionError.empty) { try Extractor.extract([]) }
        #expect(throws: ExtractionError.empty) { try Extractor.extract(Array("   \n\n  ".utf8), options: .init(inputFormat: .text)) }
    }

    @Test func binaryInput() {
        var bytes = [UInt8](repeating: 0, count: 4096)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 7919) }
        #expect(throws: ExtractionError.binary) { try Extractor.extract(bytes) }
    }

    @Test func oversizedInput() {
        let bytes = [UInt8](repeating: 0x61, count: 2_000)
        #expect(throws: ExtractionError.tooLarge(bytes: 2_000, limit: 1_000)) {
            try Extractor.extract(bytes, options: .init(maxBytes: 1_000))
        }
    }

    @Test func pageWithoutArticleText() {
        #expect(throws: ExtractionError.noArticleText) {
            try Extractor.extract(Array("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8))
        }
    }

    @Test func deeplyNestedPageNeitherCrashesNorHangs() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Deep inside the page there is a paragraph long enough to be the article, with commas, and words.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let a = try Extractor.extract(Array(html.utf8))
        #expect(a.bodyText.contains("Deep inside the page"))
    }

    @Test func truncatedPageKeepsWhatArrived() throws {
        let html = "<html><head><title>Cut</title></head><body><article><p>The first paragraph arrived whole, and it is long enough to count as article text.</p><p>The second one was cut off in the middle of a word as the page loa"
        let a = try Extractor.extract(Array(html.utf8))
        #expect(a.bodyText.contains("The first paragraph arrived whole"))
    }

    @Test func scriptsNeverReachTheText() throws {
        let html = "<html><body><article><p>Safe text of the article that is long enough to be kept as a paragraph, yes.</p><script>alert('x')</script><style>p{}</style><noscript>Enable JavaScript</noscript></article></body></html>"
        let text = try Extractor.extract(Array(html.utf8)).text
        #expect(!text.contains("alert"))
        #expect(!text.contains("Enable JavaScript"))
    }
}
