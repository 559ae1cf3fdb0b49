import CLibXML2
import Foundation

/// The only place libxml2 is seen. Parses HTML bytes with libxml2's SAX interface and builds the flat `DOM` directly from the
/// callbacks, so no libxml2 tree is ever built; the parser context is freed before returning.
enum HTMLParser {
    private static let initOnce: Void = {
        xmlInitParser()
        clibxml2_silence_errors()
    }()

    static var libxmlVersion: String { LIBXML_DOTTED_VERSION }

    /// Parses a page already decoded to UTF-8 (see `Charset.decode`); a `<meta charset>` in it is ignored.
    static func parse(utf8 input: [UInt8]) throws(ExtractionError) -> DOM {
        _ = initOnce
        clibxml2_silence_errors()
        guard input.count < Int(Int32.max) else { throw .tooLarge(bytes: input.count, limit: Int(Int32.max)) }
        guard let dom = parse(input) else { throw .unparsable }
        return dom
    }

    private static func parse(_ input: [UInt8]) -> DOM? {
        // The SAX state lives behind a raw pointer handed to libxml2 as user data: no reference counting and no
        // exclusivity checks in callbacks that run once per element and text run.
        let builder = UnsafeMutablePointer<DOMBuilder>.allocate(capacity: 1)
        builder.initialize(to: DOMBuilder(expectedBytes: input.count))
        defer { builder.deinitialize(count: 1); builder.deallocate() }
        let ok: Bool = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let ctxt = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return false }
                defer {
                    if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
                    ctxt.pointee.myDoc = nil
                    htmlFreeParserCtxt(ctxt)
                }
                let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                htmlCtxtUseOptions(ctxt, Int32(options))
                // libxml2 reads UTF-8 natively: told so, it neither guesses nor converts.
                ctxt.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
                guard let sax = ctxt.pointee.sax else { return false }
                sax.pointee = DOMBuilder.makeHandler()
                ctxt.pointee.userData = UnsafeMutableRawPointer(builder)
                htmlParseDocument(ctxt)
                return true
            }
        }
        guard ok else { return nil }
        builder.pointee.finish()
        return builder.pointee.dom
    }
}

/// Receives libxml2's SAX events and appends elements and text to a `DOM`, keeping its own stack of open elements.
private struct DOMBuilder {
    var dom = DOM()
    private var open: [Int32] = []
    /// While > 0, text is not article text (inside head, script, style, …).
    private var suppressDepth = 0
    private var suppressStack: [Bool] = []
    private var capture: Capture = .none
    private var captured: [UInt8] = []

    private enum Capture { case none, title, jsonLD }

    init(expectedBytes: Int) {
        // Upper bounds, so the arrays never grow by copying: the text of a page is never longer than the page, and
        // reserved but untouched capacity costs address space, not memory.
        dom.nodes.reserveCapacity(max(256, expectedBytes / 8))
        dom.text.reserveCapacity(max(1 << 12, expectedBytes + 64))
    }

