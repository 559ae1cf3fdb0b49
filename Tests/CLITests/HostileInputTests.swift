import Foundation
import Testing

/// Hostile and careless input, run through the built binary with limits on time and memory: no crash, no silent loss,
/// bounded resources, and output only where the user asked for it. Each test reproduces a fault found by probing.
@Suite("Hostile and careless input (the built binary)")
struct HostileInputTests {
    /// Memory any command may take on any input (the binary alone is about 40 MB).
    static let memoryLimitMB = 1024.0

    static func expectClean(_ r: LimitedRun.Result, status: Int32, _ comment: Comment? = nil,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!r.crashed, "the process died of signal \(r.signal ?? 0): \(r.stderr.prefix(300))", sourceLocation: sourceLocation)
        #expect(!r.timedOut, "timed out", sourceLocation: sourceLocation)
        #expect(r.status == status, "\(comment.map { "\($0): " } ?? "")exit \(r.status), stderr: \(r.stderr.prefix(300))",
                sourceLocation: sourceLocation)
        #expect(r.peakMB < memoryLimitMB, "peak memory \(Int(r.peakMB)) MB", sourceLocation: sourceLocation)
    }

    static let article = (0..<12).map {
        "<p>Paragraph \($0): “It is over,” the minister said, and the café on the square reopened for the first time in weeks.</p>"
    }.joined()

    // MARK: crashes

    @Test("pages with no elements are an error, not a crash, in every command that reads pages")
    func pagesWithoutElements() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages: [(String, [UInt8])] = [
            ("doctype.html", Array("<!DOCTYPE html>".utf8)),
            ("comment.html", Array("<!-- nothing here -->".utf8)),
            ("undefined-byte.html", [0x81] + Array("<!-- x -->".utf8)),
        ]
        var list: [String] = []
        for (name, bytes) in pages {
            let path = dir.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            list.append(path)
            for arguments in [["extract", path], ["score", path], ["quotes", path], ["diff", path, path],
                              ["add", "event", path, "--outlet", "X", "--corpus", dir.appendingPathComponent("corpus").path]] {
                let r = try LimitedRun.run(arguments, timeout: 30)
                Self.expectClean(r, status: 1, "\(arguments.first!) \(name)")
                #expect(r.stderr.contains("no article text"), "\(arguments.first!) \(name): \(r.stderr)")
            }
        }
        // A batch reports them and writes the good page.
        list.append(CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html"))
        try list.joined(separator: "\n").write(to: dir.appendingPathComponent("list"), atomically: true, encoding: .utf8)
        let batch = try LimitedRun.run(["extract", "--files-from", dir.appendingPathComponent("list").path,
                                        "--out", dir.appendingPathComponent("out").path], timeout: 30)
        Self.expectClean(batch, status: 1)
        #expect(batch.stderr.contains("3 of 4 pages failed"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/news-jsonld.txt").path))
    }

    @Test("an empty or blank file read --as-is is an error, as it is without --as-is")
    func emptyFilesAsIs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text, message) in [("empty.txt", "", "the file is empty"), ("blank.txt", " \n\n\t\n", "the file holds only white space")] {
            let path = dir.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            for command in ["score", "quotes"] {
                let r = try LimitedRun.run([command, "--as-is", path], timeout: 30)
                Self.expectClean(r, status: 1, "\(command) \(name)")
                #expect(r.stderr.contains("\(name): \(message)"), "\(command) \(name): \(r.stderr)")
                #expect(r.stdout.isEmpty)
            }
        }
    }

    @Test func checkSurvivesASourceEditedIntoAnEmptyPage() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.path
        _ = try CLIRunner.run(["add", "ev", CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html"), "--corpus", corpus])
        let source = dir.appendingPathComponent("ev/articles/the-harbor-tribune/source.html")
        #expect(FileManager.default.fileExists(atPath: source.path))
        try Data("<!DOCTYPE html>".utf8).write(to: source)
        let r = try LimitedRun.run(["check", "--corpus", corpus], timeout: 30)
        Self.expectClean(r, status: 1)
        #expect(r.stdout.contains("the source was changed"))
        #expect(r.stdout.contains("re-extraction failed: no article text"))
    }

    @Test func hugeMaxSizeIsAUsageError() throws {
        let page = CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html")
        for arguments in [["extract", page, "--max-size", "99999999999999"], ["add", "ev", page, "--max-size", "99999999999999"],
                          ["extract", page, "--max-size", "0"]] {
            let r = try LimitedRun.run(arguments, timeout: 30)
            Self.expectClean(r, status: 64)
            #expect(r.stderr.contains("--max-size: must be between 1 and 2000"), "\(r.stderr)")
        }
    }

    @Test("a full, closed or missing standard stream is an error with a message, never a crash")
    func brokenStandardStreams() throws {
        let seeds = CLIRunner.root.appendingPathComponent("seeds").path
        let full = try LimitedRun.run(["list", "iraq-2021-combat-mission", "--corpus", seeds], stdout: .path("/dev/full"))
        Self.expectClean(full, status: 1)
        #expect(full.stderr.contains("cannot write to standard output: No space left on device"), "\(full.stderr)")

        let closed = try LimitedRun.run(["list", "iraq-2021-combat-mission", "--corpus", seeds], stdout: .closed)
        Self.expectClean(closed, status: 1)
        #expect(closed.stderr.contains("standard output is closed"), "\(closed.stderr)")

        let noStderr = try LimitedRun.run(["extract", "/nonexistent/page.html"], stderr: .closed)
        Self.expectClean(noStderr, status: 1)
        let fine = try LimitedRun.run(["list", "iraq-2021-combat-mission", "--corpus", seeds], stderr: .closed)
        Self.expectClean(fine, status: 0)
        #expect(fine.stdout.contains("antiwar-com"))
    }

    @Test("a closed stdout is not handed to the next file opened")
    func closedStdoutDoesNotLandInAFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try LimitedRun.run(["add", "ev", CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html"),
                                    "--corpus", dir.path], stdout: .closed)
        #expect(!r.crashed)
        let manifest = try String(contentsOf: dir.appendingPathComponent("ev/event.yaml"), encoding: .utf8)
        #expect(!manifest.contains("added The Harbor Tribune"), "the manifest holds what was meant for stdout")
        #expect(manifest.contains("slug: ev"))
    }

    @Test("YAML aliases that expand exponentially are refused at once")
    func billionLaughs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines = ["a: &a {k0: [w], k1: [w], k2: [w], k3: [w], k4: [w], k5: [w], k6: [w], k7: [w], k8: [w]}"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) {" + (0..<9).map { "k\($0): *\(previous)" }.joined(separator: ", ") + "}")
            previous = name
        }
        let file = dir.appendingPathComponent("laughs.yaml")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try LimitedRun.run(["lexicon", "check", file.path], timeout: 20)
        Self.expectClean(r, status: 1)
        #expect(r.peakMB < 200)
        #expect(r.stderr.contains("YAML anchors and aliases"), "\(r.stderr)")

        let manifest = dir.appendingPathComponent("corpus/ev/event.yaml")
        try FileManager.default.createDirectory(at: manifest.deletingLastPathComponent(), withIntermediateDirectories: true)
        try ("slug: ev\ntitle: t\nlexicons: [x]\n" + lines.map { "x" + $0 }.joined(separator: "\n").replacingOccurrences(of: "*", with: "*x")
             .replacingOccurrences(of: "&", with: "&x") + "\n").write(to: manifest, atomically: true, encoding: .utf8)
        let list = try LimitedRun.run(["list", "ev", "--corpus", dir.appendingPathComponent("corpus").path], timeout: 20)
        Self.expectClean(list, status: 1)
        #expect(list.peakMB < 200)
    }

    // MARK: silent loss

    @Test("a UTF-8 page with one stray byte is read as UTF-8, whole, and the bad byte is recorded")
    func strayByteInUTF8() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Array("<html><head><meta charset=\"utf-8\"><title>Stray</title></head><body><article>\(Self.article)</article><!-- ".utf8)
        bytes += [0xFF] + Array(" --></body></html>".utf8)
        let page = dir.appendingPathComponent("stray.html")
        try Data(bytes).write(to: page)
        let r = try LimitedRun.run(["extract", page.path, "--format", "json"])
        Self.expectClean(r, status: 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let text = try #require(json["text"] as? String)
        #expect(text.contains("Paragraph 11: “It is over,” the minister said, and the café"))
        let provenance = try #require(json["provenance"] as? [String: Any])
        #expect(provenance["encoding"] as? String == "UTF-8")
        #expect(provenance["invalid_bytes"] as? Int == 1)
        #expect(r.stderr.contains("1 byte was not valid UTF-8"))
    }

    @Test("windows-1252 bytes the code page leaves undefined do not stop the text", arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func undefinedWindows1252Bytes(byte: UInt8) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func cp1252(_ s: String) -> [UInt8] {
            s.unicodeScalars.map { c -> UInt8 in
                switch c { case "“": 0x93; case "”": 0x94; case "é": 0xE9; default: UInt8(c.value) }
            }
        }
        let html = "<html><head><meta charset=\"windows-1252\"><title>Legacy</title></head><body><article>"
        var bytes = cp1252(html + Self.article.prefix(400))
        bytes += cp1252("<p>A byte ") + [byte] + cp1252(" sits here in a long sentence that goes on and on.</p>")
        bytes += cp1252(Self.article + "</article></body></html>")
        let page = dir.appendingPathComponent("legacy.html")
        try Data(bytes).write(to: page)
        let r = try LimitedRun.run(["extract", page.path])
        Self.expectClean(r, status: 0)
        #expect(r.stdout.contains("sits here in a long sentence"))
        #expect(r.stdout.contains("Paragraph 11: “It is over,” the minister said, and the café"), "text after the byte is kept")
    }

    @Test func batchInputsWithTheSameNameAreBothWritten() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for (folder, fixture) in [("a", "news-jsonld.html"), ("b", "wordpress-blog.html")] {
            let sub = dir.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let target = sub.appendingPathComponent("page.html")
            try FileManager.default.copyItem(atPath: CLIRunner.fixture("ExtractionTests/Fixtures/" + fixture), toPath: target.path)
            paths.append(target.path)
        }
        try paths.joined(separator: "\n").write(to: dir.appendingPathComponent("list"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try LimitedRun.run(["extract", "--files-from", dir.appendingPathComponent("list").path, "--out", out.path])
        Self.expectClean(r, status: 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["page-2.txt", "page.txt"])
        #expect(try String(contentsOf: out.appendingPathComponent("page.txt"), encoding: .utf8).hasPrefix("Council approves harbor bridge"))
        #expect(try String(contentsOf: out.appendingPathComponent("page-2.txt"), encoding: .utf8).hasPrefix("Why the river walk floods"))
        #expect(r.stderr.contains("written as page-2.txt"))
    }

    // MARK: unbounded resources

    @Test("endless inputs stop at the size limit: a device path, standard input, a file list")
    func endlessInputs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let runs = [
            try LimitedRun.run(["extract", "/dev/zero"], timeout: 30),
            try LimitedRun.run(["extract", "-"], stdin: .path("/dev/zero"), timeout: 30),
            try LimitedRun.run(["add", "ev", "-", "--outlet", "X", "--corpus", dir.path], stdin: .path("/dev/zero"), timeout: 30),
            try LimitedRun.run(["extract", "--files-from", "/dev/zero", "--out", dir.appendingPathComponent("out").path], timeout: 30),
        ]
        for r in runs {
            Self.expectClean(r, status: 1)
            #expect(r.peakMB < 300, "peak \(Int(r.peakMB)) MB")
            #expect(r.stderr.contains("MB limit"), "\(r.stderr)")
        }
    }

    @Test("a compressed response is capped while it is decompressed")
    func gzipBomb() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 400 MB of HTML that gzip turns into about 400 KB.
        let bomb = dir.appendingPathComponent("bomb.gz")
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/bin/sh")
        make.arguments = ["-c", "{ printf '<html><body><p>'; yes 'word word word word word word word' | head -c 400000000; } | gzip -c > '\(bomb.path)'"]
        try make.run()
        make.waitUntilExit()
        let body = try Data(contentsOf: bomb)
        #expect(body.count < 2_000_000)
        let server = try TestHTTPServer(routes: ["/bomb.html": .init(body: body, headers: ["Content-Encoding": "gzip"])])
        defer { server.stop() }
        let r = try LimitedRun.run(["add", "ev", server.url("/bomb.html"), "--corpus", dir.path, "--max-size", "5"], timeout: 30)
        Self.expectClean(r, status: 1)
        #expect(r.stderr.contains("over the 5 MB limit"), "\(r.stderr)")
        #expect(r.peakMB < 150, "peak \(Int(r.peakMB)) MB")
    }

    @Test("many globs in a lexicon cost linear time")
    func manyGlobs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var generator = SystemRandomNumberGenerator()
        var terms: Set<String> = []
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        while terms.count < 100_000 {
            terms.insert(String((0..<Int.random(in: 3...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! }) + "*")
        }
        let lexicon = dir.appendingPathComponent("globs.txt")
        try terms.sorted().joined(separator: "\n").write(to: lexicon, atomically: true, encoding: .utf8)
        let text = dir.appendingPathComponent("story.txt")
        try String(repeating: "The occupation of the city continued for weeks, officials said on Tuesday. ", count: 25)
            .write(to: text, atomically: true, encoding: .utf8)
        // The quadratic build took 35 s for 100,000 globs in a release build.
        let r = try LimitedRun.run(["score", text.path, "--lexicon", lexicon.path], timeout: 30)
        Self.expectClean(r, status: 0)
        #expect(r.stdout.contains("globs"))
    }

    @Test("a page of 10,000 paragraphs is added and shown in linear time")
    func tenThousandParagraphs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("long.html")
        try ("<html><head><title>Long</title></head><body><article>"
             + (0..<10_000).map { "<p>Paragraph \($0) has a few words in it, and it ends here.</p>" }.joined()
             + "</article></body></html>").write(to: page, atomically: true, encoding: .utf8)
        // Rebuilding the text once per paragraph took 40 s in a release build.
        let add = try LimitedRun.run(["add", "ev", page.path, "--outlet", "X", "--corpus", dir.path], timeout: 30)
        Self.expectClean(add, status: 0)
        #expect(add.stdout.contains("120001 words"), "every word of the text, the one-word headline included")
        let show = try LimitedRun.run(["show", "ev", "X", "--corpus", dir.path], timeout: 30)
        Self.expectClean(show, status: 0)
        #expect(show.stdout.contains("Paragraph 9999 has a few words"))
    }

    @Test("a lexicon path that never ends is read up to a bound")
    func endlessLexicon() throws {
        let r = try LimitedRun.run(["lexicon", "check", "/dev/zero"], timeout: 30)
        Self.expectClean(r, status: 1)
        #expect(r.stderr.contains("too large to be a lexicon"), "\(r.stderr)")
        #expect(r.peakMB < 300)
    }

    @Test("a page whose text is far longer than any article is refused by add and the analysis commands")
    func overlongArticles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("dump.html")
        try ("<html><head><title>Dump</title></head><body><article>"
             + (0..<12_000).map { "<p>Line \($0) of a site dump that goes on and on, far beyond any article anyone writes.</p>" }.joined()
             + "</article></body></html>").write(to: page, atomically: true, encoding: .utf8)
        let add = try LimitedRun.run(["add", "ev", page.path, "--outlet", "X", "--corpus", dir.path], timeout: 60)
        Self.expectClean(add, status: 1)
        #expect(add.stderr.contains("over the 1000000 slant analyses"), "\(add.stderr)")
        let score = try LimitedRun.run(["score", page.path], timeout: 60)
        Self.expectClean(score, status: 1)
        #expect(score.stderr.contains("is not one article"))
        let extract = try LimitedRun.run(["extract", page.path], timeout: 60)
        Self.expectClean(extract, status: 0, "extraction itself has no such limit")
    }

    @Test("two articles that repeat one sentence thousands of times are diffed in bounded memory")
    func repetitiveDiff() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentence = "Officials said the troops would stay in the country for another year despite the agreement."
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try ("Headline A\n\n" + String(repeating: sentence + " ", count: 3_000)).write(to: a, atomically: true, encoding: .utf8)
        try ("Headline B\n\n" + String(repeating: sentence.replacingOccurrences(of: "stay", with: "remain") + " ", count: 3_000))
            .write(to: b, atomically: true, encoding: .utf8)
        let r = try LimitedRun.run(["diff", a.path, b.path, "--as-is", "--headline-first-line", "--format", "json",
                                    "--lexicons", CLIRunner.root.appendingPathComponent("lexicons").path], timeout: 120)
        Self.expectClean(r, status: 0)
        #expect(r.peakMB < 400, "peak \(Int(r.peakMB)) MB")
    }

    // MARK: output that escapes

    @Test("--out replaces regular files atomically, keeps their mode and links, streams into devices, refuses links")
    func outputTargets() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = CLIRunner.root.appendingPathComponent("seeds").path
        let lexicons = CLIRunner.root.appendingPathComponent("lexicons").path
        func report(_ out: String) throws -> LimitedRun.Result {
            try LimitedRun.run(["report", "iraq-2021-combat-mission", "--format", "md", "--out", out, "--corpus", seeds,
                                "--lexicons", lexicons], timeout: 60)
        }
        let full = try report("/dev/full")
        Self.expectClean(full, status: 1)
        #expect(full.stderr.contains("/dev/full: cannot write (No space left on device)"), "\(full.stderr)")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/full is still a device")

        let null = try report("/dev/null")
        Self.expectClean(null, status: 0)

        let privateFile = dir.appendingPathComponent("private.md")
        try Data("old".utf8).write(to: privateFile)
        chmod(privateFile.path, 0o600)
        let link = dir.appendingPathComponent("hardlink.md")
        link.withUnsafeFileSystemRepresentation { l in _ = privateFile.withUnsafeFileSystemRepresentation { Glibc.link($0!, l!) } }
        Self.expectClean(try report(privateFile.path), status: 0)
        #expect(stat(privateFile.path, &info) == 0 && info.st_mode & 0o777 == 0o600, "the mode is kept")
        #expect(try String(contentsOf: link, encoding: .utf8).hasPrefix("# "), "the hard link still shares the file")

        let plain = dir.appendingPathComponent("plain.md")
        try Data("old".utf8).write(to: plain)
        chmod(plain.path, 0o640)
        Self.expectClean(try report(plain.path), status: 0)
        #expect(stat(plain.path, &info) == 0 && info.st_mode & 0o777 == 0o640)

        let symlink = dir.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(atPath: symlink.path, withDestinationPath: plain.path)
        let refused = try report(symlink.path)
        Self.expectClean(refused, status: 1)
        #expect(refused.stderr.contains("is a symbolic link"))

        let fifo = dir.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread { received = FileHandle(forReadingAtPath: fifo.path)?.readDataToEndOfFile() ?? Data() }
        reader.start()
        Self.expectClean(try report(fifo.path), status: 0)
        for _ in 0..<200 where received.isEmpty { usleep(10_000) }
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("# "), "the FIFO received the report")
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
    }

    @Test func scoreCSVNeutralisesFormulas() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("=HYPERLINK(1).txt")
        try "The occupation continued, officials claimed on Tuesday, despite the withdrawal.\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try LimitedRun.run(["score", file.path, "--format", "csv", "--lexicons", CLIRunner.root.appendingPathComponent("lexicons").path])
        Self.expectClean(r, status: 0)
        #expect(r.stdout.contains(",'=HYPERLINK(1),"), "\(r.stdout.prefix(400))")
        #expect(!r.stdout.contains(",=HYPERLINK"))
    }

    @Test("files of the corpus are read only inside it")
    func readsStayInsideTheCorpus() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        _ = try CLIRunner.run(["add", "ev", CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html"), "--corpus", corpus.path])
        let text = corpus.appendingPathComponent("ev/articles/the-harbor-tribune/text.txt")
        let secret = dir.appendingPathComponent("secret.txt")
        try "secret outside the corpus".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: text)
        try FileManager.default.createSymbolicLink(atPath: text.path, withDestinationPath: secret.path)
        for arguments in [["show", "ev", "the-harbor-tribune"], ["report", "ev", "--out", "-"]] {
            let r = try LimitedRun.run(arguments + ["--corpus", corpus.path], timeout: 60,
                                       environment: ["SLANT_LEXICONS": CLIRunner.root.appendingPathComponent("lexicons").path])
            Self.expectClean(r, status: 1)
            #expect(!r.stdout.contains("secret outside"))
            #expect(r.stderr.contains("outside the corpus"), "\(r.stderr)")
        }
        let manifest = corpus.appendingPathComponent("ev/event.yaml")
        let yaml = try String(contentsOf: manifest, encoding: .utf8)
        try yaml.replacingOccurrences(of: "lexicons: [news-generic", with: "lexicons: [/etc/passwd, news-generic").write(to: manifest, atomically: true, encoding: .utf8)
        let r = try LimitedRun.run(["list", "ev", "--corpus", corpus.path])
        Self.expectClean(r, status: 1)
        #expect(r.stderr.contains("'/etc/passwd' is not a lexicon name"), "\(r.stderr)")
    }

    @Test("what a killed write leaves is reported by check and cleared (or put back) by the next write")
    func leftoversOfAKilledWrite() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.path
        _ = try CLIRunner.run(["add", "ev", CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html"), "--corpus", corpus])
        let event = dir.appendingPathComponent("ev")
        // A replacement killed after the old article was moved aside and the new one moved in, before the manifest.
        let deadPID = "999999999"
        let article = event.appendingPathComponent("articles/the-harbor-tribune")
        let trash = event.appendingPathComponent(".slant-trash-\(deadPID)-1")
        try FileManager.default.copyItem(at: article, to: trash)
        try "a replacement that was never committed".write(to: article.appendingPathComponent("text.txt"), atomically: true, encoding: .utf8)
        try "slug: ev\n".write(to: event.appendingPathComponent(".event.yaml.tmp-\(deadPID)-2"), atomically: true, encoding: .utf8)

        let check = try LimitedRun.run(["check", "--corpus", corpus])
        Self.expectClean(check, status: 1)
        #expect(check.stdout.contains(".slant-trash-\(deadPID)-1: left by a write that was interrupted"))
        #expect(check.stdout.contains(".event.yaml.tmp-\(deadPID)-2: left by a write that was interrupted"))

        let add = try LimitedRun.run(["add", "ev", CLIRunner.fixture("ExtractionTests/Fixtures/wordpress-blog.html"), "--corpus", corpus])
        Self.expectClean(add, status: 0)
        let after = try LimitedRun.run(["check", "--corpus", corpus], timeout: 30)
        Self.expectClean(after, status: 0, "the old article was put back and the leftovers cleared: \(after.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: event.path).filter { $0.hasPrefix(".") && $0 != ".slant.lock" }.isEmpty)
    }

    @Test("names in other scripts keep their letters; look-alike mixtures are warned about")
    func namesInOtherScripts() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html")
        let cjk = try LimitedRun.run(["add", "ev", page, "--outlet", "朝日新聞", "--corpus", dir.path])
        Self.expectClean(cjk, status: 0)
        #expect(cjk.stdout.contains("added 朝日新聞 (朝日新聞)"))
        let mixed = try LimitedRun.run(["add", "ev", CLIRunner.fixture("ExtractionTests/Fixtures/wordpress-blog.html"),
                                        "--outlet", "\u{0410}ntiwar.com", "--corpus", dir.path])
        Self.expectClean(mixed, status: 0)
        #expect(mixed.stdout.contains("(\u{0430}ntiwar-com)"), "the Cyrillic letter is kept, not dropped: \(mixed.stdout)")
        #expect(mixed.stderr.contains("mixes Cyrillic and Latin letters"), "\(mixed.stderr)")
    }

    @Test func regexLookingLexiconEntriesAreErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("patterns.txt")
        try "occup*\n(a|b)+\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try LimitedRun.run(["lexicon", "check", file.path])
        Self.expectClean(r, status: 1)
        #expect(r.stderr.contains("patterns.txt:2: '(a|b)+' looks like a regular expression"), "\(r.stderr)")
    }
}
