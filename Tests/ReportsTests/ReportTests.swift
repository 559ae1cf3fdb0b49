import Analysis
import Corpus
import Foundation
import Lexicon
@testable import Reports
import Testing
import TestSupport
import Text


@Suite("The framing report")
struct ReportTests {
    static let library = LexiconLibrary(directory: repositoryRoot.appendingPathComponent("lexicons"))

    static func builder(_ names: [String] = ["news-generic", "policy-frames", "iraq-2021", "actors"]) throws -> ReportBuilder {
        let (lexicons, actors) = try library.load(names)
        return ReportBuilder(lexicons: lexicons, actors: actors, places: try library.places(), version: "test")
    }

    static func seedReport() throws -> ComparisonReport {
        let corpus = Corpus(root: repositoryRoot.appendingPathComponent("seeds"))
        let (manifest, stored) = try corpus.articles("iraq-2021-combat-mission")
        return try builder().build(event: ReportEvent(slug: manifest.slug, title: manifest.title, description: manifest.description,
                                                      start: manifest.start, end: manifest.end),
                                   articles: stored.map { $0.article(event: manifest.slug) })
    }

    /// An event with one article whose text carries markup, event handlers and script URLs.
    static func hostileReport() throws -> ComparisonReport {
        let hostile = """
            <script>document.title='pwned'</script> Troops stay in Iraq

            President Joe Biden said the combat mission would end, with 2,500 troops staying. <img src=x onerror="alert(1)"> \
            Critics called it an occupation; one pasted javascript:alert(document.cookie) as a link. </p></td></table><!--
            """
        var articles = [Article(id: "e/hostile", outlet: "Hostile <b>Herald</b>\" onmouseover=\"alert(1)", text: hostile, headlineFirst: true)]
        articles[0].url = "javascript:alert(1)"
        articles[0].authors = ["<script>x</script>"]
        articles.append(Article(id: "e/calm", outlet: "Calm Courier", text: "Troops stay\n\nPresident Joe Biden said the combat mission would end, with 2,500 troops staying.", headlineFirst: true))
        articles.append(Article(id: "e/third", outlet: "Third", text: "Mission ends\n\nThe combat mission ends; 2,500 troops stay, Biden said.", headlineFirst: true))
        return try builder().build(event: ReportEvent(slug: "e", title: "A <script>alert('t')</script> event"), articles: articles)
    }

    @Test func theSeedEventSideBySide() throws {
        let report = try Self.seedReport()
        #expect(report.outlets.map(\.outlet) == ["Graphic News", "Antiwar.com", "American Military News", "Official Medium Page", "teleSUR English"])
        #expect(report.timeline.first?.date == "2021-07-26" && report.timeline.last?.date == nil, "dated first, in order; undated last")

        let antiwar = try #require(report.outlets.first { $0.outlet == "Antiwar.com" }?.headlines.first)
        #expect(antiwar.frames.first { $0.lexicon == "iraq-2021" }?.category == "mission_continuing")
        #expect(antiwar.scareQuotes.map(\.text) == ["Combat Mission"])
        #expect(antiwar.ownVoiceTerms.contains { $0.text == "Occupation" && $0.category == "loaded" })
        let amn = try #require(report.outlets.first { $0.outlet == "American Military News" }?.headlines.first)
        #expect(amn.frames.first { $0.lexicon == "iraq-2021" }?.category == "mission_ending")

        // Frame charts: every outlet, every used category, three voices.
        let chart = try #require(report.frames.first { $0.lexicon == "iraq-2021" })
        #expect(chart.outlets.count == 5)
        #expect(chart.outlets.allSatisfy { $0.values.count == chart.categories.count * 3 })
        let ending = try #require(chart.outlets[1].values.first { $0.category == "mission_ending" && $0.voice == "headline_and_lead" })
        #expect(ending.count > 0 && ending.ratePer1000 == (Double(ending.count) / Double(ending.words) * 10000).rounded() / 10)

        // Own voice: Antiwar.com's "occupation", twice, and no quoted words.
        let own = try #require(report.ownVoice.first { $0.outlet == "Antiwar.com" })
        #expect(own.categories.first { $0.category == "loaded" }?.terms.first { $0.term == "occupation" }?.count == 2)

        // Quotes: Biden's combat-mission sentence, cut three ways.
        #expect(report.quotes.clusters.contains { $0.actor == "Joe Biden" && $0.outlets.count == 3 })

        // Omissions: the 2,500 troops most outlets report, teleSUR English leaves out.
        let troops = try #require(report.omissions.first { $0.key == "number:2500" })
        #expect(troops.missingFrom == ["teleSUR English"])
        #expect(troops.reportedBy.count == 4)
        #expect(report.omissions.allSatisfy { $0.reportedBy.count * 2 > report.outlets.count && !$0.missingFrom.isEmpty })
    }

