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
                guard let value = m[key]?.lowercased() else { continue }
                // (Microdata and RDFa name several properties at once: itemprop="datePublished dateCreated".)
                for k in [value] + value.split(separator: " ").map(String.init) where metas[k] == nil { metas[k] = content }
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

        // The headline the page shows (its first-level heading) when it says what the declared title says: the
        // declared one (JSON-LD, Open Graph, Twitter) is often written for search and sharing ("Best Apps to Learn a
        // Language in 2025" over the page's "Top 10: Best Language Learning App"), and a site's name or menu in an
        // `<h1>` shares no words with it.
        let headings = visibleHeadings()
        _ = set("title", ld?.headline.map { stripSiteSuffix($0, site: meta.siteName) }, .jsonLD)
            || set("title", metas["og:title"].map { stripSiteSuffix($0, site: meta.siteName) }, .openGraph)
            || set("title", metas["twitter:title"].map { stripSiteSuffix($0, site: meta.siteName) }, .meta)
            || set("title", headings.first, .heading)
            || set("title", dom.documentTitle.map { stripSiteSuffix(Whitespace.collapse($0), site: meta.siteName) }, .htmlTitle)
        if let declared = meta.title, meta.sources["title"] != .heading,
           let shown = headings.first(where: { Self.wordOverlap($0, declared) >= Self.headingAgreement }), shown != declared {
            _ = set("title", shown, .heading)
        }

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
                            "original-publish-date", "dcterms.date", "citation_publication_date", "article:published"]
        _ = set("date", ld?.datePublished.flatMap(DateParser.iso), .jsonLD)
            || set("date", metaDateKeys.lazy.compactMap { metas[$0].flatMap(DateParser.iso) }.first, .meta)
            || set("date", microdataDate(), .microdata)
            || set("date", timeElementDate(), .time)
            || set("date", bylineText().flatMap(DateParser.iso), .byline)
            || set("date", meta.url.flatMap(Self.urlDate), .url)

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

    /// The page's visible first-level headings of two words or more (at most `headingsRead`), in page order.
    private func visibleHeadings() -> [String] {
        var out: [String] = []
        for (i, node) in dom.nodes.enumerated() where node.tag == .h1 && !node.hints.contains(.hidden) {
            let text = dom.textContent(of: i)
            if text.split(separator: " ").count >= 2 && text.count < 300 { out.append(text) }
            if out.count == Self.headingsRead { break }
        }
        return out
    }

    static let headingsRead = 5
    /// The word overlap (F1 of lower-cased words) from which a heading says what the declared title says.
    static let headingAgreement = 0.4

    /// F1 of the two texts' lower-cased words (letters and digits), counted with repeats.
    static func wordOverlap(_ a: String, _ b: String) -> Double {
        func words(_ s: String) -> [String: Int] {
            var counts: [String: Int] = [:]
            for w in s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { counts[String(w), default: 0] += 1 }
            return counts
        }
        let x = words(a), y = words(b)
        let shared = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
        guard shared > 0 else { return 0 }
        let p = Double(shared) / Double(x.values.reduce(0, +)), r = Double(shared) / Double(y.values.reduce(0, +))
        return 2 * p * r / (p + r)
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

    /// The text of the first element whose class says byline or author and that opens with "By" ("By Jane Doe on
    /// Monday, November 18th, 2019").
    private func bylineText() -> String? {
        for (i, node) in dom.nodes.enumerated() where node.tag != .text && node.hints.contains(.byline) {
            let text = dom.textContent(of: i)
            guard text.count < 120 else { continue }
            if text.lowercased().hasPrefix("by ") { return text }
        }
        return nil
    }

    /// The date a URL's path carries: "/2019/11/18/", "/2019/nov/18/", "-2019-11-18" (the day the page was filed).
    static func urlDate(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let path = url[scheme.upperBound...].drop { $0 != "/" }.prefix { $0 != "?" && $0 != "#" }
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." }).map { $0.lowercased() }
        for k in parts.indices.dropLast(2) {
            guard parts[k].count == 4, let year = Int(parts[k]), (1990...2100).contains(year),
                  parts[k + 2].count <= 2, let day = Int(parts[k + 2]), (1...31).contains(day) else { continue }
            let month = Int(parts[k + 1]).flatMap { parts[k + 1].count <= 2 ? $0 : nil }
                ?? monthNumbers[parts[k + 1]]
            guard let month, (1...12).contains(month) else { continue }
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        return nil
    }

    /// Month names and their three-letter abbreviations ("sept" too), to their numbers.
    static let monthNumbers: [String: Int] = {
        var m: [String: Int] = ["sept": 9]
        for (k, name) in DateParser.monthNames.enumerated() {
            m[name] = k + 1
            m[String(name.prefix(3))] = k + 1
        }
        return m
    }()

    /// Names from elements whose class says byline or author ("By Jane Doe and John Roe").
    private func bylineAuthors() -> [String] {
        if let text = bylineText() { return Self.splitAuthors(String(text.dropFirst(3))) }
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
            guard let name = personName(Whitespace.collapse(piece)) else { continue }
            if name.count < 60, !name.contains("@"), !name.hasPrefix("http") { parts.append(name) }
        }
        return parts
    }

    /// The name a byline piece opens with: cut before what bylines write after it (a separator and the outlet or the
    /// author's role, "Jane Doe | The Texas Newsroom"; a date, "on Monday, November 18th", "Published on July 18",
    /// "December 18", "Last Updated on", a number); nil when nothing is left that can be a name (a date, a time, an
    /// id: anything with a digit).
    static func personName(_ piece: String) -> String? {
        let words = piece.split(separator: " ").map(String.init)
        func folded(_ k: Int) -> String { words[k].lowercased().trimmingCharacters(in: .punctuationCharacters) }
        func datesFrom(_ k: Int) -> Bool {
            let w = folded(k)
            return weekdays.contains(w) || ["published", "updated", "posted", "modified"].contains(w)
                || (months.contains(w) && k + 1 < words.count && words[k + 1].first?.isNumber == true)
        }
        var end = words.count
        for k in words.indices {
            if datesFrom(k) || (k > 0 && ["|", "-", "–", "—", "·", "•", "/"].contains(words[k]))
                || (k > 0 && words[k].first?.isNumber == true)          // "Marketing Team 31 May", "Team 2–3 minutes"
                || (k > 0 && ["on", "last"].contains(folded(k)) && k + 1 < words.count && datesFrom(k + 1)) {
                end = k
                break
            }
        }
        let name = words[..<end].joined(separator: " ")
        guard name.contains(where: \.isLetter), !name.contains(where: \.isNumber) else { return nil }
        return name
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months = Set(monthNumbers.keys)

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
