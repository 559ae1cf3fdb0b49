import Foundation
import Testing

@Suite("slant extract (the built binary)")
struct ExtractCommandTests {
    let page = CLIRunner.fixture("ExtractionTests/Fixtures/news-jsonld.html")

    @Test func textOutputIsTitleThenParagraphs() throws {
        let r = try CLIRunner.run(["extract", page])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Council approves harbor bridge after late-night vote\n\nThe city council voted 7-2"))
        #expect(!r.stdout.contains("Advertisement"))
        #expect(r.stderr.isEmpty)
    }

    @Test func jsonOutputCarriesMetadataBlocksAndProvenance() throws {
        let r = try CLIRunner.run(["extract", page, "--format", "json"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["metadata", "blocks", "captions", "provenance", "text"])
        let provenance = try #require(json["provenance"] as? [String: Any])
        #expect((provenance["sha256"] as? String)?.count == 64)
        #expect((provenance["extractor"] as? String)?.hasPrefix("slant-extract") == true)
        let again = try CLIRunner.run(["extract", page, "--format", "json"])
        #expect(again.stdout == r.stdout, "same input, same bytes")
    }

    @Test func standardInputWithAnExplicitFormat() throws {
        let html = try Data(contentsOf: URL(fileURLWithPath: page))
        let r = try CLIRunner.run(["extract", "-", "--input-format", "html"], stdin: html)
        #expect(r.status == 0)
        #expect(r.stdout.contains("The city council voted 7-2"))
    }

    @Test func batchWritesEachPageAndReportsTheBadOne() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.html")
        try Data().write(to: empty)
        let list = dir.appendingPathComponent("list.txt")
        let pages = [page, CLIRunner.fixture("ExtractionTests/Fixtures/wordpress-blog.html"), empty.path,
                     dir.appendingPathComponent("missing.html").path]
        try pages.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["extract", "--files-from", list.path, "--out", out.path, "--jobs", "2"])
        #expect(r.status == 1, "a failed page makes the batch fail")
        #expect(r.stderr.contains("empty.html: the file is empty"))
        #expect(r.stderr.contains("missing.html: no such file"))
        #expect(r.stderr.contains("2 of 4 pages failed"))
        #expect(!r.stderr.contains("\r"), "no progress bar when stderr is not a terminal")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["news-jsonld.txt", "wordpress-blog.txt"])
        let text = try String(contentsOf: out.appendingPathComponent("wordpress-blog.txt"), encoding: .utf8)
        #expect(text.hasPrefix("Why the river walk floods every spring\n\n"))
    }

    @Test func batchJSON() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = dir.appendingPathComponent("list.txt")
        try page.write(to: list, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["extract", "--files-from", list.path, "--out", dir.path, "--format", "json"])
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("news-jsonld.json").path))
    }

    @Test func badInputsGiveOneLineErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("photo.html")
        try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: binary)
        for (path, message) in [(binary.path, "the file is binary"), (dir.path, "is a directory"),
                                (dir.appendingPathComponent("nope.html").path, "no such file")] {
            let r = try CLIRunner.run(["extract", path])
            #expect(r.status == 1)
            #expect(r.stderr.hasPrefix("slant: error: \(path): \(message)"))
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func usageErrors() throws {
        let r = try CLIRunner.run(["extract"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Give a PAGE to extract"))
        let both = try CLIRunner.run(["extract", page, "--files-from", "x", "--out", "y"])
        #expect(both.status == 64)
    }
}
