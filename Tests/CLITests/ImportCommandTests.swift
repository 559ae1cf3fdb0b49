import Foundation
import Testing

@Suite("slant import (the built binary)")
struct ImportCommandTests {
    static func page(_ n: Int) -> String {
        "<html><head><title>Story \(n)</title><meta property=\"og:site_name\" content=\"Outlet \(n)\"></head><body><article>"
            + "<h1>Story number \(n) about the harbor</h1><p>Outlet \(n) reports that the council voted on the harbor bridge on "
            + "Thursday, with \(n * 100) people watching.</p><p>A second paragraph follows, long enough to be article text, with "
            + "commas, and a full stop.</p></article></body></html>"
    }

    @Test func aListOfRowsGoesIntoItsEventsAndBadRowsAreReportedAndSkipped() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.page(1).write(to: dir.appendingPathComponent("one.html"), atomically: true, encoding: .utf8)
        let csv = """
            event,outlet,date,url,title,path,text
            Harbor Bridge,,2024-03-01,https://example.com/1,,one.html,
            Harbor Bridge,Daily Two,2024-03-02,,"Council votes, again",,"The council voted on the harbor bridge again, ""at last"", on Friday.

            A second paragraph, long enough to be article text, follows."
            Harbor Bridge,Daily Three,,,,missing.html,
            ,Daily Four,,,,,Some text with no event.
            Tunnel Plan,Daily Two,2024-04-01,,Tunnel,,The tunnel plan was presented to the council on Monday by the engineers.

            """
        try csv.write(to: dir.appendingPathComponent("list.csv"), atomically: true, encoding: .utf8)
        let corpus = dir.appendingPathComponent("corpus").path
        let r = try CLIRunner.run(["import", dir.appendingPathComponent("list.csv").path, "--corpus", corpus])
        #expect(r.status == 1)
        #expect(r.stdout == "imported 3 articles into 2 events (2 new); 2 failed\n", "\(r.stdout)")
        #expect(r.stderr.contains("row 4:") && r.stderr.contains("missing.html"), "\(r.stderr)")
        #expect(r.stderr.contains("row 5: no event"), "\(r.stderr)")
        let list = try CLIRunner.run(["list", "harbor-bridge", "--corpus", corpus, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["outlet"] as? String }) == ["Outlet 1", "Daily Two"])
        #expect(rows.contains { $0["title"] as? String == "Council votes, again" }, "a quoted cell keeps its comma")
        let check = try CLIRunner.run(["check", "--corpus", corpus])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let again = try CLIRunner.run(["import", dir.appendingPathComponent("list.csv").path, "--corpus", corpus])
        #expect(again.stdout.hasPrefix("imported 0 articles into 2 events; 3 already there"), "\(again.stdout)")
    }

    @Test func aPageThatIsNotAnArticleIsStoredWithAWarning() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let product = "<html><head><title>Harbour kettle</title><meta property=\"og:type\" content=\"product\"></head><body>"
            + "<h1>Harbour kettle</h1><p>A kettle in the shape of the harbour lighthouse, made by hand in the town, holds a "
            + "litre and a half of water.</p></body></html>"
        try product.write(to: dir.appendingPathComponent("kettle.html"), atomically: true, encoding: .utf8)
        let corpus = dir.appendingPathComponent("corpus").path
        let add = try CLIRunner.run(["add", "harbour", dir.appendingPathComponent("kettle.html").path, "--outlet", "Shop",
                                     "--corpus", corpus])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stderr.contains("does not look like an article but like a product page"), "\(add.stderr)")
        let stored = try String(contentsOfFile: corpus + "/harbour/articles/shop/article.json", encoding: .utf8)
        #expect(stored.contains("\"kind\" : \"product\"") || stored.contains("\"kind\":\"product\""), "\(stored)")
        try product.replacingOccurrences(of: "kettle", with: "teapot")
            .write(to: dir.appendingPathComponent("teapot.html"), atomically: true, encoding: .utf8)
        let list = "event,outlet,path\nHarbour,Shop Two,teapot.html\n"
        try list.write(to: dir.appendingPathComponent("list.csv"), atomically: true, encoding: .utf8)
        let imported = try CLIRunner.run(["import", dir.appendingPathComponent("list.csv").path, "--corpus", corpus])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("row 2: the page does not look like an article"), "\(imported.stderr)")
    }

    @Test func aFolderGoesIntoOneEvent() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        for n in 1...12 { try Self.page(n).write(to: pages.appendingPathComponent("p\(n).html"), atomically: true, encoding: .utf8) }
        let corpus = dir.appendingPathComponent("corpus").path
        let r = try CLIRunner.run(["import", pages.path, "--event", "Harbor Bridge", "--corpus", corpus, "--batch", "5"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "imported 12 articles into 1 event (1 new)\n", "\(r.stdout)")
        let list = try CLIRunner.run(["list", "harbor-bridge", "--corpus", corpus, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 12)
        let noEvent = try CLIRunner.run(["import", pages.path, "--corpus", corpus])
        #expect(noEvent.status != 0 && noEvent.stderr.contains("--event"))
    }
}
