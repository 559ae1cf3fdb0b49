import Foundation
import Testing

@Suite("slant diff (the built binary)")
struct DiffCommandTests {
    static let seeds = CLIRunner.root.appendingPathComponent("seeds").path
    static let antiwar = "iraq-2021-combat-mission/antiwar-com"
    static let amn = "iraq-2021-combat-mission/american-military-news"

    func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--corpus", Self.seeds], in: CLIRunner.root)
    }

    @Test func jsonHasTheDocumentedShapeAndOffsets() throws {
        let result = try run(["diff", Self.antiwar, Self.amn, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let diff = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["a", "b", "pairs", "only_in_a", "only_in_b", "facts", "quotes", "framing", "summary"] {
            #expect(diff[key] != nil, "\(key)")
        }
        let pairs = try #require(diff["pairs"] as? [[String: Any]])
        #expect(!pairs.isEmpty)
        #expect(pairs.allSatisfy { ["same", "reworded"].contains($0["kind"] as? String ?? "") })

        // Offsets count Unicode scalars of each article's stored clean text.
        let shown = try run(["show", "iraq-2021-combat-mission", "antiwar-com", "--format", "json"])
        let article = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let scalars = Array((try #require(article["text"] as? String)).unicodeScalars)
        let only = try #require(diff["only_in_a"] as? [[String: Any]])
        for span in only + pairs.compactMap({ $0["a"] as? [String: Any] }) {
            let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == span["text"] as? String)
        }
        // Same inputs, same bytes.
        #expect(try run(["diff", Self.antiwar, Self.amn, "--format", "json"]).stdout == result.stdout)
    }

    @Test func terminalViewIsPlainWhenPiped() throws {
        let result = try run(["diff", Self.antiwar, Self.amn])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}["), "no colour codes when stdout is not a terminal")
        #expect(result.stdout.contains("< On Saturday, a report from The New York Times"))
        #expect(result.stdout.contains("[-arrives-]") && result.stdout.contains("{+arises"))
        #expect(try run(["diff", Self.antiwar, Self.amn, "--no-color"]).stdout == result.stdout)
    }

    @Test func filesAsIs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try "Troops stay\n\nThe troops will stay in Iraq. The mission ends.".write(to: a, atomically: true, encoding: .utf8)
        try "Troops stay\n\nThe troops will stay in Iraq. Talks continue.".write(to: b, atomically: true, encoding: .utf8)
        let result = try run(["diff", "--as-is", "--headline-first-line", a.path, b.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let diff = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let onlyA = try #require(diff["only_in_a"] as? [[String: Any]])
        #expect(onlyA.map { $0["text"] as? String } == ["The mission ends."])
        #expect(onlyA.first?["start"] as? Int == 43, "13 scalars of headline and blank line, 30 of the first sentence")
    }

    @Test func hostileTextIsInertInHTMLAndMarkdown() throws {
        let page = CLIRunner.fixture("CLITests/Fixtures/hostile-page.html")
        let html = try run(["diff", page, Self.antiwar, "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        let out = html.stdout
        #expect(out.contains("Content-Security-Policy"))
        #expect(out.contains("&lt;script&gt;document.title="))
        for tag in ["<script", "<img", "<iframe", "<b ", "<!-- comment"] { #expect(!out.contains(tag), "\(tag)") }
        #expect(out.components(separatedBy: "<style").count == 2, "only the page's own stylesheet")
        #expect(!out.contains("href=\"javascript"))

        let md = try run(["diff", page, Self.antiwar, "--format", "md"])
        #expect(md.stdout.contains("\\<script\\>") && !md.stdout.contains(" <script"))
    }

    @Test func badReferencesAreClearErrors() throws {
        let missing = try run(["diff", "iraq-2021-combat-mission/no-such-outlet", Self.amn])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no-such-outlet"))
        let file = try run(["diff", "/nonexistent/file.html", Self.amn])
        #expect(file.status != 0)
        #expect(file.stderr.contains("/nonexistent/file.html"))
    }
}
