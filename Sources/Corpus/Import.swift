import Foundation
import Text

/// One article of a batch import: what to extract, with the command line's or the row's values, and the event it
/// goes into. `row` names it in messages ("line 12", "page.html").
public struct ImportItem: Sendable {
    public var input: ArticleInput
    public var options: AddOptions
    public var event: String
    public var row: String

    public init(input: ArticleInput, options: AddOptions, event: String, row: String) {
        self.input = input
        self.options = options
        self.event = event
        self.row = row
    }
}

/// What became of one item.
public enum ImportOutcome: Sendable {
    /// `note`: what the user should hear about the page (see `Provenance.note`), else nil.
    case added(event: String, entry: ArticleEntry, createdEvent: Bool, note: String?)
    case unchanged(event: String, entry: ArticleEntry)
    case failed(String)
}

extension Corpus {
    /// Adds many articles: extraction on all cores, then, event by event, every article folder staged and moved into
    /// place and the manifest written once. A failed item is reported and skipped; an event whose manifest cannot be
    /// written keeps none of the batch's articles (the folders are taken back), so nothing is ever half-written.
    public func importArticles(_ items: [ImportItem], workers: Int? = nil, progress: @Sendable () -> Void = {}) -> [ImportOutcome] {
        var outcomes = [ImportOutcome?](repeating: nil, count: items.count)
        let prepared = Parallel.map(count: items.count, workers: workers) { i -> Result<(Prepared, String), CorpusError> in
            defer { progress() }
            do throws(CorpusError) {
                let slug = try Slug.make(items[i].event)
                return .success((try prepare(items[i].input, options: items[i].options), slug))
            } catch {
                return .failure(error)
            }
        }
        var order: [String] = []
        var byEvent: [String: [Int]] = [:]
        for (i, result) in prepared.enumerated() {
            switch result {
            case let .failure(error): outcomes[i] = .failed("\(items[i].row): \(error.description)")
            case let .success((_, slug)):
                if byEvent[slug] == nil { order.append(slug) }
                byEvent[slug, default: []].append(i)
            }
        }
        for slug in order {
            let indices = byEvent[slug]!
            do throws(CorpusError) {
                let results = try importIntoEvent(slug, name: items[indices[0]].event,
                                                  indices.map { i in (try! prepared[i].get().0, items[i].options.replace, items[i].row) })
                for (k, i) in indices.enumerated() { outcomes[i] = results[k] }
            } catch {
                for i in indices { outcomes[i] = .failed("\(items[i].row): \(error.description)") }
            }
        }
        return outcomes.map { $0! }
    }

