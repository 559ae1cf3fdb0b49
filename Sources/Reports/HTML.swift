/// HTML text that is safe to place in a document: everything from articles goes through `escape`; markup written by
/// the renderers is built from these values, never from raw article text.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    public private(set) var markup: String

    public init() { markup = "" }

    /// Markup written by slant itself (never article text).
    public init(raw: String) { markup = raw }

    public var description: String { markup }

    /// Text, escaped: `<`, `>`, `&`, `"` and `'` become entities, control characters (but tab and newline) are dropped.
    public static func text(_ s: String) -> HTML { HTML(raw: escape(s)) }

    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An element with escaped attribute values and the given content.
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: HTML = HTML()) -> HTML {
        var m = "<" + name
        for (k, v) in attributes { m += " \(k)=\"\(escape(v))\"" }
        m += ">" + content.markup + "</" + name + ">"
        return HTML(raw: m)
    }

    /// Pieces of markup one after another.
    public static func join(_ parts: [HTML]) -> HTML { HTML(raw: parts.map(\.markup).joined()) }

    /// A table row of cells; `header` cells are row headers.
    public static func row(header: HTML? = nil, _ cells: [(HTML, String?)]) -> HTML {
        var parts: [HTML] = []
        if let header { parts.append(element("th", ["scope": "row"], header)) }
        for (content, cls) in cells { parts.append(cls.map { element("td", ["class": $0], content) } ?? element("td", [:], content)) }
        return element("tr", [:], join(parts))
    }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(raw: a.markup + b.markup) }
    public static func += (a: inout HTML, b: HTML) { a.markup += b.markup }

    /// Only http(s) links become links; anything else (`javascript:`, `data:`) is shown as text.
    public static func link(_ url: String?, _ label: HTML) -> HTML {
        guard let url, let scheme = url.split(separator: ":", maxSplits: 1).first?.lowercased(), scheme == "http" || scheme == "https" else {
            return label
        }
        return element("a", ["href": url, "rel": "noopener noreferrer nofollow"], label)
    }

    /// A complete self-contained page: no scripts, no remote resources, and a Content-Security-Policy that forbids both.
    public static func page(title: String, css: String, body: HTML) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="slant">
        <title>\(escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        \(body.markup)
        </body>
        </html>

        """
    }
}
