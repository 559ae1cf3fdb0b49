import Analysis
import Corpus
import Foundation
import Lexicon
@testable import Reports
import Testing
import TestSupport
import Text

@Suite("The report of an event with many outlets")
struct ManyOutletsTests {
    /// `count` outlets retelling the five seed articles, each keeping some of its paragraphs and signing its copy; every
    /// fourth without a date; groups left, center and right in turn, one outlet in ten without a group.
    static func event(_ count: Int) throws -> (articles: [Article], groups: [String: String]) {
        let corpus = Corpus(root: repositoryRoot.appendingPathComponent("seeds"))
        let (manifest, stored) = try corpus.articles("iraq-2021-combat-mission")
        let bases = stored.map { $0.article(event: manifest.slug) }
        var articles: [Article] = [], groups: [String: String] = [:]
        for k in 0..<count {
            let base = bases[k % bases.count]
            let text = ScalarText(base.text)
            let paragraphs = base.paragraphs.enumerated().filter { ($0.offset + k) % 4 != 3 }.map { text[$0.element] }
            let outlet = "Outlet \(k + 1)"
            var a = Article(id: "many/outlet-\(k + 1)", outlet: outlet,
                            text: ([text[base.headline]] + paragraphs + ["Reporting by the \(outlet) desk."]).joined(separator: "\n\n"),
                            headlineFirst: true)
            a.date = k % 4 == 3 ? nil : base.date
            articles.append(a)
            if k % 10 != 9 { groups[outlet] = ["left", "center", "right"][k % 3] }
        }
        return (articles, groups)
    }

    static func report(_ count: Int) throws -> ComparisonReport {
        let (articles, groups) = try event(count)
        return try ReportTests.builder().build(event: ReportEvent(slug: "many", title: "Many outlets", description: ""), articles: articles, groups: groups)
    }

    @Test func warningsOfOneKindAreSummarised() throws {
        let report = try Self.report(24)
        let undated = report.warnings.filter { $0.kind == "no-date" }
        #expect(undated.count == 1)
        // Every fourth outlet, and the copies of the seed article that has no date (Outlet 4, 9, 14, 19, 24).
        #expect(undated.first?.message == "9 of 24 articles have no publication date.")
        #expect(undated.first?.outlets == ["Outlet 4", "Outlet 8", "Outlet 9", "Outlet 12", "Outlet 14", "Outlet 16", "Outlet 19", "Outlet 20", "Outlet 24"])
        // A few are listed one by one, as before.
        let seed = try ReportTests.seedReport()
        #expect(seed.warnings.map(\.message) == ["Official Medium Page: the article has no publication date."])
        #expect(seed.warnings.first?.outlets == ["Official Medium Page"])
    }

    @Test func groupsComeFromTheGroupsFile() throws {
        let report = try Self.report(12)
        #expect(report.outlets.first?.group == "left" && report.outlets[1].group == "center" && report.outlets[9].group == nil)
        #expect(ReportHTML.layout(for: report) == .rows)
        #expect(ReportHTML.layout(for: try ReportTests.seedReport()) == .columns)
    }

    /// Every link of a set of pages (file name → HTML) leads to a page of the set and an element of that page.
    static func deadLinks(_ pages: [String: String]) -> [String] {
        func values(_ html: String, _ attribute: String) -> [String] {
            html.components(separatedBy: " " + attribute + "=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        let ids = pages.mapValues { Set(values($0, "id")) }
        var dead: [String] = []
        for (name, html) in pages.sorted(by: { $0.key < $1.key }) {
            let folder = (name as NSString).deletingLastPathComponent
            for href in values(html, "href") where !href.hasPrefix("http") {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var target = parts[0].isEmpty ? name : (folder.isEmpty ? parts[0] : folder + "/" + parts[0])
                if target.hasPrefix("many-outlets/../") { target = String(target.dropFirst("many-outlets/../".count)) }
                guard let found = ids[target] else { dead.append("\(name): \(href)"); continue }
                if parts.count > 1, !found.contains(parts[1]) { dead.append("\(name): \(href)") }
            }
        }
        return dead
    }

    @Test func rowsWithOutletPages() throws {
        let report = try Self.report(30)
        let pages = ReportHTML.Pages(folder: "many-outlets", report: "many.html", outlets: report.outlets.map(\.outlet))
        let (main, outletPages) = ReportHTML.render(report, layout: .rows, pages: pages)
        #expect(outletPages.count == 30)
        #expect(main.contains("30 outlets · 30 articles · groups: center 9, left 9, right 9, (no group) 3"))
        #expect(main.contains("Dominant frame of the 30 headlines (news-generic)") || main.contains("Dominant frame of the 30 headlines (policy-frames)"))
        #expect(main.contains("<th class=\"num\">left</th>"), "groups are columns")
        #expect(!main.contains("<article class=\"article\""), "the articles' texts are on the outlet pages")
        #expect(main.contains("href=\"many-outlets/outlet-1.html\""))
        #expect(main.components(separatedBy: "<script").count == 1)
        var all = ["many.html": main]
        for p in outletPages { all["many-outlets/" + p.file] = p.html }
        let dead = Self.deadLinks(all)
        #expect(dead.isEmpty, "\(dead.prefix(10))")
        let first = try #require(outletPages.first { $0.file == "outlet-1.html" })
        #expect(first.html.contains("<h1>Outlet 1</h1>") && first.html.contains("<article class=\"article\" id=\"article-0\""))
        #expect(first.html.contains("href=\"../many.html#top\""))
        // Same inputs, same bytes.
        let again = ReportHTML.render(try Self.report(30), layout: .rows, pages: pages)
        #expect(again.report == main && again.pages.map(\.html) == outletPages.map(\.html))
    }

    @Test func speakersMostOutletsQuoteComeFirstAndTheUnattributedLast() throws {
        let report = try Self.report(30)
        let rows = ReportHTML.RowsView(report).speakers(report)
        let unattributed = QuoteSelection.matrixSpeaker(actor: nil, speaker: nil)
        #expect(rows.contains { $0.row.speaker == unattributed }, "the seed texts hold quotations nobody is named for")
        #expect(rows.last?.row.speaker == unattributed)
        let named = rows.dropLast()
        #expect(zip(named, named.dropFirst()).allSatisfy { $0.outlets.count >= $1.outlets.count })
    }

    @Test func rowsOnOnePage() throws {
        let report = try Self.report(12)
        let main = ReportHTML.render(report, layout: .rows, pages: nil).report
        #expect(main.contains("<details class=\"outlet-detail\" id=\"outlet-0\">"))
        #expect(main.contains("<article class=\"article\" id=\"article-11\""))
        let dead = Self.deadLinks(["many.html": main])
        #expect(dead.isEmpty, "\(dead.prefix(10))")
    }

    @Test func outletPagesHaveDistinctNames() {
        let pages = ReportHTML.Pages(folder: "f", report: "r.html", outlets: ["A B", "A-B", "a b", "<script>", ""])
        #expect(pages.files["A B"] == "a-b.html" && pages.files["A-B"] == "a-b-2.html" && pages.files["a b"] == "a-b-3.html")
        #expect(pages.files["<script>"] == "script.html" && pages.files[""] == "outlet.html")
    }
}