    static func makeHandler() -> htmlSAXHandler {
        var h = htmlSAXHandler()
        h.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: DOMBuilder.self).pointee.start(name, atts)
        }
        h.endElement = { ctx, _ in
            guard let ctx else { return }
            ctx.assumingMemoryBound(to: DOMBuilder.self).pointee.end()
        }
        h.characters = { ctx, chars, length in
            guard let ctx, let chars, length > 0 else { return }
            ctx.assumingMemoryBound(to: DOMBuilder.self).pointee.text(UnsafeBufferPointer(start: chars, count: Int(length)))
        }
        h.cdataBlock = h.characters
        h.ignorableWhitespace = h.characters
        return h
    }

    mutating func finish() {
        while !suppressStack.isEmpty { end() }
    }

    private mutating func start(_ namePtr: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let tag = HTMLTag.lookup(UnsafeBufferPointer(start: namePtr, count: strlen(namePtr)))
        var attrs = Attributes()
        attrs.read(atts, keepAll: tag.keepsAttributes)

        // Elements that never carry article text still need a matching end().
        if suppressDepth > 0 || tag.dropsSubtree || tag == .meta || tag == .link || tag == .title {
            switch tag {
            case .script where attrs.type?.lowercased().contains("ld+json") == true:
                capture = .jsonLD; captured.removeAll(keepingCapacity: true)
            case .title where dom.documentTitle == nil:
                capture = .title; captured.removeAll(keepingCapacity: true)
            case .meta:
                if !attrs.kept.isEmpty { dom.metas.append(attrs.kept) }
            case .link:
                if !attrs.kept.isEmpty { dom.links.append(attrs.kept) }
            default:
                break
            }
            if tag == .head, suppressDepth == 0 { recordElement(tag, attrs) }
            suppressDepth += 1
            suppressStack.append(true)
            return
        }
        recordElement(tag, attrs)
        suppressStack.append(false)
    }

    private mutating func recordElement(_ tag: HTMLTag, _ attrs: Attributes) {
        let index = Int32(dom.nodes.count)
        var hints = ContentHints(rawValue: attrs.hintBits)
        if attrs.hidden { hints.insert(.hidden) }
        dom.nodes.append(DOM.Node(tag: tag, hints: hints, parent: open.last ?? -1, end: index + 1,
                                  textStart: 0, textEnd: 0, chars: 0, commas: 0))
        if !attrs.kept.isEmpty { dom.attributes[index] = attrs.kept }
        open.append(index)
    }

    private mutating func end() {
        guard let suppressed = suppressStack.popLast() else { return }
        if suppressed {
            suppressDepth -= 1
            switch capture {
            case .jsonLD: dom.jsonLD.append(String(decoding: captured, as: UTF8.self))
            case .title: dom.documentTitle = String(decoding: captured, as: UTF8.self)
            case .none: break
            }
            capture = .none
            // The head element itself was recorded: close it when its own end arrives.
            if suppressDepth == 0, let top = open.last, dom.nodes[Int(top)].tag == .head { close() }
            return
        }
        close()
    }

    private mutating func close() {
        guard let index = open.popLast() else { return }
        dom.nodes[Int(index)].end = Int32(dom.nodes.count)
    }

    private mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if suppressDepth > 0 {
            if capture != .none { captured.append(contentsOf: bytes) }
            return
        }
        var chars: Int32 = 0, commas: Int32 = 0
        for b in bytes {
            if b > 0x20 && (b & 0xC0) != 0x80 { chars &+= 1 }
            if b == 0x2C { commas &+= 1 }
        }
        let parent = open.last ?? -1
        // libxml2 may deliver one text run in several calls: extend the previous text node.
        if let last = dom.nodes.last, last.tag == .text, last.parent == parent, Int(last.textEnd) == dom.text.count {
            let i = dom.nodes.count - 1
            if chars == 0 {
                if dom.text.last != 0x20 { dom.text.append(0x20) }
            } else {
                dom.text.append(contentsOf: bytes)
            }
            dom.nodes[i].textEnd = Int32(dom.text.count)
            dom.nodes[i].chars += chars
            dom.nodes[i].commas += commas
            return
        }
        let start = Int32(dom.text.count)
        if chars == 0 { dom.text.append(0x20) } else { dom.text.append(contentsOf: bytes) }
        let index = Int32(dom.nodes.count)
        dom.nodes.append(DOM.Node(tag: .text, hints: [], parent: parent, end: index + 1,
                                  textStart: start, textEnd: Int32(dom.text.count), chars: chars, commas: commas))
    }
}

/// The attributes of one element that extraction reads.
private struct Attributes {
    var hintBits: UInt32 = 0
    var hidden = false
    var type: String?
    var kept: [String: String] = [:]

