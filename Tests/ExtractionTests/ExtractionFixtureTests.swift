import Foundation
import Testing
import Text
@testable import Extraction

@Suite("Extraction of fixture pages")
struct ExtractionFixtureTests {
    static let pages: [PageExpectation] = [
        PageExpectation(
            file: "news-jsonld.html",
            title: "Council approves harbor bridge after late-night vote",
            mustContain: [
                "The city council voted 7-2 late Thursday",
                "“the most important link we can build this decade,”",
                "Opponents, led by council member Dana Whitfield",
                "“We are choosing a ribbon-cutting over the boats people already depend on,” Whitfield said",
                "What happens next",
                "an environmental review of the harbor floor,",
                "a final design vote by the planning commission.",
                "The council will hold a public hearing on the design in May",
            ],
            mustNotContain: [
                "City Desk", "Opinion Pages", "We use cookies", "By Jane Okafor", "Share on Facebook", "Email this story",
                "Advertisement", "Read more:", "Council delays vote on ferry budget", "The proposed bridge would span",
                "morning briefing", "Sign up for our newsletter", "Related stories", "Ferry terminal closes again",
                "This bridge is a waste of money", "Finally! I have been waiting", "Jane Okafor covers city hall",
                "All rights reserved", "Privacy policy", "Bridges", "window.dataLayer", "min-height",
            ],
            captions: ["The proposed bridge would span the inner harbor. (Photo: City of Harbor)"],
            authors: ["Jane Okafor", "Luis Ortega"], date: "2024-03-14T22:10:00-05:00", siteName: "The Harbor Tribune"),
        PageExpectation(
            file: "wordpress-blog.html",
            title: "Why the river walk floods every spring",
            mustContain: [
                "Every April the lower river walk disappears under brown water",
                "The answer, it turns out, is in a drainage survey",
                "laid in 1958 at a slope that was already too shallow",
                "Replacing the drains would cost an estimated £2.1 million.",
                "whether anyone wants to pay for the answer.",
            ],
            mustNotContain: [
                "Skip to content", "About this blog", "Posted on", "Share this", "Twitter", "The great bin collection mystery",
                "Posted in", "Tagged", "Previous post", "thoughts on", "Thank you for doing this",
                "The housing development upstream was approved despite", "Recent Posts", "Parking permits",
                "Proudly powered", "The river walk on 3 April last year",
            ],
            captions: ["The river walk on 3 April last year, looking north."],
            authors: ["Priya Raman"], date: "2023-04-02T09:30:00+00:00", siteName: "Riverside Notes"),
        PageExpectation(
            file: "microdata-embeds.html",
            title: "Marathon results: Okoye wins in record time",
            mustContain: [
                "Grace Okoye won the Valley Marathon on Sunday",
                "pulled away from the leading group at the 30-kilometre mark",
                "What a run from Grace Okoye today, a new course record",
                "1 Grace Okoye 2:21:04",
                "3 Maite Arrieta 2:24:10",
                "Organisers said 4,200 runners started the race",
                "The prize ceremony was held in the town square",
            ],
            mustNotContain: [
                "Subscribe today", "Log in", "This hidden paragraph", "End of story", "More from Sports",
                "Cup draw pairs old rivals", "Most read", "Road closures", "document.write", "injected", "alert(",
            ],
            authors: ["Tomás Reyes"], date: "2023-10-08"),
        PageExpectation(
            file: "script-rendered.html",
            title: "Stadtrat beschließt neues Radwegenetz",
            mustContain: [
                "Der Stadtrat hat am Donnerstag ein Netz von zwölf neuen Radwegen beschlossen",
                "Kritik kam vom Einzelhandel",
            ],
            mustNotContain: ["Loading"],
            authors: ["Anna Berger"], date: "2022-05-19", siteName: "Kurier am Fluss"),
    ]

    @Test("body keeps the article and drops the boilerplate", arguments: pages)
    func bodySnippets(_ page: PageExpectation) throws {
        let article = try extractFixture(page.file)
        let body = article.bodyText
        for snippet in page.mustContain {
            #expect(body.contains(snippet), "missing from \(page.file): \(snippet)")
        }
        for snippet in page.mustNotContain {
            #expect(!body.contains(snippet), "boilerplate kept in \(page.file): \(snippet)")
        }
        #expect(article.metadata.title == page.title)
        #expect(!body.contains(page.title), "the headline is metadata, not repeated in the body")
        #expect(article.text.hasPrefix(page.title + "\n\n"))
    }

