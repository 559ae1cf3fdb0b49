import Testing
@testable import Extraction

/// One hand-written page per metadata rule that sites slant was never written for needed (scripts/evaluate_metadata.py
/// measures them on real pages): the headline the page shows, dates from the byline, the URL and multi-valued
/// microdata, and author names cut from what bylines write after them.
@Suite("Metadata on sites never seen")
struct MetadataRulesTests {
    static let body = """
        <article><p>The county opened its new flood barrier on Tuesday, three years after the river broke its banks and \
        filled the lower town.</p><p>Engineers said the barrier, a line of steel gates along the quay, can hold back water \
        a metre higher than the 2021 flood.</p><p>Residents who lost homes in that flood watched the first test from the \
        bridge, some of them in silence, some applauding.</p></article>
        """

    static func extract(head: String, body: String = body) throws -> ArticleMetadata {
        let page = "<!doctype html><html><head>\(head)</head><body>\(body)</body></html>"
        return try Extractor.extract(Array(page.utf8), options: ExtractionOptions(inputFormat: .html)).metadata
    }

    @Test func theShownHeadlineOverTheDeclaredOneWhenTheyAgree() throws {
        // og:title written for sharing; the page's <h1> says the same thing in its own words.
        let m = try Self.extract(head: #"<meta property="og:title" content="Flood barrier opens: river town finally safe?">"#,
                                 body: "<h1>Flood barrier opens in the lower town</h1>" + Self.body)
        #expect(m.title == "Flood barrier opens in the lower town")
        #expect(m.sources["title"] == .heading)
    }

    @Test func aSiteNameInTheHeadingDoesNotReplaceTheTitle() throws {
        let m = try Self.extract(head: #"<meta property="og:title" content="Flood barrier opens in the lower town">"#,
                                 body: "<header><h1>Riverside Gazette</h1></header><h1>Open Menu</h1>" + Self.body)
        #expect(m.title == "Flood barrier opens in the lower town")
        #expect(m.sources["title"] == .openGraph)
    }

    @Test func theFirstAgreeingHeadingIsTaken() throws {
        let m = try Self.extract(head: #"<meta property="og:title" content="How the flood barrier works | Riverside">"#,
                                 body: "<h1>Riverside Systems</h1><h1>How the new flood barrier works</h1>" + Self.body)
        #expect(m.title == "How the new flood barrier works")
    }

    @Test func microdataNamingSeveralPropertiesGivesTheDate() throws {
        let m = try Self.extract(head: #"<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-18T17:56:27.000Z">"#)
        #expect(m.date?.hasPrefix("2019-11-18") == true)
        #expect(m.sources["date"] == .meta)
    }

    @Test func theBylineGivesTheAuthorAndTheDate() throws {
        let m = try Self.extract(head: "<title>Flood barrier opens</title>", body: """
            <div class="byline">By <a href="/staff/jane-doe">Jane Doe</a> on Monday, November 18th, 2019 at 11:04 a.m.</div>
            """ + Self.body)
        #expect(m.authors == ["Jane Doe"])
        #expect(m.date == "2019-11-18")
        #expect(m.sources["date"] == .byline)
    }

    @Test func theURLGivesTheDateLast() throws {
        let m = try Self.extract(head: #"<link rel="canonical" href="https://example.org/news/2019/nov/18/flood-barrier-opens/">"#)
        #expect(m.date == "2019-11-18")
        #expect(m.sources["date"] == .url)
        #expect(MetadataExtractor.urlDate("https://example.org/2021/07/26/story.html") == "2021-07-26")
        #expect(MetadataExtractor.urlDate("https://example.org/story-2021-07-26.html") == "2021-07-26")
        #expect(MetadataExtractor.urlDate("https://example.org/2021/13/26/story.html") == nil)
        #expect(MetadataExtractor.urlDate("https://example.org/item/2021/7/story") == nil)
    }

    @Test("author names cut from what bylines write after them", arguments: [
        ("Jane Doe | The Texas Newsroom", ["Jane Doe"]),
        ("David Jackson - FullStack Editorial Team", ["David Jackson"]),
        ("Reyan Perumal Published on July 18, 2025", ["Reyan Perumal"]),
        ("Jordana Cepelewicz December 18, 2025", ["Jordana Cepelewicz"]),
        ("Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", ["Louis Jacobson"]),
        ("Gene Petrino, Home Security Expert Last Updated on Feb 27, 2026", ["Gene Petrino", "Home Security Expert"]),
        ("Marketing Team 31 May, 2023", ["Marketing Team"]),
        ("262588213843476", []),
        ("Jean-Luc Martin and Theresa May", ["Jean-Luc Martin", "Theresa May"]),
    ])
    func authorNames(_ raw: String, _ names: [String]) {
        #expect(MetadataExtractor.splitAuthors(raw) == names)
    }
}
