import Foundation
import Testing

@Suite("slant report (the built binary)")
struct ReportCommandTests {
    static let seeds = CLIRunner.root.appendingPathComponent("seeds").path
    static let lexicons = CLIRunner.root.appendingPathComponent("lexicons").path

    @Test func writesReportsEventHTMLByDefault() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["report", "iraq-2021-combat-mission", "--corpus", Self.seeds, "--lexicons", Self.lexicons], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("reports/iraq-2021-combat-mission.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("End of the US combat mission in Iraq"))
        #expect(result.stderr.contains("wrote reports/iraq-2021-combat-mission.html"))
        #expect(result.stdout.isEmpty)
    }

    @Test func everyFormatToStandardOutput() throws {
        func run(_ format: String) throws -> CLIRunner.Result {
            try CLIRunner.run(["report", "iraq-2021-combat-mission", "--format", format, "--out", "-", "--corpus", Self.seeds],
                              in: CLIRunner.root)
        }
        let json = try run("json")
        #expect(json.status == 0, "\(json.stderr)")
        let model = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for key in ["event", "outlets", "timeline", "frames", "own_voice", "quotes", "omissions", "distinctive", "articles", "notes"] {
            #expect(model[key] != nil, "\(key)")
        }
        #expect(try run("json").stdout == json.stdout, "same inputs, same bytes")
        #expect(try run("md").stdout.hasPrefix("# End of the US combat mission in Iraq"))
        #expect(try run("csv").stdout.hasPrefix("event,outlet,article,category,voice,voice_kind,count,rate_per_1000\n"))
    }

    @Test func theCommittedExampleIsCurrent() throws {
        // reports/ holds the seed event's report as the example; it must be what the code makes now.
        for (format, file) in [("html", "iraq-2021-combat-mission.html"), ("md", "iraq-2021-combat-mission.md")] {
            let result = try CLIRunner.run(["report", "iraq-2021-combat-mission", "--format", format, "--out", "-"], in: CLIRunner.root)
            let committed = try String(contentsOf: CLIRunner.root.appendingPathComponent("reports/" + file), encoding: .utf8)
            #expect(result.stdout == committed, "regenerate with: swift run slant report iraq-2021-combat-mission --format \(format) --out reports/\(file)")
        }
    }

    @Test func unknownOrEmptyEvents() throws {
        let missing = try CLIRunner.run(["report", "no-such-event", "--corpus", Self.seeds])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no event 'no-such-event'"))

        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus").path
        #expect(try CLIRunner.run(["new", "empty-event", "--title", "Nothing yet", "--corpus", corpus]).status == 0)
        let empty = try CLIRunner.run(["report", "empty-event", "--corpus", corpus, "--lexicons", Self.lexicons], in: dir)
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("has no articles"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path), "nothing written")
    }
}