    mutating func read(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, keepAll: Bool) {
        guard let atts else { return }
        var i = 0
        while let namePtr = atts[i] {
            let valuePtr = atts[i + 1]
            i += 2
            let name = UnsafeBufferPointer(start: namePtr, count: strlen(namePtr))
            let value = valuePtr.map { UnsafeBufferPointer(start: $0, count: strlen($0)) } ?? UnsafeBufferPointer(start: nil, count: 0)
            switch name.count {
            case 2 where equals(name, "id"):
                classify(value)
            case 4 where equals(name, "role"):
                classify(value)
            case 5 where equals(name, "class"):
                classify(value)
                continue
            case 5 where equals(name, "style"):
                if styleHides(value) { hidden = true }
            case 6 where equals(name, "hidden"):
                hidden = true
            case 11 where equals(name, "aria-hidden"):
                if value.count == 4, equals(value, "true") { hidden = true }
            case 8 where equals(name, "itemprop"):
                classify(value)
                kept["itemprop"] = String(decoding: value, as: UTF8.self)
                continue
            case 8 where equals(name, "itemtype"):
                hintBits |= BoilerplateRules.articleTypeMatcher.match(value)
            case 4 where equals(name, "type"):
                type = String(decoding: value, as: UTF8.self)
            default:
                if keepAll || (name.count == 7 && equals(name, "content")) || (name.count == 8 && equals(name, "datetime"))
                    || (name.count == 3 && equals(name, "rel")) {
                    kept[String(decoding: name, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
                }
                continue
            }
            if keepAll { kept[String(decoding: name, as: UTF8.self)] = String(decoding: value, as: UTF8.self) }
        }
    }

    /// Each class token on its own, except tokens that describe the page's state or the post's subjects rather than the
    /// element's role (`has-comments`, `no-sidebar`, `category-news`): an article "with comments" is still the article.
    private mutating func classify(_ value: UnsafeBufferPointer<UInt8>) {
        guard value.count > 0, value.count < 400 else { return }
        var start = 0
        func token(_ end: Int) {
            defer { start = end + 1 }
            guard end > start else { return }
            let t = UnsafeBufferPointer(rebasing: value[start..<end])
            if Self.isStateToken(t) { return }
            hintBits |= BoilerplateRules.classMatcher.match(t)
            hintBits |= BoilerplateRules.tokenMatcher.match(t)
        }
        for i in 0..<value.count where value[i] == 0x20 || value[i] == 0x09 || value[i] == 0x0A || value[i] == 0x0D {
            token(i)
        }
        token(value.count)
    }

    private static func isStateToken(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        func opens(_ prefix: StaticString) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard t.count > n else { return false }
            let p = prefix.utf8Start
            for i in 0..<n {
                let b = t[i] == 0x5F ? 0x2D : t[i] | 0x20
                if b != p[i] { return false }
            }
            return true
        }
        if opens("has-") || opens("no-") || opens("with-") || opens("without-") { return true }
        // Taxonomy classes name the post's subjects (`category-tax-credits`, `tag-social-media`), not the element's role.
        if opens("category-") { return true }
        if opens("tag-") {
            let rest = String(decoding: t.dropFirst(4), as: UTF8.self).lowercased()
            return !["list", "cloud", "links", "list-wrapper"].contains(rest)
        }
        return false
    }

    /// `display: none` or `visibility: hidden` anywhere in a style attribute, spaces and case ignored.
    private func styleHides(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        containsIgnoringSpaces(value, "display:none") || containsIgnoringSpaces(value, "visibility:hidden")
    }

    private func containsIgnoringSpaces(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let p = needle.utf8Start
        let n = needle.utf8CodeUnitCount
        var start = 0
        while start < haystack.count {
            guard (haystack[start] | 0x20) == p[0] else { start += 1; continue }
            var i = start, j = 0
            while i < haystack.count, j < n {
                let b = haystack[i]
                if b == 0x20 || b == 0x09 || b == 0x0A { i += 1; continue }
                guard (b | 0x20) == p[j] else { break }
                i += 1; j += 1
            }
            if j == n { return true }
            start += 1
        }
        return false
    }

    private func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard bytes.count == n else { return false }
        let p = literal.utf8Start
        for i in 0..<n where (bytes[i] | 0x20) != (p[i] | 0x20) { return false }
        return true
    }
}

private extension HTMLTag {
    /// Elements whose attributes metadata extraction reads.
    var keepsAttributes: Bool {
        switch self {
        case .meta, .link, .time, .html: return true
        default: return false
        }
    }
}
