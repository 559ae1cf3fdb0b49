import Text

/// Title, authors, date, site, URL, language and description: structured data first (JSON-LD, OpenGraph, `<meta>`,
/// microdata, `<time>`), page heuristics last, recording which source supplied each field.
struct MetadataExtractor {
    let dom: DOM

    func extract(sourceURL: String?) -> (ArticleMetadata, articleBody: String?, declaredTypes: Set<String>) {
        var meta = ArticleMetadata()
        let ld = JSONLDArticle(scripts: dom.jsonLD)
        var metas: [String: String] = [:]
        for m in dom.metas {
            // A reference left in a value the parser already decoded ("And finally&#8230;") was escaped twice.
            guard let content = m["content"].map({ Whitespace.collapse(JSONLDArticle.decodeReferences($0)) }), !content.isEmpty else { continue }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let k = m[key]?.lowercased(), metas[k] == nil { metas[k] = content }
            }
        }
        func set(_ field: String, _ value: String?, _ source: MetadataSource) -> Bool {
            guard let value, !value.isEmpty else { return false }
            switch field {
            case "title": meta.title = value
            case "date": meta.date = value
            case "site_name": meta.siteName = value
            case "url": meta.url = value
            case "language": meta.language = value
            case "description": meta.description = value
            default: return false
            }
            meta.sources[field] = source
            return true
        }

        // URL first: the site name falls back to its domain.
        _ = set("url", canonicalLink(), .link) || set("url", metas["og:url"], .openGraph)
            || set("url", ld?.url.flatMap { $0.hasPrefix("http") ? $0 : nil }, .jsonLD) || set("url", sourceURL, .user)

        let siteName = ld?.publisher ?? ld?.siteName
        _ = set("site_name", metas["og:site_name"], .openGraph) || set("site_name", siteName, .jsonLD)
            || set("site_name", metas["application-name"], .meta) || set("site_name", meta.url.flatMap(Self.domain), .domain)

        let h1 = firstHeading()
        _ = set("title", ld?.headline.map { stripSiteSuffix($0, site: meta.siteName) }, .jsonLD)
            || set("title", metas["og:title"].map { stripSiteSuffix($0, site: meta.siteName) }, .openGraph)
            || set("title", metas["twitter:title"].map { stripSiteSuffix($0, site: meta.siteName) }, .meta)
            || set("title", h1, .heading)
            || set("title", dom.documentTitle.map { stripSiteSuffix(Whitespace.collapse($0), site: meta.siteName) }, .htmlTitle)

        var authors = ld?.authors ?? []
        var authorSource = MetadataSource.jsonLD
        if authors.isEmpty, let a = metas["author"] ?? metas["article:author"] ?? metas["parsely-author"]
            ?? metas["sailthru.author"] ?? metas["dc.creator"] ?? metas["byl"], !a.hasPrefix("http") {
            authors = Self.splitAuthors(a); authorSource = .meta
        }
        if authors.isEmpty { authors = microdata("author"); authorSource = .microdata }
        if authors.isEmpty { authors = bylineAuthors(); authorSource = .byline }
        authors = Self.dedupe(authors.flatMap(Self.splitAuthors))
        if !authors.isEmpty { meta.authors = authors; meta.sources["authors"] = authorSource }

        let metaDateKeys = ["article:published_time", "datepublished", "og:published_time", "published_time", "pubdate",
                            "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
                            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "release_date",
                            "original-publish-date", "dcterms.date", "citation_publication_date"]
        _ = set("date", ld?.datePublished.flatMap(DateParser.iso), .jsonLD)
            || set("date", metaDateKeys.lazy.compactMap { metas[$0].flatMap(DateParser.iso) }.first, .meta)
            || set("date", microdataDate(), .microdata)
            || set("date", timeElementDate(), .time)