    @Test("captions are kept apart, never in the body", arguments: pages.filter { !$0.captions.isEmpty })
    func captions(_ page: PageExpectation) throws {
        let article = try extractFixture(page.file)
        #expect(article.captions.map(\.text) == page.captions)
        #expect(article.captions.allSatisfy { $0.kind == .caption })
        for caption in page.captions { #expect(!article.bodyText.contains(caption)) }
    }

    @Test("metadata comes from structured data, with its source", arguments: pages)
    func metadata(_ page: PageExpectation) throws {
        let meta = try extractFixture(page.file).metadata
        #expect(meta.authors == page.authors)
        #expect(meta.date == page.date)
        if let site = page.siteName { #expect(meta.siteName == site) }
        #expect(meta.sources["title"] != nil)
    }

    @Test func jsonLDIsPreferredAndRecorded() throws {
        let meta = try extractFixture("news-jsonld.html").metadata
        #expect(meta.sources["title"] == .jsonLD)
        #expect(meta.sources["authors"] == .jsonLD)
        #expect(meta.sources["date"] == .jsonLD)
        #expect(meta.sources["site_name"] == .openGraph)
        #expect(meta.sources["url"] == .link)
        #expect(meta.url == "https://harbortribune.example/city/2024/03/14/council-approves-harbor-bridge")
        #expect(meta.language == "en-US")
        #expect(meta.description == "The city council voted 7-2 to fund the inner harbor bridge, ending a three-year dispute.")
    }

    @Test func characterReferencesInStructuredDataAreDecoded() throws {
        let html = """
            <html><head><title>x</title><script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Top Local &amp; Long-Distance Movers&#8230; and finally&amp;#8230; more",
            "author": {"@type": "Person", "name": "Ann O&#8217;Neil"}}</script>
            <meta name="description" content="Finally&amp;#8230; news"></head>
            <body><article><p>The movers arrived early in the morning and carried the furniture down four flights of stairs to the van.</p>
            <p>By noon the flat was empty, and the new tenants were waiting outside with their own boxes, as the landlord had planned.</p>
            </article></body></html>
            """
        let article = try Extractor.extract(Array(html.utf8), options: ExtractionOptions(inputFormat: .html))
        #expect(article.metadata.title == "Top Local & Long-Distance Movers\u{2026} and finally\u{2026} more")
        #expect(article.metadata.authors == ["Ann O\u{2019}Neil"])
        #expect(article.metadata.description == "Finally\u{2026} news", "a meta value escaped twice")
        #expect(JSONLDArticle.decodeReferences("AT&T; 5 &lt; 6 &bogus; &#0;") == "AT&T; 5 < 6 &bogus; &#0;")
    }

    @Test func blockKindsFollowTheMarkup() throws {
        let blocks = try extractFixture("news-jsonld.html").blocks
        #expect(blocks.first { $0.text == "What happens next" }?.kind == .heading)
        #expect(blocks.first { $0.text == "What happens next" }?.level == 2)
        #expect(blocks.first { $0.text.hasPrefix("“We are choosing") }?.kind == .quote)
        #expect(blocks.filter { $0.kind == .listItem }.count == 3)
    }

    @Test func microdataAndFallbackSources() throws {
        let meta = try extractFixture("microdata-embeds.html").metadata
        #expect(meta.sources["authors"] == .microdata)
        #expect(meta.sources["date"] == .microdata)
        #expect(meta.sources["title"] == .meta)
        let rendered = try extractFixture("script-rendered.html")
        #expect(rendered.metadata.language == "de")
        #expect(rendered.blocks.count == 3, "JSON-LD articleBody stands in for a body rendered by scripts")
    }

    @Test("golden JSON", arguments: ["news-jsonld", "wordpress-blog"])
    func golden(_ name: String) throws {
        let json = try JSONOutput.encode(ExtractionJSON(try extractFixture(name + ".html")))
        let goldenURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/\(name).json")
        if ProcessInfo.processInfo.environment["SLANT_RECORD_GOLDEN"] == "1" {
            try json.write(to: goldenURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(json == expected, "re-record on purpose with SLANT_RECORD_GOLDEN=1 swift test")
    }

    @Test("the streamed JSON is byte for byte the encoder's", arguments: ["news-jsonld", "wordpress-blog", "microdata-embeds"])
    func streamedJSON(_ name: String) throws {
        var article = try extractFixture(name + ".html")
        var streamed = ""
        try ExtractionJSON.write(article) { streamed += $0 }
        #expect(streamed == (try JSONOutput.encode(ExtractionJSON(article))))
        article.blocks.append(Block(kind: .heading, text: "a\"b\\c/d\u{0}\u{1}\u{8}\t\n\u{c}\r\u{1f}\u{7f}\u{2028}é😀", level: 3))
        article.captions = []
        article.metadata.title = nil
        streamed = ""
        try ExtractionJSON.write(article) { streamed += $0 }
        #expect(streamed == (try JSONOutput.encode(ExtractionJSON(article))))
        article.blocks = []
        streamed = ""
        try ExtractionJSON.write(article) { streamed += $0 }
        #expect(streamed == (try JSONOutput.encode(ExtractionJSON(article))))
    }

    @Test func sameInputSameBytes() throws {
        let first = try JSONOutput.encode(ExtractionJSON(try extractFixture("news-jsonld.html")))
        for _ in 0..<3 {
            #expect(try JSONOutput.encode(ExtractionJSON(try extractFixture("news-jsonld.html"))) == first)
        }
    }

    @Test func concurrentExtractionsAgree() async throws {
        let bytes = try fixtureBytes("news-jsonld.html")
        let expected = try Extractor.extract(bytes)
        let results = await withTaskGroup(of: ExtractedArticle?.self) { group in
            for _ in 0..<64 { group.addTask { try? Extractor.extract(bytes) } }
            var all: [ExtractedArticle?] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }
}
