import Foundation

/// The article object of a page's JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, …), read leniently.
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var url: String?
    var language: String?
    var description: String?
    var articleBody: String?
    var siteName: String?
    /// Every `@type` of the page's JSON-LD objects, lowercased (`product`, `itemlist`, `newsarticle`, …).
    var types: Set<String> = []

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "techarticle", "liveblogposting",
        "socialmediaposting", "posting", "report", "askpublicnewsarticle",
    ]

    /// Reads every script body; the first article object wins, other objects (WebSite, Organization) fill gaps.
    init?(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            var s = Whitespace.trim(script)
            if s.hasPrefix("//<![CDATA[") { s = String(s.dropFirst(11)) }
            if s.hasPrefix("<![CDATA[") { s = String(s.dropFirst(9)) }
            if s.hasSuffix("//]]>") { s = String(s.dropLast(5)) } else if s.hasSuffix("]]>") { s = String(s.dropLast(3)) }
            let data = Data(s.utf8)
            guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            Self.collect(json, into: &objects, depth: 0)
        }
        guard !objects.isEmpty else { return nil }
        types = Set(objects.flatMap(Self.types))
        let article = objects.first { Self.types(of: $0).contains { Self.articleTypes.contains($0) } }
        if let article {
            headline = Self.string(article["headline"]) ?? Self.string(article["name"])
            authors = Self.names(article["author"]) + Self.names(article["creator"])
            datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
            publisher = Self.names(article["publisher"]).first ?? Self.names(article["sourceOrganization"]).first
            url = Self.string(article["url"]) ?? Self.id(article["mainEntityOfPage"])
            language = Self.string(article["inLanguage"])
            description = Self.string(article["description"])
            articleBody = (article["articleBody"] as? String).map { Whitespace.trim(Self.decodeReferences($0)) }
        }
        if let site = objects.first(where: { Self.types(of: $0).contains("website") }) {
            siteName = Self.string(site["name"])
            if language == nil { language = Self.string(site["inLanguage"]) }
        }
        if article == nil && siteName == nil && types.isEmpty { return nil }
    }

    private static func collect(_ json: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = json as? [Any] {
            for item in array { collect(item, into: &objects, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] as? [String: Any] { collect(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t.lowercased()] }
        if let ts = object["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    /// Strings as the page means them: many CMSs write HTML character references into JSON-LD ("Local &amp;
    /// Long-Distance", "Don&#8217;t"), which no HTML parser decodes inside a script, some of them escaped twice
    /// ("finally&amp;#8230;").
    static func decodeReferences(_ s: String) -> String {
        let once = decodeOnce(s)
        return once == s ? s : decodeOnce(once)
    }

    static func decodeOnce(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let semicolon = scalars[(i + 1)..<min(scalars.count, i + 12)].firstIndex(of: ";"),
               let decoded = reference(String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon]))) {
                out.append(decoded)
                i = semicolon + 1
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "eacute": "\u{00E9}", "copy": "\u{00A9}",
    ]

    /// The character of one reference's name ("amp", "#8217", "#x2019"), if it is one.
    static func reference(_ name: String) -> Unicode.Scalar? {
        if let named = namedReferences[name] { return named }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap { $0 == 0 ? nil : Unicode.Scalar($0) }
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = Whitespace.collapse(decodeReferences(s))
            return t.isEmpty ? nil : t
        }
        if let a = value as? [Any], let first = a.first { return string(first) }
        if let o = value as? [String: Any] { return string(o["@value"]) }
        return nil
    }

    private static func id(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let o = value as? [String: Any] { return string(o["@id"]) ?? string(o["url"]) }
        return nil
    }

    private static func names(_ value: Any?) -> [String] {
        if let s = value as? String {
            return s.hasPrefix("http") ? [] : [Whitespace.collapse(decodeReferences(s))].filter { !$0.isEmpty }
        }
        if let o = value as? [String: Any] { return string(o["name"]).map { [$0] } ?? [] }
        if let a = value as? [Any] { return a.flatMap { names($0) } }
        return []
    }
}

import Text
