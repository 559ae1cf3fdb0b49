/// The element names extraction distinguishes; everything else is `.other` (treated as inline) or `.otherBlock`.
enum HTMLTag: UInt8, Sendable {
    case text = 0, other, otherBlock
    // structure
    case html, head, body, title, meta, link, base
    // dropped with their whole subtree (`button` only when it holds no prose: see `ContentExtractor.isPrunable`)
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, select, option, button,
         input, textarea, video, audio, map, dialog, picture, source
    // page chrome
    case nav, aside, header, footer, form, menu
    // blocks
    case div, p, section, article, main, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre,
         table, tbody, thead, tfoot, tr, td, th, caption, figure, figcaption, hr, br, address, center, details,
         summary, fieldset, legend, hgroup
    // inline with a meaning
    case a, img, time, span, q, cite

    /// True when the element starts a new text block.
    var isBlock: Bool {
        switch self {
        case .otherBlock, .body, .nav, .aside, .header, .footer, .form, .menu, .div, .p, .section, .article, .main,
             .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .table, .tbody,
             .thead, .tfoot, .tr, .caption, .figure, .figcaption, .hr, .br, .address, .center, .details,
             .summary, .fieldset, .legend, .hgroup, .html, .title:
            return true
        default:
            return false
        }
    }

    /// True when the element and everything inside it carry no article text.
    var dropsSubtree: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .select,
             .option, .input, .textarea, .video, .audio, .map, .dialog, .head, .source:
            return true
        default:
            return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        let named: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .math,
            .iframe, .object, .embed, .canvas, .select, .option, .button, .input, .textarea, .video, .audio, .map,
            .dialog, .picture, .source, .nav, .aside, .header, .footer, .form, .menu, .div, .p, .section, .article,
            .main, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .table, .tbody,
            .thead, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption, .hr, .br, .address, .center, .details,
            .summary, .fieldset, .legend, .hgroup, .a, .img, .time, .span, .q, .cite,
        ]
        for tag in named { table["\(tag)"] = tag }
        for block in ["noframes", "frameset", "frame", "optgroup", "datalist", "output", "progress", "meter"] {
            table[block] = .noscript   // never content
        }
        for block in ["ins", "del"] { table[block] = .other }
        for block in ["nobr", "font", "b", "i", "em", "strong", "u", "small", "sup", "sub", "abbr", "mark", "code",
                      "kbd", "samp", "var", "s", "strike", "bdi", "bdo", "wbr", "label", "big", "tt", "dfn", "data"] {
            table[block] = .other
        }
        for block in ["listing", "plaintext", "xmp", "multicol", "search", "article-body", "marquee"] {
            table[block] = .otherBlock
        }
        return table
    }()

    /// Looks a tag name up from the bytes libxml2 hands over (already lower case for HTML).
    static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        guard name.count <= 12 else { return .other }
        return TagTable.shared.lookup(name)
    }
}

/// An open-addressing table from tag-name bytes to `HTMLTag`, so the walk never builds a `String` per element.
struct TagTable: Sendable {
    static let shared = TagTable()
    private let slots: [(key: [UInt8], tag: HTMLTag)?]
    private let mask: Int

    init() {
        let size = 512
        var slots = [(key: [UInt8], tag: HTMLTag)?](repeating: nil, count: size)
        for (name, tag) in HTMLTag.byName {
            let key = Array(name.utf8)
            var i = TagTable.hash(key) & (size - 1)
            while slots[i] != nil { i = (i + 1) & (size - 1) }
            slots[i] = (key, tag)
        }
        self.slots = slots
        self.mask = size - 1
    }

    static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h: UInt32 = 2166136261
        for b in bytes { h = (h ^ UInt32(b | 0x20)) &* 16777619 }
        return Int(h)
    }

    func lookup(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        var i = TagTable.hash(name) & mask
        while let slot = slots[i] {
            if slot.key.count == name.count {
                var same = true
                for j in 0..<name.count where slot.key[j] != (name[j] | 0x20) && !(name[j] >= 0x30 && name[j] <= 0x39 && slot.key[j] == name[j]) {
                    same = false; break
                }
                if same { return slot.tag }
            }
            i = (i + 1) & mask
        }
        return .other
    }
}
