import Foundation
import Testing
@testable import Corpus

/// Batch import: one manifest write per event, and a killed import never leaves an event inconsistent.
@Suite("Batch import")
struct ImportTests {
    static func item(_ n: Int, event: String = "Harbor Bridge") -> ImportItem {
        ImportItem(input: ArticleInput(bytes: htmlPage(title: "Story \(n)", site: "Outlet \(n)", body: "The council voted on the bridge, \(n) times."),
                                       origin: "page\(n).html", sourceName: "page\(n).html"),
                   options: AddOptions(), event: event, row: "row \(n)")
    }

    @Test func articlesOfSeveralEventsLandTogether() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        let outcomes = corpus.importArticles((1...6).map { Self.item($0, event: $0 % 2 == 0 ? "Even" : "Odd") } + [Self.item(1, event: "Odd")])
        #expect(outcomes.filter { if case .added = $0 { true } else { false } }.count == 6)
        if case .unchanged = outcomes[6] {} else { Issue.record("the same page again is unchanged: \(outcomes[6])") }
        #expect(try corpus.articles("even").1.count == 3)
        #expect(corpus.check().isEmpty)
        let pending = try FileManager.default.contentsOfDirectory(atPath: corpus.eventFolder("odd").appendingPathComponent("articles").path)
        #expect(!pending.contains { $0.hasPrefix(".") }, "nothing left beside the articles: \(pending)")
    }

    @Test func anImportKilledAfterItsCommitIsReadAsCommitted() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        _ = corpus.importArticles([Self.item(1), Self.item(2)])
        // What a kill between the manifest write and the moves into place leaves: a committed article still pending.
        let (manifest, _) = try corpus.articles("harbor-bridge")
        let entry = manifest.articles[1]
        let folder = corpus.eventFolder("harbor-bridge").appendingPathComponent(entry.folder)
        let pending = corpus.eventFolder("harbor-bridge").appendingPathComponent("articles").appendingPathComponent(Corpus.pendingName(entry))
        #expect(rename(folder.path, pending.path) == 0)
        #expect(corpus.check().isEmpty, "the pending article is moved into place, not reported")
        #expect(FileManager.default.fileExists(atPath: folder.path))
        #expect(try corpus.articles("harbor-bridge").1.count == 2)
    }

    @Test func anImportKilledBeforeItsCommitLeavesNothingVisible() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        _ = corpus.importArticles([Self.item(1)])
        // What a kill before the manifest write leaves: a pending folder nothing lists.
        let articles = corpus.eventFolder("harbor-bridge").appendingPathComponent("articles")
        let stray = articles.appendingPathComponent(".pending-outlet-9-0123456789abcdef")
        try FileManager.default.createDirectory(at: stray, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: stray.appendingPathComponent("text.txt"))
        #expect(corpus.check().isEmpty)
        #expect(try corpus.articles("harbor-bridge").1.count == 1)
        _ = corpus.importArticles([Self.item(2)])
        #expect(!FileManager.default.fileExists(atPath: stray.path), "the next write to the event clears it")
    }

    @Test func anOutletsFurtherArticlesAreKeptBesideItsFirst() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        func page(_ title: String) -> ArticleInput {
            ArticleInput(bytes: htmlPage(title: title, site: "Daily One", body: "The council met about the bridge: \(title)."),
                         origin: title, sourceName: "p.html")
        }
        let outcomes = corpus.importArticles([ImportItem(input: page("News story"), options: AddOptions(), event: "Bridge", row: "1"),
                                              ImportItem(input: page("Op-ed"), options: AddOptions(), event: "Bridge", row: "2")])
        #expect(outcomes.allSatisfy { if case .added = $0 { true } else { false } })
        let (manifest, stored) = try corpus.articles("bridge")
        #expect(manifest.articles.map(\.slug) == ["daily-one", "daily-one-2"])
        #expect(Set(stored.map(\.outlet)) == ["Daily One"], "one outlet, two articles")
        var options = AddOptions()
        #expect(throws: CorpusError.self) { try corpus.add(page("Follow-up"), to: "bridge", options: options) }
        options.another = true
        let (outcome, _, _) = try corpus.add(page("Follow-up"), to: "bridge", options: options)
        if case let .added(entry) = outcome { #expect(entry.slug == "daily-one-3") } else { Issue.record("\(outcome)") }
        #expect(corpus.check().isEmpty)
    }
}
