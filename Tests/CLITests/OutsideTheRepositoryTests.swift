import Foundation
import Testing

/// slant as a user who installed only the binary uses it: another folder, their own corpus, no environment.
@Suite("Outside the repository (the built binary alone)")
struct OutsideTheRepositoryTests {
    /// A folder holding a copy of the binary and one page, and nothing else.
    static func sandbox() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        // Copied by a `cp` process, so the copy's write descriptor never lives in this process, where a child forked
        // meanwhile by a parallel test would inherit it and keep the copy "busy" (ETXTBSY) for as long as it runs.
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [CLIRunner.binary.path, dir.appendingPathComponent("slant").path]
        try cp.run()
        cp.waitUntilExit()
        guard cp.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        try FileManager.default.copyItem(atPath: CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html"),
                                         toPath: dir.appendingPathComponent("page.html").path)
        return dir
    }

    /// A sandbox whose corpus holds the event `harbor` with two articles (the page and a blog post).
    static func eventOfTwo() throws -> URL {
        let dir = try sandbox()
        _ = try run(["add", "harbor", "page.html"], in: dir)
        try FileManager.default.copyItem(atPath: CLIRunner.fixture("ExtractionTests/Fixtures/wordpress-blog.html"),
                                         toPath: dir.appendingPathComponent("blog.html").path)
        _ = try run(["add", "harbor", "blog.html"], in: dir)
        return dir
    }

    static func run(_ arguments: [String], in dir: URL) throws -> CLIRunner.Result {
        // The copied binary, run from its folder, with no SLANT_* variables.
        var env = ProcessInfo.processInfo.environment
        env = env.filter { !$0.key.hasPrefix("SLANT_") }
        // Should the copy still be "busy" for a moment (ETXTBSY), try again briefly, with a fresh process.
        var attempt = 0
        var process: Process
        var out: Pipe, err: Pipe
        while true {
            process = Process()
            process.executableURL = dir.appendingPathComponent("slant")
            process.arguments = arguments
            process.currentDirectoryURL = dir
            process.environment = env
            (out, err) = (Pipe(), Pipe())
            process.standardOutput = out
            process.standardError = err
            do { try process.run(); break } catch {
                let busy = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY)
                    || (error as NSError).code == Int(ETXTBSY)
                attempt += 1
                guard busy, attempt < 50 else { throw error }
                usleep(100_000)
            }
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        let reader = out.fileHandleForReading
        group.enter()
        DispatchQueue.global().async { outData = reader.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CLIRunner.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test("new, add and report work with the binary alone, and the report has frame matches")
    func firstHour() throws {
        let dir = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        let new = try Self.run(["new", "harbor", "--title", "The harbor bridge"], in: dir)
        #expect(new.status == 0, "\(new.stderr)")
        let manifest = try String(contentsOf: dir.appendingPathComponent("seeds/harbor/event.yaml"), encoding: .utf8)
        #expect(manifest.contains("lexicons: [news-generic, policy-frames, actors]"), "an event that names no lexicons gets the defaults, written in")
        let add = try Self.run(["add", "harbor", "page.html"], in: dir)
        #expect(add.status == 0, "\(add.stderr)")
        let report = try Self.run(["report", "harbor", "--format", "json", "--out", "-"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        let counts = try #require(articles.first?["counts"] as? [[String: Any]])
        #expect(counts.contains { ($0["lexicon"] as? String) == "policy-frames" && ($0["count"] as? Int ?? 0) > 0 }, "frame matches")
        let html = try Self.run(["report", "harbor"], in: dir)
        #expect(html.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/harbor.html").path))

        let list = try Self.run(["lexicon", "list"], in: dir)
        #expect(list.stdout.contains("your lexicons: none"))
        #expect(list.stdout.contains("news-generic — markers") && list.stdout.contains("shipped with slant (news-generic.yaml)"))
    }

    @Test("a lexicons folder of the user's overrides the shipped lexicon of the same name and adds its own")
    func ownLexiconsOverrideAndExtend() throws {
        let dir = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicons = dir.appendingPathComponent("lexicons")
        try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
        try "categories:\n  harbor_words: [harbor, bridge]\n".write(to: lexicons.appendingPathComponent("news-generic.yaml"), atomically: true, encoding: .utf8)
        try "ferry\nferries\n".write(to: lexicons.appendingPathComponent("boats.txt"), atomically: true, encoding: .utf8)
        let list = try Self.run(["lexicon", "list"], in: dir)
        #expect(list.stdout.contains("your lexicons: \(lexicons.path) (./lexicons)") || list.stdout.contains("(./lexicons)"), "\(list.stdout)")
        #expect(list.stdout.contains("news-generic — markers, 2 entries") && list.stdout.contains("in place of the shipped one"))
        #expect(list.stdout.contains("boats — markers"))
        #expect(list.stdout.contains("policy-frames — frames") && list.stdout.contains("shipped with slant (policy-frames.yaml)"))
        let score = try Self.run(["score", "page.html", "--format", "csv"], in: dir)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.contains(",news-generic,harbor_words,"), "the user's news-generic is the one used")
        let missing = try Self.run(["lexicon", "list", "--lexicons", "nowhere"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere: no such folder (given by --lexicons)"))
    }

    @Test("scores of several events name each row's event")
    func scoresOfSeveralEvents() throws {
        let dir = try Self.eventOfTwo()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.run(["add", "bridge", "page.html"], in: dir).status == 0)
        let score = try Self.run(["score", "harbor", "bridge", "--format", "csv"], in: dir)
        #expect(score.status == 0, "\(score.stderr)")
        let events = Set(score.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) })
        #expect(events == ["harbor", "bridge"])
    }

    @Test("the same article has the same word count in list, report, diff and score")
    func oneWordCount() throws {
        let dir = try Self.eventOfTwo()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = try Self.run(["list", "harbor", "--format", "json"], in: dir)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let listed = Dictionary(uniqueKeysWithValues: rows.map { ("harbor/" + ($0["slug"] as! String), $0["words"] as! Int) })
        #expect(listed.count == 2)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try Self.run(["report", "harbor", "--format", "json", "--out", "-"], in: dir).stdout.utf8)) as? [String: Any])
        for article in try #require(report["articles"] as? [[String: Any]]) {
            let words = try #require(article["words"] as? [String: Int])
            #expect(words["all"] == listed[article["id"] as! String], "report")
        }
        let ids = listed.keys.sorted()
        let diff = try #require(try JSONSerialization.jsonObject(with: Data(try Self.run(["diff", ids[0], ids[1], "--format", "json"], in: dir).stdout.utf8)) as? [String: Any])
        #expect((diff["a"] as? [String: Any])?["words"] as? Int == listed[ids[0]], "diff")
        #expect((diff["b"] as? [String: Any])?["words"] as? Int == listed[ids[1]], "diff")
        let score = try #require(try JSONSerialization.jsonObject(with: Data(try Self.run(["score", "harbor", "--format", "json"], in: dir).stdout.utf8)) as? [String: Any])
        for article in try #require(score["articles"] as? [[String: Any]]) {
            #expect((article["words"] as? [String: Int])?["all"] == listed[article["id"] as! String], "score")
        }
        let show = try Self.run(["show", "harbor", ids[0].split(separator: "/")[1].description], in: dir)
        #expect(show.stdout.contains("words:   \(listed[ids[0]]!)\n"), "show")
    }

    @Test("an event with no lexicons in its manifest is scored with the defaults by every command")
    func oneLexiconRule() throws {
        let dir = try Self.eventOfTwo()
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("seeds/harbor/event.yaml")
        let yaml = try String(contentsOf: manifest, encoding: .utf8)
        try yaml.replacingOccurrences(of: "lexicons: [news-generic, policy-frames, actors]", with: "lexicons: []")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let slugs = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("  slug: ") }
            .map { "harbor/" + $0.dropFirst("  slug: ".count) }
        let diff = try Self.run(["diff", slugs[0], slugs[1]], in: dir)
        #expect(!diff.stdout.contains("No lexicon matches") && diff.stdout.contains("headline frame: A policy-frames/"), "\(diff.stdout.suffix(600))")
        let score = try Self.run(["score", slugs[0]], in: dir)
        #expect(score.stdout.contains("policy-frames"), "\(score.stdout)")
    }

    @Test("several pages and folders in one add")
    func addSeveralPages() throws {
        let dir = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["news-jsonld.html", "wordpress-blog.html"] {
            try FileManager.default.copyItem(atPath: CLIRunner.fixture("ExtractionTests/Fixtures/" + name), toPath: folder.appendingPathComponent(name).path)
        }
        try Data().write(to: folder.appendingPathComponent("empty.html"))
        let r = try Self.run(["add", "harbor", "pages/"], in: dir)
        #expect(r.status == 1, "one page failed")
        #expect(r.stderr.contains("slant: error: pages/empty.html: the file is empty"), "paths as the user wrote them")
        #expect(r.stderr.contains("1 of 3 pages were not added; the others were"))
        #expect(r.stdout.contains("added The Harbor Tribune") && r.stdout.contains("added Riverside Notes"), "\(r.stdout)")
        let two = try Self.run(["add", "other", "pages/news-jsonld.html", "pages/wordpress-blog.html"], in: dir)
        #expect(two.status == 0, "\(two.stderr)")
        let refused = try Self.run(["add", "other", "pages/news-jsonld.html", "pages/wordpress-blog.html", "--outlet", "X"], in: dir)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("give one page with them"))
    }
}