        _ = set("language", htmlLang(), .htmlLang) || set("language", metas["content-language"], .meta)
            || set("language", metas["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") }, .openGraph)
            || set("language", ld?.language, .jsonLD)

        _ = set("description", metas["description"], .meta) || set("description", metas["og:description"], .openGraph)
            || set("description", ld?.description, .jsonLD) || set("description", metas["twitter:description"], .meta)

        // What the page says it is: its JSON-LD types and its Open Graph type (`og:type` "product", "article").
        var declared = ld?.types ?? []
        if let og = metas["og:type"]?.lowercased() { declared.insert("og:" + og) }
        return (meta, ld?.articleBody, declared)
    }

    // MARK: sources

    private func canonicalLink() -> String? {
        for link in dom.links where link["rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
            if let href = link["href"], href.hasPrefix("http") { return href }
        }
        return nil
    }

    private func htmlLang() -> String? {
        for (i, node) in dom.nodes.enumerated() where node.tag == .html {
            return dom.attributes[Int32(i)]?["lang"] ?? dom.attributes[Int32(i)]?["xml:lang"]
        }
        return nil
    }

    private func firstHeading() -> String? {
        for (i, node) in dom.nodes.enumerated() where node.tag == .h1 && !node.hints.contains(.hidden) {
            let text = dom.textContent(of: i)
            if text.split(separator: " ").count >= 2 && text.count < 300 { return text }
        }
        return nil
    }

    private func microdata(_ prop: String) -> [String] {
        var names: [String] = []
        for (index, attrs) in dom.attributes.sorted(by: { $0.key < $1.key }) where attrs["itemprop"]?.lowercased() == prop {
            let i = Int(index)
            // Prefer a nested itemprop=name, else the element's text.
            var nameText: String?
            var j = i + 1
            while j < Int(dom.nodes[i].end) {
                if dom.attributes[Int32(j)]?["itemprop"]?.lowercased() == "name" {
                    nameText = dom.attributes[Int32(j)]?["content"] ?? dom.textContent(of: j)
                    break
                }
                j += 1
            }
            let text = nameText ?? attrs["content"] ?? dom.textContent(of: i)
            if !text.isEmpty, text.count < 80, !text.hasPrefix("http") { names.append(text) }
        }
        return names
    }

    private func microdataDate() -> String? {
        for (_, attrs) in dom.attributes.sorted(by: { $0.key < $1.key })
        where ["datepublished", "datecreated"].contains(attrs["itemprop"]?.lowercased() ?? "") {
            if let v = attrs["datetime"] ?? attrs["content"], let iso = DateParser.iso(v) { return iso }
        }
        return nil
    }

    private func timeElementDate() -> String? {
        var first: String?
        for (i, node) in dom.nodes.enumerated() where node.tag == .time && !node.hints.contains(.hidden) {
            guard let attrs = dom.attributes[Int32(i)] else { continue }
            let value = attrs["datetime"] ?? dom.textContent(of: i)
            guard let iso = DateParser.iso(value) else { continue }
            if attrs["pubdate"] != nil { return iso }
            if first == nil { first = iso }
        }
        return first
    }

    /// Names from elements whose class says byline or author ("By Jane Doe and John Roe").
    private func bylineAuthors() -> [String] {
        for (i, node) in dom.nodes.enumerated() where node.tag != .text && node.hints.contains(.byline) {
            let text = dom.textContent(of: i)
            guard text.count < 120 else { continue }
            let lower = text.lowercased()
            if lower.hasPrefix("by ") { return Self.splitAuthors(String(text.dropFirst(3))) }
        }
        for (i, node) in dom.nodes.enumerated() where node.tag == .a {
            if dom.attributes[Int32(i)]?["rel"]?.lowercased() == "author" {
                let text = dom.textContent(of: i)
                if !text.isEmpty && text.count < 60 { return [text] }
            }
        }
        return []
    }

    // MARK: helpers

    static func splitAuthors(_ raw: String) -> [String] {
        var s = Whitespace.collapse(raw)
        for prefix in ["By ", "by ", "BY "] where s.hasPrefix(prefix) { s = String(s.dropFirst(prefix.count)) }
        var parts: [String] = []
        for piece in s.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",") {
            let name = Whitespace.collapse(piece)
            if !name.isEmpty, name.count < 60, !name.contains("@"), !name.hasPrefix("http") { parts.append(name) }
        }
        return parts
    }

    static func dedupe(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    static func domain(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host).lowercased()
    }

    /// "Headline | Site", "Headline - Site", "Site: Headline" without the site part.
    func stripSiteSuffix(_ title: String, site: String?) -> String {
        let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " || "]
        let siteKey = site.map { BlockCleaner.key($0) } ?? ""
        for sep in separators where title.contains(sep) {
            var parts = title.components(separatedBy: sep)
            if !siteKey.isEmpty {
                if let last = parts.last, BlockCleaner.key(last) == siteKey || siteKey.contains(BlockCleaner.key(last)) && !BlockCleaner.key(last).isEmpty {
                    parts.removeLast()
                    return parts.joined(separator: sep)
                }
                if let first = parts.first, BlockCleaner.key(first) == siteKey {
                    parts.removeFirst()
                    return parts.joined(separator: sep)
                }
            }
            if parts.count >= 2, let last = parts.last, last.split(separator: " ").count <= 3,
               parts.dropLast().joined(separator: sep).split(separator: " ").count >= 4 {
                return parts.dropLast().joined(separator: sep)
            }
        }
        return title
    }
}

import Foundation
