import Foundation
import Testing
@testable import Corpus
import Extraction

@Suite("Corpus operations")
struct CorpusOperationTests {
    let page = htmlPage(title: "Harbor bridge approved", site: "The Harbor Tribune",
                        body: "The council voted late on Thursday to fund the bridge across the harbor, ending a long dispute.")

    @Test func reAddingTheSameContentIsANoOp() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        let input = ArticleInput(bytes: page, origin: "bridge.html", sourceName: "bridge.html")
        let (first, _, _) = try corpus.add(input, to: "Harbor Bridge", options: AddOptions())
        guard case let .added(entry) = first else { Issue.record("not added"); return }
        #expect(entry.slug == "the-harbor-tribune")
        #expect(entry.outlet == "The Harbor Tribune", "the outlet comes from the page's site name")
        let before = snapshot(corpus)
        let (second, created, _) = try corpus.add(input, to: "harbor-bridge", options: AddOptions(outlet: "Another Name"))
        #expect(second == .unchanged(entry))
        #expect(!created)
        #expect(snapshot(corpus) == before)
    }

    @Test func aDifferentArticleForAnOutletNeedsReplace() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        _ = try corpus.add(ArticleInput(bytes: page, origin: "a.html", sourceName: "a.html"), to: "bridge", options: AddOptions())
        let update = htmlPage(title: "Harbor bridge approved (updated)", site: "The Harbor Tribune",
                              body: "The council voted on Thursday night to fund the bridge, and the mayor welcomed the decision.")
        let input = ArticleInput(bytes: update, origin: "b.html", sourceName: "b.html")
        let before = snapshot(corpus)
        #expect(throws: CorpusError.outletTaken(event: "bridge", outlet: "the-harbor-tribune")) {
            try corpus.add(input, to: "bridge", options: AddOptions())
        }
        #expect(snapshot(corpus) == before, "a refused add leaves the corpus as it was")
        let (outcome, _, _) = try corpus.add(input, to: "bridge", options: AddOptions(replace: true))
        guard case .replaced = outcome else { Issue.record("not replaced: \(outcome)"); return }
        let stored = try corpus.article("bridge", "The Harbor Tribune")
        #expect(stored.title == "Harbor bridge approved (updated)")
        #expect(try corpus.manifest("bridge").articles.count == 1)
        #expect(corpus.check("bridge").isEmpty)
    }

    @Test func outletFromTheDomainAndOverrides() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        let bare = htmlPage(title: "Ferry timetable changes", body: "The ferry will run every twenty minutes from Monday, the operator said in a statement.")
        let input = ArticleInput(bytes: bare, origin: "ferry.html", sourceName: "ferry.html")
        #expect(throws: CorpusError.outletUnknown(source: "ferry.html")) { try corpus.add(input, to: "ferry", options: AddOptions()) }
        let (outcome, _, _) = try corpus.add(input, to: "ferry", options: AddOptions(
            url: "https://www.citynews.example/ferry", date: "3 March 2024", title: "Ferries every twenty minutes"))
        guard case let .added(entry) = outcome else { Issue.record("not added"); return }
        #expect(entry.outlet == "citynews.example")
        #expect(entry.date == "2024-03-03")
        let stored = try corpus.article("ferry", "citynews.example")
        #expect(stored.title == "Ferries every twenty minutes")
        #expect(stored.metadata.sources["title"] == .user)
        #expect(stored.provenance.overrides == ["title": "Ferries every twenty minutes", "date": "2024-03-03",
                                                "url": "https://www.citynews.example/ferry"])
        #expect(corpus.check("ferry").isEmpty, "re-extraction applies the same overrides")
    }

    @Test("bad names are refused", arguments: ["", "  ", "../escape", "/etc/passwd", "a/b", "..", "bell\u{7}name", "~root", "!!!"])
    func badNames(_ name: String) throws {
        #expect(throws: CorpusError.self) { try Slug.make(name) }
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        #expect(throws: CorpusError.self) {
            try corpus.add(ArticleInput(bytes: page, origin: "p.html", sourceName: "p.html"), to: name, options: AddOptions())
        }
        #expect(snapshot(corpus).isEmpty)
    }

    @Test func namesBecomeSlugs() throws {
        #expect(try Slug.make("Iraq 2021: End of Mission!") == "iraq-2021-end-of-mission")
        #expect(try Slug.make("teleSUR English") == "telesur-english")
        #expect(try Slug.make("Antiwar.com") == "antiwar-com")
        #expect(try Slug.make("Le Monde diplomatique — Éditions") == "le-monde-diplomatique-editions")
        // A site name taken from a page cannot be refused like a typed one: its path characters become separators.
        #expect(try Slug.fromPage("News/Views \"><script>x</script>") == "news-views-script-x-script")
        #expect(try Slug.fromPage("../../etc") == "etc")
        #expect(throws: CorpusError.self) { try Slug.make("News/Views") }
    }

    @Test func badSourcesLeaveTheCorpusAsItWas() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        _ = try corpus.add(ArticleInput(bytes: page, origin: "a.html", sourceName: "a.html"), to: "bridge", options: AddOptions())
        let before = snapshot(corpus)
        let binary = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131) }
        for bytes in [[], binary, Array("<html><body><nav>Home</nav></body></html>".utf8)] {
            #expect(throws: CorpusError.self) {
                try corpus.add(ArticleInput(bytes: bytes, origin: "bad.html", sourceName: "bad.html"), to: "bridge",
                               options: AddOptions(outlet: "Other"))
            }
        }
        #expect(snapshot(corpus) == before)
    }

    @Test func aCorruptManifestIsReportedWithItsLineAndNeverRewritten() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        _ = try corpus.add(ArticleInput(bytes: page, origin: "a.html", sourceName: "a.html"), to: "bridge", options: AddOptions())
        let url = corpus.manifestURL("bridge")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "lexicons: [news-generic", with: "lexicons: [unclosed, news-generic").replacingOccurrences(of: "actors]", with: "actors")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let broken = try Data(contentsOf: url)
        let error = #expect(throws: CorpusError.self) { try corpus.manifest("bridge") }
        if case let .corruptManifest(file, line, _)? = error {
            #expect(file.hasSuffix("bridge/event.yaml"))
            #expect(line != nil)
        } else {
            Issue.record("expected a corrupt-manifest error, got \(String(describing: error))")
        }
        let other = htmlPage(title: "Other story", site: "Other Paper", body: "A different story about the harbor, with enough words to count as text.")
        #expect(throws: CorpusError.self) {
            try corpus.add(ArticleInput(bytes: other, origin: "o.html", sourceName: "o.html"), to: "bridge", options: AddOptions())
        }
        #expect(try Data(contentsOf: url) == broken, "never silently rewritten")

        try "slug: bridge\ntitle: Bridge\narticles:\n  - outlet: X\n    slug: x\n".write(to: url, atomically: true, encoding: .utf8)
        let incomplete = #expect(throws: CorpusError.self) { try corpus.manifest("bridge") }
        if case let .corruptManifest(_, line, message)? = incomplete {
            #expect(line == 4)
            #expect(message.contains("articles[0]"))
        } else {
            Issue.record("expected a corrupt-manifest error, got \(String(describing: incomplete))")
        }
    }

    @Test func checkCatchesHandCorruptedArticles() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        _ = try corpus.add(ArticleInput(bytes: page, origin: "a.html", sourceName: "a.html"), to: "bridge", options: AddOptions())
        #expect(corpus.check().isEmpty)
        let folder = corpus.eventFolder("bridge").appendingPathComponent("articles/the-harbor-tribune")

        let textURL = folder.appendingPathComponent("text.txt")
        let original = try String(contentsOf: textURL, encoding: .utf8)
        try original.replacingOccurrences(of: "council", with: "committee").write(to: textURL, atomically: true, encoding: .utf8)
        let findings = corpus.check("bridge")
        #expect(findings.contains { $0.kind == .error && $0.file.hasSuffix("text.txt") && $0.message.contains("SHA-256") })

        try original.write(to: textURL, atomically: true, encoding: .utf8)
        let sourceURL = folder.appendingPathComponent("source.html")
        var source = try Data(contentsOf: sourceURL)
        source.append(contentsOf: Array("<!-- edited -->".utf8))
        try source.write(to: sourceURL)
        #expect(corpus.check("bridge").contains { $0.kind == .error && $0.file.hasSuffix("source.html") })

        try FileManager.default.createDirectory(at: corpus.eventFolder("bridge").appendingPathComponent("articles/stray"),
                                                withIntermediateDirectories: true)
        #expect(corpus.check("bridge").contains { $0.kind == .orphan && $0.file.hasSuffix("articles/stray") })
    }

    @Test func checkFlagsTextTheCurrentExtractorWouldChange() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        _ = try corpus.add(ArticleInput(bytes: page, origin: "a.html", sourceName: "a.html"), to: "bridge", options: AddOptions())
        // Pretend an older extractor made a different text: rewrite text.txt and its hashes consistently.
        let folder = corpus.eventFolder("bridge").appendingPathComponent("articles/the-harbor-tribune")
        var stored = try corpus.article("bridge", "the-harbor-tribune")
        stored.text += "\n\nRead more: an old boilerplate line"
        stored.provenance.textSHA256 = SHA256Hex(stored.text)
        try stored.text.write(to: folder.appendingPathComponent("text.txt"), atomically: true, encoding: .utf8)
        try Data(JSONOutputString(stored).utf8).write(to: folder.appendingPathComponent("article.json"))
        var manifest = try corpus.manifest("bridge")
        manifest.articles[0].textSHA256 = stored.provenance.textSHA256
        try manifest.yaml().write(to: corpus.manifestURL("bridge"), atomically: true, encoding: .utf8)
        let findings = corpus.check("bridge")
        #expect(findings.count == 2, "the text, and the word count the manifest keeps for it")
        #expect(findings.allSatisfy { $0.kind == .stale })
        #expect(findings.contains { $0.message.contains("would change the text") })
        #expect(findings.contains { $0.message.contains("is not the article's word count") })
    }

    @Test func removeAnArticle() throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        _ = try corpus.add(ArticleInput(bytes: page, origin: "a.html", sourceName: "a.html"), to: "bridge", options: AddOptions())
        let removed = try corpus.remove(event: "bridge", outlet: "The Harbor Tribune")
        #expect(removed.slug == "the-harbor-tribune")
        #expect(try corpus.manifest("bridge").articles.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: corpus.eventFolder("bridge").appendingPathComponent("articles/the-harbor-tribune").path))
        #expect(throws: CorpusError.self) { try corpus.remove(event: "bridge", outlet: "the-harbor-tribune") }
        #expect(throws: CorpusError.self) { try corpus.remove(event: "no-such-event", outlet: "x") }
    }

    @Test func whereTheCorpusLives() {
        #expect(Corpus.locate(option: nil, environment: [:]).root.lastPathComponent == "seeds")
        #expect(Corpus.locate(option: nil, environment: ["SLANT_CORPUS": "/tmp/elsewhere"]).root.path == "/tmp/elsewhere")
        #expect(Corpus.locate(option: "/tmp/given", environment: ["SLANT_CORPUS": "/tmp/elsewhere"]).root.path == "/tmp/given")
    }
}

import Text
func SHA256Hex(_ s: String) -> String { SHA256.hex(Array(s.utf8)) }
func JSONOutputString<T: Encodable>(_ v: T) throws -> String { try JSONOutput.encode(v) }
