import Foundation
import Testing

@Suite("slant analyze and slant profile (the built binary)")
struct AnalyzeCommandTests {
    static func line(_ fields: [String: String]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    static func articles(events: Range<Int>) -> [String] {
        events.flatMap { e in [
            line(["id": "a\(e)", "event": "e\(e)", "outlet": "Alpha", "title": "Storm hits the coast",
                  "text": "The shocking plan was a disaster, officials said on day \(e). “We are ready,” said Mayor Ann Cole."]),
            line(["id": "b\(e)", "event": "e\(e)", "outlet": "Beta", "title": "Storm reaches coast",
                  "html": "<html><head><title>Storm reaches coast</title></head><body><article><h1>Storm reaches coast</h1><p>The storm reached the coast on day \(e), and officials said the town was ready for it.</p><p>Residents were asked to stay at home until the wind dropped in the evening.</p></article></body></html>"]),
        ] }
    }

    @Test func recordsInInputOrderAndBadLinesSkippedWithTheirNumber() throws {
        var lines = Self.articles(events: 0..<3)
        lines.insert("{not json", at: 1)
        lines.insert(Self.line(["id": "x", "event": "e9", "outlet": "Gamma"]), at: 3)
        let r = try CLIRunner.run(["analyze"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(r.status == 1)
        #expect(r.stderr.contains("line 2: not a JSON object; skipped"), "\(r.stderr)")
        #expect(r.stderr.contains("line 4: x: give one of \"html\" and \"text\"; skipped"), "\(r.stderr)")
        #expect(r.stderr.contains("2 lines skipped"))
        let records = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.map { $0["id"] as? String } == ["a0", "b0", "a1", "b1", "a2", "b2"])
        #expect(records[0]["schema"] as? String == "slant.record/1")
        #expect(records[1]["extractor"] as? String != nil, "a page went through extraction")
        #expect(records[0]["extractor"] is NSNull || records[0]["extractor"] == nil)
    }

    @Test func aProfileOfCorpusEventsGivesWhatEachOutletLeavesOut() throws {
        let seeds = CLIRunner.root.appendingPathComponent("seeds").path
        let r = try CLIRunner.run(["profile", "--all", "--corpus", seeds])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "outlet,measure,voice,value,ci_low,ci_high,events,articles")
        // teleSUR English leaves out half of what most of the five outlets report (the report's omissions section).
        #expect(rows.contains("teleSUR English,left_out,all,0.5000,0.5000,0.5000,1,1"), "\(rows.filter { $0.contains("left_out") })")
        let named = try CLIRunner.run(["profile", "iraq-2021-combat-mission", "--corpus", seeds])
        #expect(named.stdout == r.stdout, "the one event named is the whole corpus here")
        let records = try CLIRunner.run(["analyze", "iraq-2021-combat-mission", "--corpus", seeds])
        #expect(records.stdout.components(separatedBy: "\"omissions\"").count - 1 == 5, "one per outlet")
        let none = try CLIRunner.run(["profile"])
        #expect(none.status != 0 && none.stderr.contains("EVENT…, --all or --records"), "\(none.stderr)")
    }

    @Test func aProfileFromConcatenatedRunsIsTheProfileOfOneRun() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = Self.articles(events: 0..<6)
        let whole = try CLIRunner.run(["analyze"], stdin: Data(all.joined(separator: "\n").utf8))
        let first = try CLIRunner.run(["analyze"], stdin: Data(all[..<5].joined(separator: "\n").utf8))
        let second = try CLIRunner.run(["analyze"], stdin: Data(all[5...].joined(separator: "\n").utf8))
        #expect(whole.status == 0 && first.status == 0 && second.status == 0)
        try whole.stdout.write(to: dir.appendingPathComponent("whole.jsonl"), atomically: true, encoding: .utf8)
        try second.stdout.write(to: dir.appendingPathComponent("part2.jsonl"), atomically: true, encoding: .utf8)
        try first.stdout.write(to: dir.appendingPathComponent("part1.jsonl"), atomically: true, encoding: .utf8)
        let one = try CLIRunner.run(["profile", "--records", dir.appendingPathComponent("whole.jsonl").path])
        let two = try CLIRunner.run(["profile", "--records", dir.appendingPathComponent("part2.jsonl").path, dir.appendingPathComponent("part1.jsonl").path])
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("outlet,measure,voice,value,ci_low,ci_high,events,articles\n"))
        #expect(one.stdout == two.stdout, "same records, same bytes, whatever their order")
        #expect(one.stdout.contains("\nAlpha,news-generic/loaded,own,"))
        let compare = try CLIRunner.run(["profile", "--records", dir.appendingPathComponent("whole.jsonl").path, "--compare", "Alpha", "Beta"])
        #expect(compare.stdout.hasPrefix("measure,voice,a,b,difference,ci_low,ci_high,events\n"))
        #expect(compare.stdout.contains("news-generic/loaded,own,"))
        let page = try CLIRunner.run(["profile", "--records", dir.appendingPathComponent("whole.jsonl").path, "--compare", "Alpha", "Beta", "--format", "html"])
        #expect(page.status == 0)
        #expect(page.stdout.hasPrefix("<!DOCTYPE html>") && !page.stdout.contains("<script"))
        let targets = Set(page.stdout.matches(of: /href="#([^"]+)"/).map { String($0.1) })
        let ids = Set(page.stdout.matches(of: /\sid="([^"]+)"/).map { String($0.1) })
        #expect(!targets.isEmpty && targets.isSubset(of: ids), "every number links to the events behind it")
        let missing = try CLIRunner.run(["profile", "--records", dir.appendingPathComponent("whole.jsonl").path, "--compare", "Alpha", "Zeta"])
        #expect(missing.status == 1 && missing.stderr.contains("no records of outlet 'Zeta'"))
    }

    @Test func recordsOfOtherLexiconsDoNotMix() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Data(Self.articles(events: 0..<1).joined(separator: "\n").utf8)
        let a = try CLIRunner.run(["analyze"], stdin: input)
        let b = try CLIRunner.run(["analyze", "--lexicon", "news-generic"], stdin: input)
        let path = dir.appendingPathComponent("mixed.jsonl")
        try (a.stdout + b.stdout).write(to: path, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["profile", "--records", path.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("different lexicons"))
        try "{\"schema\": \"nope\"}\n".write(to: path, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["profile", "--records", path.path])
        #expect(bad.status == 1 && bad.stderr.contains("mixed.jsonl:1"))
    }

    @Test func recordsOfCorpusEvents() throws {
        let r = try CLIRunner.run(["analyze", "iraq-2021-combat-mission"], in: CLIRunner.root)
        #expect(r.status == 0, "\(r.stderr)")
        let records = r.stdout.split(separator: "\n")
        #expect(records.count == 5)
        #expect(records.allSatisfy { $0.contains("\"event\":\"iraq-2021-combat-mission\"") })
    }

    @Test func groupsOfOutletsFromAFileOrTheRecords() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines = Self.articles(events: 0..<3)
        lines.append(Self.line(["id": "c0", "event": "e0", "outlet": "Gamma", "group": "state media",
                                "text": "The shocking storm reached the coast, officials said, and the town was ready."]))
        let records = try CLIRunner.run(["analyze"], stdin: Data(lines.joined(separator: "\n").utf8))
        let path = dir.appendingPathComponent("records.jsonl")
        try records.stdout.write(to: path, atomically: true, encoding: .utf8)
        let groups = dir.appendingPathComponent("groups.yaml")
        try "independent: [Alpha, Beta]\n".write(to: groups, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["profile", "--records", path.path, "--by", "group", "--groups", groups.path])
        #expect(r.status == 0, "\(r.stderr)")
        let units = Set(r.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) })
        #expect(units == ["independent", "state media"], "the file's groups, else the records' own")
        try "left: [Alpha]\nright: [Alpha]\n".write(to: groups, atomically: true, encoding: .utf8)
        let twice = try CLIRunner.run(["profile", "--records", path.path, "--by", "group", "--groups", groups.path])
        #expect(twice.status == 1 && twice.stderr.contains("'Alpha' is in two groups"), "\(twice.stderr)")
    }
}
