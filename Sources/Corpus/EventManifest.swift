import Foundation
import Yams
import YAMLSupport

/// An event's manifest (`seeds/<event>/event.yaml`): what the event is, which lexicons apply, and its articles.
/// People edit the title, description, dates and lexicons; slant maintains the article list.
public struct EventManifest: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var description: String
    /// First and last day (ISO 8601 dates), widened by `add` to cover every article's date.
    public var start: String?
    public var end: String?
    /// Lexicon names (files under `lexicons/` without extension) that score this event.
    public var lexicons: [String]
    public var articles: [ArticleEntry]

    public init(slug: String, title: String, description: String = "", start: String? = nil, end: String? = nil,
                lexicons: [String] = [], articles: [ArticleEntry] = []) {
        self.slug = slug
        self.title = title
        self.description = description
        self.start = start
        self.end = end
        self.lexicons = lexicons
        self.articles = articles
    }

    /// The lexicons an event gets when it names none: generic markers, the policy frames and the actors list.
    public static let defaultLexicons = ["news-generic", "policy-frames", "actors"]

    /// The lexicons that score the event: those it names, else the defaults. Every command uses this one rule.
    public var effectiveLexicons: [String] { lexicons.isEmpty ? Self.defaultLexicons : lexicons }

    /// The article of an outlet, by slug, by name (case-insensitive), or by the initials of its name
    /// ("amn" for American Military News).
    public func entry(for outlet: String) -> ArticleEntry? {
        let wanted = outlet.lowercased()
        let slug = (try? Slug.make(outlet)) ?? wanted
        if let exact = articles.first(where: { $0.slug == wanted || $0.slug == slug || $0.outlet.lowercased() == wanted }) {
            return exact
        }
        let byInitials = articles.filter { Self.initials(of: $0.outlet) == wanted }
        return byInitials.count == 1 ? byInitials[0] : nil
    }

    static func initials(of name: String) -> String {
        let skip: Set<String> = ["the", "of", "and", "&"]
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { !skip.contains(String($0)) }
        return String(words.compactMap(\.first))
    }

    mutating func widenDates(toInclude date: String?) {
        guard let day = date.map({ String($0.prefix(10)) }), day.count == 10 else { return }
        if start == nil || day < start! { start = day }
        if end == nil || day > end! { end = day }
    }
}

/// One article as the manifest lists it (a summary; `article.json` beside the source is the full record).
public struct ArticleEntry: Sendable, Equatable {
    public var outlet: String
    public var slug: String
    public var title: String
    public var date: String?
    public var authors: [String]
    public var url: String?
    public var words: Int
    /// The original bytes, relative to the event folder.
    public var source: String
    public var sourceSHA256: String
    public var textSHA256: String
    public var addedAt: String

    /// The article's folder, relative to the event folder.
    public var folder: String { "articles/\(slug)" }
}

// MARK: reading and writing

extension EventManifest {
    static let header = """
        # slant event manifest. Edit title, description, dates and lexicons by hand; `slant add` and
        # `slant remove` maintain the articles. The format is described in seeds/README.md.

        """

    /// Reads a manifest, with errors naming the file and line.
    public static func read(_ text: String, file: String) throws(CorpusError) -> EventManifest {
        do throws(YAMLFileError) {
            guard let root = try YAMLValue.parse(text, file: file) else {
                throw YAMLFileError(file: file, line: nil, message: "the manifest is empty")
            }
            return try decode(root)
        } catch {
            throw .corruptManifest(file: error.file, line: error.line, message: error.message)
        }
    }

    private static func decode(_ root: YAMLValue) throws(YAMLFileError) -> EventManifest {
        let known: Set<String> = ["slug", "title", "description", "dates", "lexicons", "articles"]
        for (key, value) in try root.mapping() where !known.contains(key) {
            throw value.error("unknown key '\(key)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        guard let slug = root["slug"] else { throw root.error("the manifest needs a 'slug'") }
        guard let title = root["title"] else { throw root.error("the manifest needs a 'title'") }
        var manifest = EventManifest(slug: try slug.string(), title: try title.string())
        manifest.description = try root["description"]?.optionalString() ?? ""
        if let dates = root["dates"] {
            manifest.start = try dates["start"]?.optionalString()
            manifest.end = try dates["end"]?.optionalString()
            for day in [manifest.start, manifest.end].compactMap({ $0 }) where !isISODate(day) {
                throw dates.error("dates must be written YYYY-MM-DD, found '\(day)'")
            }
        }
        manifest.lexicons = try root["lexicons"]?.strings() ?? []
        for name in manifest.lexicons where !isLexiconName(name) {
            throw root["lexicons"]!.error("'\(name)' is not a lexicon name; an event names lexicons of the lexicons folder (news-generic, policy-frames), never paths")
        }
        for item in try root["articles"]?.elements() ?? [] {
            manifest.articles.append(try decodeEntry(item))
        }
        var seen: Set<String> = []
        for (i, entry) in manifest.articles.enumerated() where !seen.insert(entry.slug).inserted {
            throw (try root["articles"]!.elements()[i]).error("outlet '\(entry.slug)' is listed twice")
        }
        return manifest
    }

    private static func decodeEntry(_ item: YAMLValue) throws(YAMLFileError) -> ArticleEntry {
        func required(_ key: String) throws(YAMLFileError) -> String {
            guard let v = item[key] else { throw item.error("an article needs '\(key)'") }
            return try v.string()
        }
        let slug = try required("slug")
        guard (try? Slug.make(slug)) == slug else { throw item["slug"]!.error("'\(slug)' is not a valid outlet slug") }
        let entry = ArticleEntry(
            outlet: try required("outlet"), slug: slug, title: try item["title"]?.optionalString() ?? "",
            date: try item["date"]?.optionalString(), authors: try item["authors"]?.strings() ?? [],
            url: try item["url"]?.optionalString(), words: try item["words"]?.int() ?? 0,
            source: try required("source"), sourceSHA256: try required("source_sha256"),
            textSHA256: try required("text_sha256"), addedAt: try item["added_at"]?.optionalString() ?? "")
        guard entry.source.hasPrefix(entry.folder + "/"), !entry.source.contains("..") else {
            throw item["source"]!.error("the source must be a file inside \(entry.folder)/")
        }
        return entry
    }

    /// A lexicon name as a manifest may give it: letters, digits, `-` and `_`; never a path or a file name.
    public static func isLexiconName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != "-" else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" }
    }

    static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        return s.count == 10 && parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// The manifest as YAML, keys in a fixed order.
    public func yaml() -> String {
        typealias W = YAMLWriter
        var dates: Node?
        if start != nil || end != nil {
            dates = W.map([("start", start.map(W.string)), ("end", end.map(W.string))])
        }
        let entries = articles.map { a in
            W.map([
                ("outlet", W.string(a.outlet)), ("slug", W.string(a.slug)), ("title", W.string(a.title)),
                ("date", a.date.map(W.string)), ("authors", W.list(a.authors.map(W.string), flow: true)),
                ("url", a.url.map(W.string)), ("words", Node(String(a.words))), ("source", W.string(a.source)),
                ("source_sha256", W.string(a.sourceSHA256)), ("text_sha256", W.string(a.textSHA256)),
                ("added_at", W.string(a.addedAt)),
            ])
        }
        let root = W.map([
            ("slug", W.string(slug)), ("title", W.string(title)), ("description", W.string(description)),
            ("dates", dates), ("lexicons", W.list(lexicons.map(W.string), flow: true)),
            ("articles", W.list(entries)),
        ])
        return (try? W.serialize(root, header: Self.header)) ?? Self.header
    }
}