    @Test func everyNumberIsTraceableToTheText() throws {
        let report = try Self.seedReport()
        let texts = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.id, ScalarText($0.text)) })
        func check(_ article: String, _ start: Int, _ end: Int, _ text: String) {
            #expect(texts[article]?[TextSpan(start, end)] == text, "\(article) \(start)–\(end)")
        }
        for a in report.articles {
            for m in a.matches { check(a.id, m.start, m.end, m.text) }
            for q in a.quotes { check(a.id, q.start, q.end, q.text) }
            // Counts add up to the matches they summarise.
            for c in a.counts where c.voice == .all {
                #expect(c.count == a.matches.filter { $0.lexicon == c.lexicon && $0.category == c.category }.count)
            }
        }
        for o in report.omissions { for e in o.evidence { check(e.article, e.start, e.end, e.text) } }
        for card in report.ownVoice { for c in card.categories { for t in c.terms { for e in t.evidence { check(e.article, e.start, e.end, e.text) } } } }
        for cluster in report.quotes.clusters { for m in cluster.members { check(m.article, m.start, m.end, m.text) } }
    }

    @Test func everyLinkInThePageLeadsSomewhere() throws {
        let html = ReportHTML.render(try Self.seedReport())
        func values(_ attribute: String) -> [String] {
            html.components(separatedBy: attribute + "=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        let ids = Set(values("id"))
        let targets = values("href").filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(targets.count > 100, "numbers, terms, quotes and omissions link to their evidence")
        let dead = Set(targets).subtracting(ids)
        #expect(dead.isEmpty, "links to nothing: \(dead.sorted().prefix(10))")
        // The quote matrix links each cell to a quote.
        #expect(html.contains("<td class=\"num has\"><a href=\"#t"))
    }

    @Test func htmlIsSelfContainedAndInert() throws {
        let html = ReportHTML.render(try Self.hostileReport())
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(html.components(separatedBy: "<script").count == 1, "no script element at all")
        #expect(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror="), "markup in the text is shown as text")
        #expect(!html.contains("<img") && !html.contains("<!--") && !html.contains("</td></table>"))
        #expect(!html.contains("href=\"javascript"), "a javascript: URL is shown as text, never linked")
        #expect(!html.contains(" onmouseover=\""), "attribute values are escaped too")
        for remote in ["src=\"http", "href=\"//", "@import", "url(http"] { #expect(!html.contains(remote), "\(remote)") }
        #expect(html.components(separatedBy: "<style>").count == 2, "one inline stylesheet")
    }

    @Test func sameInputsSameBytes() throws {
        let a = try Self.seedReport(), b = try Self.seedReport()
        #expect(try JSONOutput.encode(a) == JSONOutput.encode(b))
        #expect(ReportHTML.render(a) == ReportHTML.render(b))
        #expect(ReportMarkdown.render(a) == ReportMarkdown.render(b))
    }

    @Test func csvIsTidyLongForm() throws {
        let report = try Self.seedReport()
        let lines = ReportCSV.render(report).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "event,outlet,article,category,voice,voice_kind,count,rate_per_1000")
        #expect(lines.count - 1 == report.articles.reduce(0) { $0 + $1.counts.count })
        let row = try #require(lines.first { $0.contains("Antiwar.com") && $0.contains("news-generic/loaded,own,") })
        #expect(row == "iraq-2021-combat-mission,Antiwar.com,iraq-2021-combat-mission/antiwar-com,news-generic/loaded,own,total,2,7.72")
        // The five voices are disjoint: their rows add up to the `all` total of the same article and category.
        var sums: [String: Int] = [:], totals: [String: Int] = [:]
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let key = cells[2] + " " + cells[3]
            if cells[5] == "voice" { sums[key, default: 0] += Int(cells[6])! }
            if cells[4] == "all" { totals[key] = Int(cells[6])! }
        }
        #expect(!totals.isEmpty && sums == totals)
        #expect(CSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"", "formulas are neutralised and quoted")
        #expect(CSV.field("-1.5") == "-1.5")
    }

    @Test func theReportAndTheRecordsOfAnEventGiveTheSameNumbers() throws {
        let report = try Self.seedReport()
        let (lexicons, actors) = try Self.library.load(["news-generic", "policy-frames", "iraq-2021", "actors"])
        let corpus = Corpus(root: repositoryRoot.appendingPathComponent("seeds"))
        let (manifest, stored) = try corpus.articles("iraq-2021-combat-mission")
        let records = RecordMaker(lexicons: lexicons, actors: actors, places: try Self.library.places())
            .records(ofEvent: manifest.slug, articles: stored.map { $0.article(event: manifest.slug) })
        #expect(records.count == report.articles.count)
        for (record, article) in zip(records, report.articles) {
            #expect(record.id == article.id)
            for voice in Voice.allCases { #expect(record.words[voice.rawValue] ?? 0 == article.words[voice.rawValue] ?? 0, "\(article.id) \(voice)") }
            var counts: [String: Int] = [:]
            for c in article.counts where !c.voice.isTotal && c.count > 0 { counts[c.lexicon + "/" + c.category + " " + c.voice.rawValue] = c.count }
            var recorded: [String: Int] = [:]
            for (measure, byVoice) in record.counts { for (voice, n) in byVoice { recorded[measure + " " + voice] = n } }
            #expect(recorded == counts, "\(article.id)")
            var speakers: [String: Int] = [:]
            for q in article.quotes where q.kind != .scare { if let name = q.actor ?? q.speaker { speakers[name, default: 0] += 1 } }
            #expect(Dictionary(uniqueKeysWithValues: record.speakers.map { ($0.name, $0.quotes) }) == speakers, "\(article.id)")
            let omissions = record.omissions.map { o in (o.leftOut, o.inPart) }
            let left = report.omissions.filter { $0.missingFrom.contains(article.outlet) }.count
            let part = report.omissions.filter { $0.reportedInPartBy.contains(article.outlet) }.count
            #expect(omissions.map { $0 == (left, part) } ?? false, "\(article.outlet): the report's section 6")
            // The facts the report says an outlet reports are in its record, under the same keys.
            let facts = try #require(record.facts)
            for o in report.omissions where o.kind != .statement && o.kind != .quote && o.reportedBy.contains(article.outlet) {
                #expect(facts[o.key] != nil, "\(article.outlet): \(o.key)")
            }
        }
    }

    @Test func omissionsCSVHasOneRowPerOmissionAndOutlet() throws {
        let report = try Self.seedReport()
        let csv = OmissionsCSV.render(report)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first.map { $0 + "\n" } == OmissionsCSV.header)
        let expected = report.omissions.reduce(0) { $0 + $1.reportedBy.count + $1.reportedInPartBy.count + $1.missingFrom.count }
        #expect(!report.omissions.isEmpty && lines.count - 1 == expected)
        // The 2,500 troops: teleSUR leaves them out; an outlet that reports them carries its span, offsets in scalars.
        let troops = lines.filter { $0.contains(",number:2500,") }
        #expect(troops.contains { $0.hasSuffix(",teleSUR English,leaves_out,4,0,1,,,,") })
        let amn = try #require(troops.first { $0.contains(",American Military News,reports,") })
        let article = try #require(report.articles.first { $0.outlet == "American Military News" })
        let omission = try #require(report.omissions.first { $0.key == "number:2500" })
        let evidence = try #require(omission.evidence.first { $0.outlet == article.outlet })
        #expect(amn.hasSuffix(",\(article.id),\(evidence.start),\(evidence.end),\"2,500 troops\""), "a cell with a comma is quoted")
        let scalars = Array(article.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == "2,500 troops")
    }

    /// Whether Markdown holds a `<` that is not backslash-escaped (raw HTML a renderer would pass through).
    static func hasRawMarkup(_ md: String) -> Bool {
        var previous: Character = " "
        for c in md {
            if c == "<" && previous != "\\" { return true }
            previous = c
        }
        return false
    }

    @Test func markdownEscapesArticleText() throws {
        let md = ReportMarkdown.render(try Self.hostileReport())
        #expect(!Self.hasRawMarkup(md), "every < of the articles is escaped")
        #expect(md.contains("\\<script\\>"))
        #expect(!md.contains("&lt;") && !md.contains("&amp;"), "no HTML entities in Markdown")
        for section in ["## 1. Outlets", "## 2. Headlines", "## 3. Frame profile", "## 4. In the outlet", "## 5. Who gets quoted",
                        "## 6. What each outlet leaves out", "## 7. Distinctive words", "## 8. The articles", "## 9. How to read"] {
            #expect(md.contains(section), "\(section)")
        }
    }

    @Test func timelinesCrossYears() throws {
        let ticks = ReportHTML.monthTicks(ReportHTML.day("2021-11-20")!, ReportHTML.day("2022-02-10")!)
        #expect(ticks.map(\.1) == ["Dec 2021", "Jan 2022", "Feb 2022"])
        var articles = [Article(id: "e/a", outlet: "A", text: "One\n\nThe mission ends.", headlineFirst: true),
                        Article(id: "e/b", outlet: "B", text: "Two\n\nThe mission ends now.", headlineFirst: true)]
        articles[0].date = "2021-12-28"
        articles[1].date = "2022-01-03"
        let report = try Self.builder().build(event: ReportEvent(slug: "e", title: "E", start: "2021-12-01", end: "2022-03-01"), articles: articles)
        #expect(ReportHTML.render(report).contains("Jan 2022"))
    }

    @Test func markdownMakesNoLinksOfItsOwn() {
        #expect(Markdown.escape("see https://example.com or www.example.com, mail a@b.org")
                == "see https\\://example.com or www\\.example.com, mail a\\@b.org")
        #expect(Markdown.escape("Fox & Friends, <script>, &amp; and &#64;") == "Fox & Friends, \\<script\\>, \\&amp; and \\&\\#64;",
                "no HTML entities: an ampersand is escaped only where it would start one")
        #expect(Markdown.escape("a\u{9B}b\u{7F}c") == "abc")
        #expect(CSV.field("\tcmd") == "'\tcmd")
    }

    @Test func highlightsOverlapWithoutNesting() {
        let html = Highlighter.render(text: "the combat mission ends", blocks: [(TextSpan(0, 23), "p")],
                                      highlights: [Highlight(start: 4, end: 18, classes: ["frame0"], label: "frame"),
                                                   Highlight(start: 11, end: 23, classes: ["q"], label: "quote")],
                                      anchors: [4: "t0-4"])
        #expect(html.markup == "<p>the <span class=\"anchor\" id=\"t0-4\"></span><span class=\"frame0\" title=\"frame\">combat </span>"
                + "<span class=\"frame0 q\" title=\"frame\nquote\">mission</span><span class=\"q\" title=\"quote\"> ends</span></p>\n")
    }
}