    /// The articles of one event, committed with one manifest write.
    private func importIntoEvent(_ slug: String, name: String, _ batch: [(Prepared, replace: Bool, row: String)]) throws(CorpusError) -> [ImportOutcome] {
        let created = try ensureEvent(slug, name: name)
        let lock = try eventLock(slug)
        defer { lock.unlock() }
        let manifest = try manifest(slug)
        let eventURL = eventFolder(slug)
        let articlesURL = eventURL.appendingPathComponent("articles", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: articlesURL, withIntermediateDirectories: true)
        } catch {
            throw .io(file: display(articlesURL), message: "cannot create a folder (\(error.localizedDescription))")
        }
        // Each new folder is written beside its final place under a hidden pending name (which nothing lists and
        // `slant check` passes over); the one manifest write commits them all; then they are moved into place. A
        // process killed before the commit leaves only pending folders nothing lists (cleared by the next write to the
        // event); one killed after it leaves committed articles in pending folders, which every read moves into place.
        var pending: [URL] = []
        var outcomes: [ImportOutcome] = []
        var updated = manifest
        updated.lexicons = manifest.effectiveLexicons
        var staged: [ArticleEntry] = []
        for (item, replace, row) in batch {
            var prepared = item
            // An outlet's further article is kept beside the one it has, unless the row replaces it.
            if !replace, updated.articles.contains(where: { $0.slug == prepared.article.slug }),
               !updated.articles.contains(where: { $0.sourceSHA256 == prepared.article.provenance.sourceSHA256 || $0.textSHA256 == prepared.article.provenance.textSHA256 }) {
                prepared.article.slug = Self.freeSlug(prepared.article.slug, in: updated.articles.map(\.slug))
            }
            let article = prepared.article
            if let same = updated.articles.first(where: {
                $0.sourceSHA256 == article.provenance.sourceSHA256 || $0.textSHA256 == article.provenance.textSHA256
            }) {
                outcomes.append(.unchanged(event: slug, entry: same))
                continue
            }
            let existing = updated.articles.firstIndex { $0.slug == article.slug }
            if existing != nil && (!replace || staged.contains { $0.slug == article.slug }) {
                outcomes.append(.failed("\(row): " + CorpusError.outletTaken(event: slug, outlet: article.slug).description))
                continue
            }
            let entry = prepared.entry()
            var stored = article
            stored.provenance.addedAt = entry.addedAt
            let folder = articlesURL.appendingPathComponent(Self.pendingName(entry))
            Files.removeTree(folder)
            pending.append(folder)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let json = try JSONOutput.encode(stored)
                // Made durable all at once before the commit (below), not file by file.
                try AtomicFile.write(Data(prepared.sourceBytes), to: folder.appendingPathComponent(stored.provenance.sourceFile), durable: false)
                try AtomicFile.write(stored.text, to: folder.appendingPathComponent("text.txt"), durable: false)
                try AtomicFile.write(json, to: folder.appendingPathComponent("article.json"), durable: false)
            } catch {
                Files.removeTree(folder)
                outcomes.append(.failed("\(row): cannot write the article (\(error))"))
                continue
            }
            if let existing { updated.articles[existing] = entry } else { updated.articles.append(entry) }
            updated.widenDates(toInclude: entry.date)
            staged.append(entry)
            outcomes.append(.added(event: slug, entry: entry, createdEvent: created,
                                   note: prepared.article.provenance.note.map { "\(row): \($0)" }))
        }
        guard !staged.isEmpty else { return outcomes }
        sync()      // the pending folders reach the disk before the manifest that commits them
        do {
            try AtomicFile.write(updated.yaml(), to: manifestURL(slug))
        } catch {
            for p in pending { Files.removeTree(p) }
            throw error
        }
        for entry in staged { settle(entry, event: slug) }
        return outcomes
    }
}

extension Corpus {
    /// The hidden folder an import stages an article in, beside its place: `.pending-SLUG-HASH` (the text's SHA-256).
    static func pendingName(_ entry: ArticleEntry) -> String { ".pending-\(entry.slug)-\(entry.textSHA256.prefix(16))" }

    /// Moves a committed article from its pending folder into place, when a killed import left it there (the folder
    /// in place is missing or holds the article it replaced). Safe to call at any time, from any process.
    func settle(_ entry: ArticleEntry, event: String) {
        let articlesURL = eventFolder(event).appendingPathComponent("articles")
        let pending = articlesURL.appendingPathComponent(Self.pendingName(entry))
        guard Files.exists(pending) else { return }
        let target = eventFolder(event).appendingPathComponent(entry.folder)
        if Files.exists(target) {
            let current = (try? Data(contentsOf: target.appendingPathComponent("text.txt"))).map { SHA256.hex([UInt8]($0)) }
            if current == entry.textSHA256 { Files.removeTree(pending); return }
            let aside = articlesURL.appendingPathComponent(".replaced-\(entry.slug)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            guard rename(target.path, aside.path) == 0 else { return }
            if rename(pending.path, target.path) != 0 { rename(aside.path, target.path); return }
            Files.removeTree(aside)
        } else {
            rename(pending.path, target.path)
        }
    }

    /// Under the event's lock: pending folders of imports killed before their commit (nothing lists them) are removed,
    /// and those of committed ones are moved into place.
    func clearPendingImports(_ manifest: EventManifest) {
        let articlesURL = eventFolder(manifest.slug).appendingPathComponent("articles")
        let items = (try? FileManager.default.contentsOfDirectory(atPath: articlesURL.path)) ?? []
        let committed = Dictionary(manifest.articles.map { (Self.pendingName($0), $0) }, uniquingKeysWith: { a, _ in a })
        for item in items where item.hasPrefix(".pending-") || item.hasPrefix(".replaced-") {
            if let entry = committed[item] { settle(entry, event: manifest.slug) } else { Files.removeTree(articlesURL.appendingPathComponent(item)) }
        }
    }
}
