import Foundation
import Testing

@Suite("Corpus commands (the built binary)")
struct CorpusCommandTests {
    func page(_ n: Int) -> Data {
        Data("""
            <html><head><title>Story \(n)</title><meta property="og:site_name" content="Outlet \(n)"></head>
            <body><article><h1>Story number \(n) about the harbor</h1>
            <p>Outlet \(n) reports that the council voted on the harbor bridge on Thursday, with \(n * 100) people watching.</p>
            <p>A second paragraph follows, long enough to be article text, with commas, and a full stop.</p></article></body></html>
            """.utf8)
    }

    @Test func eightConcurrentAddsAllLand() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for n in 1...8 {
            let url = dir.appendingPathComponent("page\(n).html")
            try page(n).write(to: url)
            paths.append(url.path)
        }
        let files = paths
        let corpus = dir.appendingPathComponent("corpus").path
        let results = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 8)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            let r = try? CLIRunner.run(["add", "harbor-bridge", files[i], "--corpus", corpus])
            shared[i] = r?.status ?? -1
        }
        #expect(Array(results) == [Int32](repeating: 0, count: 8))
        let list = try CLIRunner.run(["list", "harbor-bridge", "--corpus", corpus, "--format", "json"])
        #expect(list.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 8)
        #expect(Set(rows.compactMap { $0["outlet"] as? String }) == Set((1...8).map { "Outlet \($0)" }))
        let check = try CLIRunner.run(["check", "--corpus", corpus])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func listingsInJSON() throws {
        let seeds = CLIRunner.root.appendingPathComponent("seeds").path
        let show = try CLIRunner.run(["show", "iraq-2021-combat-mission", "amn", "--corpus", seeds, "--format", "json"])
        #expect(show.status == 0)
        let article = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        for key in ["event", "outlet", "title", "authors", "date", "url", "text"] { #expect(article.keys.contains(key), "\(key)") }
        #expect(article["outlet"] as? String == "American Military News")
        #expect((article["text"] as? String)?.hasPrefix("Biden says US ending Iraq combat missions by year’s end\n\n") == true)

        let list = try CLIRunner.run(["list", "iraq-2021-combat-mission", "--corpus", seeds, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0["text"] == nil && $0.keys.contains("url") && $0.keys.contains("date") })

        let events = try CLIRunner.run(["events", "--corpus", seeds, "--format", "json"])
        let eventRows = try #require(try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [[String: Any]])
        #expect(eventRows.first?["event"] as? String == "iraq-2021-combat-mission")
    }

    @Test func addsFromURLsAndRefusesWhatIsNotAPage() throws {
        let pdf = Data("%PDF-1.4 fake".utf8)
        let server = try TestHTTPServer(routes: [
            "/story.html": .init(body: page(42)),
            "/moved": .init(status: 302, body: Data(), location: "/story.html"),
            "/report.pdf": .init(contentType: "application/pdf", body: pdf),
            "/slow.html": .init(body: page(7), delay: 4),
        ])
        defer { server.stop() }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.path

        let ok = try CLIRunner.run(["add", "web", server.url("/moved"), "--corpus", corpus])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("added Outlet 42"))
        let show = try CLIRunner.run(["show", "web", "outlet-42", "--corpus", corpus, "--format", "json"])
        #expect(show.stdout.contains("\"fetched_url\" : \"\(server.url("/story.html"))\""), "redirects are followed and recorded")

        let before = try CLIRunner.run(["list", "web", "--corpus", corpus, "--format", "json"]).stdout
        let missing = try CLIRunner.run(["add", "web", server.url("/gone.html"), "--corpus", corpus])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("HTTP 404"))
        let notHTML = try CLIRunner.run(["add", "web", server.url("/report.pdf"), "--corpus", corpus])
        #expect(notHTML.status == 1)
        #expect(notHTML.stderr.contains("application/pdf, not an HTML page"))
        let slow = try CLIRunner.run(["add", "web", server.url("/slow.html"), "--corpus", corpus, "--timeout", "1"])
        #expect(slow.status == 1)
        #expect(slow.stderr.contains("timed out"))
        #expect(try CLIRunner.run(["list", "web", "--corpus", corpus, "--format", "json"]).stdout == before)
    }

    @Test func badSourcesAndNames() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus").path
        let empty = dir.appendingPathComponent("empty.html")
        try Data().write(to: empty)
        let binary = dir.appendingPathComponent("image.html")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 17) }).write(to: binary)
        for (source, message) in [(empty.path, "the file is empty"), (binary.path, "the file is binary"),
                                  (dir.appendingPathComponent("missing.html").path, "no such file")] {
            let r = try CLIRunner.run(["add", "event", source, "--outlet", "X", "--corpus", corpus])
            #expect(r.status == 1)
            #expect(r.stderr.contains(message), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: corpus + "/event"), "a failed add creates nothing")
        let good = dir.appendingPathComponent("good.html")
        try page(1).write(to: good)
        for name in ["../outside", "/abs", ""] {
            let r = try CLIRunner.run(["add", name, good.path, "--corpus", corpus])
            #expect(r.status == 1)
            #expect(r.stderr.contains("invalid name"), "\(r.stderr)")
        }
        let again = try CLIRunner.run(["add", "event", good.path, "--corpus", corpus])
        #expect(again.stdout.contains("created event event"))
        let twice = try CLIRunner.run(["add", "event", good.path, "--corpus", corpus, "--outlet", "Someone Else"])
        #expect(twice.status == 0)
        #expect(twice.stdout.contains("unchanged: this content is already in event as Outlet 1"))
    }
}
