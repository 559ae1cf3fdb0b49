import Extraction
import Foundation
import Text

/// What `add` is given: the page's bytes and where they came from.
public struct ArticleInput: Sendable {
    public var bytes: [UInt8]
    /// The path, URL or `-` the bytes came from (recorded in provenance).
    public var origin: String
    /// A file name or URL path whose extension tells HTML from text.
    public var sourceName: String?
    /// For fetched pages: the URL after redirects, and the content type the server gave.
    public var fetchedURL: String?
    public var contentType: String?

    public init(bytes: [UInt8], origin: String, sourceName: String? = nil, fetchedURL: String? = nil, contentType: String? = nil) {
        self.bytes = bytes
        self.origin = origin
        self.sourceName = sourceName
        self.fetchedURL = fetchedURL
        self.contentType = contentType
    }
}

/// Choices for `add`: values that replace what extraction found, and whether an outlet's article may be replaced.
public struct AddOptions: Sendable {
    public var outlet: String?
    public var url: String?
    public var date: String?
    public var title: String?
    public var inputFormat: InputFormat = .auto
    public var replace = false
    /// Keep an outlet's further article beside the one it has (as `SLUG-2`, `SLUG-3` …) instead of refusing it.
    public var another = false
    public var maxBytes = 32_000_000

    public init(outlet: String? = nil, url: String? = nil, date: String? = nil, title: String? = nil,
                inputFormat: InputFormat = .auto, replace: Bool = false) {
        self.outlet = outlet
        self.url = url
        self.date = date
        self.title = title
        self.inputFormat = inputFormat
        self.replace = replace
    }
}

/// What `add` did.
public enum AddOutcome: Sendable, Equatable {
    case added(ArticleEntry)
    case replaced(ArticleEntry)
    /// The same content is already in the event, under this entry; nothing was written.
    case unchanged(ArticleEntry)
}

