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
        let article = objects.first { Self.types(of: $0).contains { Self.articleTypes.contains($0) } }
        if let article {
            headline = Self.string(article["headline"]) ?? Self.string(article["name"])
            authors = Self.names(article["author"]) + Self.names(article["creator"])
            datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
            publisher = Self.names(article["publisher"]).first ?? Self.names(article["sourceOrganization"]).first
            url = Self.string(article["url"]) ?? Self.id(article["mainEntityOfPage"])
            language = Self.string(article["inLanguage"])
            description = Self.string(article["description"])
            articleBody = (article["articleBody"] as? String).map { Whitespace.trim($0) }
        }
        if let site = objects.first(where: { Self.types(of: $0).contains("website") }) {
            siteName = Self.string(site["name"])
            if language == nil { language = Self.string(site["inLanguage"]) }
        }
        if article == nil && siteName == nil { return nil }
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

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = Whitespace.collapse(s)
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
            return s.hasPrefix("http") ? [] : [Whitespace.collapse(s)].filter { !$0.isEmpty }
        }
        if let o = value as? [String: Any] { return string(o["name"]).map { [$0] } ?? [] }
        if let a = value as? [Any] { return a.flatMap { names($0) } }
        return []
    }
}

import Text