/// The on-disk corpus: one folder per event under a root (`seeds/` by default).
public struct Corpus: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// `--corpus DIR`, else `$SLANT_CORPUS`, else `./seeds`.
    public static func locate(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Corpus {
        if let option, !option.isEmpty { return Corpus(root: URL(fileURLWithPath: option)) }
        if let env = environment["SLANT_CORPUS"], !env.isEmpty { return Corpus(root: URL(fileURLWithPath: env)) }
        return Corpus(root: URL(fileURLWithPath: "seeds"))
    }

    public func eventFolder(_ slug: String) -> URL { root.appendingPathComponent(slug, isDirectory: true) }
    public func manifestURL(_ slug: String) -> URL { eventFolder(slug).appendingPathComponent("event.yaml") }
    func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }

    // MARK: reading

    /// The slugs of all events (folders holding an `event.yaml`), sorted.
    public func eventSlugs() -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return items.filter { !$0.hasPrefix(".") && Files.exists(manifestURL($0)) }.sorted()
    }

    /// The manifest of an event named by slug or by its name.
    public func manifest(_ event: String) throws(CorpusError) -> EventManifest {
        let slug = try Slug.make(event)
        let url = manifestURL(slug)
        guard Files.exists(url) else { throw .noSuchEvent(event, corpus: display(root)) }
        let data = try read(url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw .corruptManifest(file: display(url), line: nil, message: "the manifest is not UTF-8 text")
        }
        let manifest = try EventManifest.read(text, file: display(url))
        guard manifest.slug == slug else {
            throw .corruptManifest(file: display(url), line: nil, message: "slug '\(manifest.slug)' does not match its folder '\(slug)'")
        }
        return manifest
    }

    /// One stored article, by outlet slug or name.
    public func article(_ event: String, _ outlet: String) throws(CorpusError) -> StoredArticle {
        let manifest = try manifest(event)
        guard let entry = manifest.entry(for: outlet) else {
            throw .noSuchArticle(event: manifest.slug, outlet: outlet, known: manifest.articles.map(\.slug))
        }
        return try load(entry, event: manifest.slug)
    }

    /// Every article of an event, in manifest order.
    public func articles(_ event: String) throws(CorpusError) -> (EventManifest, [StoredArticle]) {
        let manifest = try manifest(event)
        var articles: [StoredArticle] = []
        for entry in manifest.articles { articles.append(try load(entry, event: manifest.slug)) }
        return (manifest, articles)
    }

    func load(_ entry: ArticleEntry, event: String) throws(CorpusError) -> StoredArticle {
        settle(entry, event: event)         // an article a killed import committed but left beside its place
        let folder = eventFolder(event).appendingPathComponent(entry.folder)
        let jsonURL = folder.appendingPathComponent("article.json")
        let textURL = folder.appendingPathComponent("text.txt")
        var article: StoredArticle
        do {
            article = try JSONDecoder().decode(StoredArticle.self, from: try read(jsonURL))
        } catch let error as CorpusError {
            throw error
        } catch {
            throw .corruptArticle(file: display(jsonURL), message: "not a valid article record (\(Self.describe(error)))")
        }
        let textData = try read(textURL)
        guard let text = String(data: textData, encoding: .utf8) else {
            throw .corruptArticle(file: display(textURL), message: "not UTF-8 text")
        }
        guard SHA256.hex([UInt8](textData)) == entry.textSHA256 else {
            throw .corruptArticle(file: display(textURL), message: "was changed after it was added (its SHA-256 no longer matches event.yaml)")
        }
        article.text = text
        try article.validate(file: display(jsonURL))
        return article
    }

    /// A file of the corpus, refused when it resolves outside the corpus folder, is not a regular file, or is larger
    /// than anything slant writes there (sources are bounded by `--max-size`, the rest by the article length limit).
    func read(_ url: URL, limit: Int = 256_000_000) throws(CorpusError) -> Data {
        try Files.read(url, inside: root, limit: limit, display: display)
    }

    /// The largest stored source: `--max-size` allows up to 2,000 MB.
    static let maxSourceBytes = 2_000_000_000

    static func describe(_ error: Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, context):
            return "missing '\(([key] + context.codingPath).map(\.stringValue).reversed().joined(separator: "."))'"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case let DecodingError.dataCorrupted(context):
            return context.debugDescription
        default:
            return "\(error)"
        }
    }

    // MARK: writing

    /// Creates an event folder and manifest. Fails if the event exists.
    @discardableResult
    public func createEvent(_ name: String, title: String? = nil, description: String = "", start: String? = nil,
                            end: String? = nil, lexicons: [String] = []) throws(CorpusError) -> EventManifest {
        let slug = try Slug.make(name)
        for lexicon in lexicons where !EventManifest.isLexiconName(lexicon) {
            throw .invalidName(lexicon, reason: "an event names lexicons of the lexicons folder (news-generic, policy-frames), never paths")
        }
        let lock = try corpusLock()
        defer { lock.unlock() }
        guard !Files.exists(manifestURL(slug)) else { throw .eventExists(slug) }
        let manifest = EventManifest(slug: slug, title: title ?? name, description: description, start: start, end: end,
                                     lexicons: lexicons.isEmpty ? EventManifest.defaultLexicons : lexicons)
        try AtomicFile.write(manifest.yaml(), to: manifestURL(slug))
        return manifest
    }

    /// Rewrites the editable fields of a manifest (title, description, dates, lexicons), keeping the articles.
    public func updateEvent(_ name: String, _ change: (inout EventManifest) -> Void) throws(CorpusError) -> EventManifest {
        let slug = try Slug.make(name)
        let lock = try eventLock(slug)
        defer { lock.unlock() }
        var manifest = try manifest(slug)
        let articles = manifest.articles
        change(&manifest)
        manifest.articles = articles
        try AtomicFile.write(manifest.yaml(), to: manifestURL(slug))
        return manifest
    }

    /// Adds an article to an event (created if missing). Extraction happens before the event is locked; the article
    /// folder is staged, moved into place and committed by rewriting the manifest, so a failure leaves the corpus as it was.
    /// The third value is a note for the user when the page was not cleanly decoded or its body was not found by the
    /// main choice (see `Provenance.note`).
    public func add(_ input: ArticleInput, to event: String, options: AddOptions) throws(CorpusError)
        -> (AddOutcome, createdEvent: Bool, note: String?) {
        let eventSlug = try Slug.make(event)
        var prepared = try prepare(input, options: options)

        let created = try ensureEvent(eventSlug, name: event)
        let lock = try eventLock(eventSlug)
        defer { lock.unlock() }
        var manifest = try manifest(eventSlug)

        if let same = manifest.articles.first(where: {
            $0.sourceSHA256 == prepared.article.provenance.sourceSHA256 || $0.textSHA256 == prepared.article.provenance.textSHA256
        }), !(options.replace && same.slug == prepared.article.slug && same.sourceSHA256 != prepared.article.provenance.sourceSHA256) {
            return (.unchanged(same), created, nil)
        }
        var existing = manifest.articles.firstIndex { $0.slug == prepared.article.slug }
        if existing != nil && !options.replace && options.another {
            prepared.article.slug = Self.freeSlug(prepared.article.slug, in: manifest.articles.map(\.slug))
            existing = nil
        }
        if existing != nil && !options.replace { throw .outletTaken(event: eventSlug, outlet: prepared.article.slug) }

        let entry = prepared.entry()
        prepared.article.provenance.addedAt = entry.addedAt
        try commit(prepared, entry: entry, into: &manifest, replacing: existing)
        return (existing == nil ? .added(entry) : .replaced(entry), created, prepared.article.provenance.note)
    }

    /// The first of `SLUG-2`, `SLUG-3` … that no article of the event has: an outlet's further article.
    static func freeSlug(_ slug: String, in taken: [String]) -> String {
        var n = 2
        while taken.contains("\(slug)-\(n)") { n += 1 }
        return "\(slug)-\(n)"
    }

    /// Creates the event if it is missing; whether this call created it (another process may have meanwhile).
    func ensureEvent(_ slug: String, name: String) throws(CorpusError) -> Bool {
        guard !Files.exists(manifestURL(slug)) else { return false }
        do {
            try createEvent(name)
            return true
        } catch .eventExists {
            return false
        }
    }

    /// Removes an outlet's article from an event.
    @discardableResult
    public func remove(event: String, outlet: String) throws(CorpusError) -> ArticleEntry {
        let slug = try Slug.make(event)
        let lock = try eventLock(slug)
        defer { lock.unlock() }
        var manifest = try manifest(slug)
        guard let entry = manifest.entry(for: outlet) else {
            throw .noSuchArticle(event: slug, outlet: outlet, known: manifest.articles.map(\.slug))
        }
        let folder = eventFolder(slug).appendingPathComponent(entry.folder)
        let trash = eventFolder(slug).appendingPathComponent(".slant-trash-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let moved = Files.exists(folder) && rename(folder.path, trash.path) == 0
        manifest.articles.removeAll { $0.slug == entry.slug }
        do {
            try AtomicFile.write(manifest.yaml(), to: manifestURL(slug))
        } catch {
            if moved { rename(trash.path, folder.path) }
            throw error
        }
        if moved { Files.removeTree(trash) }
        return entry
    }

    // MARK: internals

    /// An extracted article ready to be written.
    struct Prepared: Sendable {
        var article: StoredArticle
        var sourceBytes: [UInt8]
        var addedAt: String

        func entry() -> ArticleEntry {
            ArticleEntry(outlet: article.outlet, slug: article.slug, title: article.title, date: article.metadata.date,
                         authors: article.metadata.authors, url: article.metadata.url, words: article.wordCount,
                         source: "articles/\(article.slug)/\(article.provenance.sourceFile)",
                         sourceSHA256: article.provenance.sourceSHA256, textSHA256: article.provenance.textSHA256,
                         addedAt: addedAt)
        }
    }

    /// Extracts and lays out an article, applying the command line's values.
    func prepare(_ input: ArticleInput, options: AddOptions) throws(CorpusError) -> Prepared {
        let origin = input.origin
        var extractionOptions = ExtractionOptions(inputFormat: options.inputFormat, sourceName: input.sourceName,
                                                  url: options.url ?? input.fetchedURL, maxBytes: options.maxBytes)
        extractionOptions.hashInput = true
        extractionOptions.charset = input.contentType.flatMap(Extractor.charset(ofContentType:))
        var extracted: ExtractedArticle
        do {
            extracted = try Extractor.extract(input.bytes, options: extractionOptions)
        } catch {
            throw .io(file: origin, message: error.description)
        }
        var overrides: [String: String] = [:]
        if let title = options.title {
            let t = Whitespace.collapse(title)
            guard !t.isEmpty else { throw .invalidName(title, reason: "a title cannot be empty") }
            extracted.metadata.title = t; extracted.metadata.sources["title"] = .user; overrides["title"] = t
        }
        if let date = options.date {
            guard let iso = DateParser.iso(date) else {
                throw .invalidName(date, reason: "not a date (write it as YYYY-MM-DD)")
            }
            extracted.metadata.date = iso; extracted.metadata.sources["date"] = .user; overrides["date"] = iso
        }
        if let url = options.url {
            extracted.metadata.url = url; extracted.metadata.sources["url"] = .user; overrides["url"] = url
        }
        guard let outletName = options.outlet ?? extracted.metadata.siteName
                ?? (extracted.metadata.url ?? input.fetchedURL).flatMap(Self.domain) else {
            throw .outletUnknown(source: origin)
        }
        let outlet = Whitespace.collapse(outletName)
        let slug = options.outlet != nil ? try Slug.make(outlet) : try Slug.fromPage(outlet)
        let format = extracted.provenance.inputFormat
        let addedAt = Self.timestamp()
        var provenance = StoredProvenance(
            addedAt: addedAt, addedFrom: origin, sourceFile: format == "text" ? "source.txt" : "source.html",
            sourceSHA256: extracted.provenance.sha256, textSHA256: "", inputFormat: format,
            encoding: extracted.provenance.encoding, extractor: extracted.provenance.extractor, overrides: overrides,
            fetchedURL: input.fetchedURL, contentType: input.contentType)
        provenance.declaredEncoding = extracted.provenance.declaredEncoding
        provenance.invalidBytes = extracted.provenance.invalidBytes
        provenance.extraction = extracted.provenance.extraction
        provenance.page = extracted.provenance.page
        let article = StoredArticle(outlet: outlet, slug: slug, extracted: extracted, provenance: provenance)
        if let problem = Article.lengthProblem(characters: article.text.unicodeScalars.count) {
            throw .io(file: origin, message: problem)
        }
        return Prepared(article: article, sourceBytes: input.bytes, addedAt: addedAt)
    }

    /// Re-extracts a stored article's source with the current extractor and the values recorded at `add`.
    public func reextract(_ article: StoredArticle, event: String) throws(CorpusError) -> StoredArticle {
        let folder = eventFolder(event).appendingPathComponent("articles/\(article.slug)")
        let source = folder.appendingPathComponent(article.provenance.sourceFile)
        let bytes = [UInt8](try read(source, limit: Self.maxSourceBytes))
        let p = article.provenance
        let options = AddOptions(outlet: article.outlet, url: p.overrides["url"], date: p.overrides["date"],
                                 title: p.overrides["title"], inputFormat: p.inputFormat == "text" ? .text : .html)
        let input = ArticleInput(bytes: bytes, origin: display(source), sourceName: p.sourceFile, fetchedURL: p.fetchedURL,
                                 contentType: p.contentType)
        return try prepare(input, options: options).article
    }

    private func commit(_ prepared: Prepared, entry: ArticleEntry, into manifest: inout EventManifest,
                        replacing existing: Int?) throws(CorpusError) {
        let eventURL = eventFolder(manifest.slug)
        let articlesURL = eventURL.appendingPathComponent("articles", isDirectory: true)
        let stage = eventURL.appendingPathComponent(".slant-staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { Files.removeTree(stage) }
        do {
            try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: articlesURL, withIntermediateDirectories: true)
        } catch {
            throw .io(file: display(stage), message: "cannot create a folder (\(error.localizedDescription))")
        }
        var article = prepared.article
        article.provenance.addedAt = entry.addedAt
        let json: String
        do { json = try JSONOutput.encode(article) } catch { throw .io(file: display(stage), message: "\(error)") }
        try AtomicFile.write(Data(prepared.sourceBytes), to: stage.appendingPathComponent(article.provenance.sourceFile))
        try AtomicFile.write(article.text, to: stage.appendingPathComponent("text.txt"))
        try AtomicFile.write(json, to: stage.appendingPathComponent("article.json"))

        let target = eventURL.appendingPathComponent(entry.folder)
        let trash = eventURL.appendingPathComponent(".slant-trash-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let hadFolder = Files.exists(target)
        if hadFolder, rename(target.path, trash.path) != 0 {
            throw .io(file: display(target), message: "cannot move the old article aside: \(String(cString: strerror(errno)))")
        }
        guard rename(stage.path, target.path) == 0 else {
            let message = String(cString: strerror(errno))
            if hadFolder { rename(trash.path, target.path) }
            throw .io(file: display(target), message: "cannot move the new article into place: \(message)")
        }
        var updated = manifest
        updated.lexicons = manifest.effectiveLexicons          // a manifest that named none gets the defaults written in
        if let existing { updated.articles[existing] = entry } else { updated.articles.append(entry) }
        updated.widenDates(toInclude: entry.date)
        do {
            try AtomicFile.write(updated.yaml(), to: manifestURL(manifest.slug))
        } catch {
            Files.removeTree(target)
            if hadFolder { rename(trash.path, target.path) }
            throw error
        }
        if hadFolder { Files.removeTree(trash) }
        manifest = updated
    }

    private func corpusLock() throws(CorpusError) -> FileLock {
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw .io(file: display(root), message: "cannot create the corpus folder (\(error.localizedDescription))")
        }
        return try FileLock(root.appendingPathComponent(".slant.lock"))
    }

    /// Locks an event and clears what a killed process may have left (it held this lock, so nothing else is writing).
    func eventLock(_ slug: String) throws(CorpusError) -> FileLock {
        let folder = eventFolder(slug)
        guard Files.exists(folder) else { throw .noSuchEvent(slug, corpus: display(root)) }
        let lock = try FileLock(folder.appendingPathComponent(".slant.lock"))
        recoverInterruptedWrites(slug)
        return lock
    }

    /// What a write that was killed midway left in an event folder: staging and trash folders and temporary files,
    /// named with the process id that made them. Those of processes still running are not listed.
    func leftovers(_ slug: String) -> [String] {
        let folder = eventFolder(slug)
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { item in
            guard let pid = Self.writerPID(item) else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }.sorted()
    }

    /// The process id in a staging, trash or temporary name (`.slant-trash-PID-N`, `.event.yaml.tmp-PID-N`).
    static func writerPID(_ item: String) -> pid_t? {
        let rest: Substring
        if item.hasPrefix(".slant-staging-") { rest = item.dropFirst(".slant-staging-".count) }
        else if item.hasPrefix(".slant-trash-") { rest = item.dropFirst(".slant-trash-".count) }
        else if item.hasPrefix("."), let r = item.range(of: ".tmp-") { rest = item[r.upperBound...] }
        else { return nil }
        return rest.split(separator: "-").first.flatMap { pid_t($0) }
    }

    /// Under the event's lock: leftovers are cleared, and an article that a killed `add --replace` or `remove` had
    /// moved aside is put back when the manifest still lists it (the change was never committed).
    private func recoverInterruptedWrites(_ slug: String) {
        let folder = eventFolder(slug)
        let manifest = try? self.manifest(slug)
        if let manifest { clearPendingImports(manifest) }
        for item in leftovers(slug) {
            let url = folder.appendingPathComponent(item)
            if item.hasPrefix(".slant-trash-"), let manifest,
               let data = try? Data(contentsOf: url.appendingPathComponent("article.json")),
               let old = try? JSONDecoder().decode(StoredArticle.self, from: data),
               let entry = manifest.articles.first(where: { $0.slug == old.slug }),
               entry.textSHA256 == old.provenance.textSHA256 {
                let target = folder.appendingPathComponent(entry.folder)
                let current = (try? Data(contentsOf: target.appendingPathComponent("text.txt"))).map { SHA256.hex([UInt8]($0)) }
                if current != entry.textSHA256 {
                    Files.removeTree(target)
                    if rename(url.path, target.path) == 0 { continue }
                }
            }
            Files.removeTree(url)
        }
    }

    static func timestamp() -> String {
        let env = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        let date = env.map { Date(timeIntervalSince1970: $0) } ?? Date()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    static func domain(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : host.lowercased()
    }
}
