import Testing
@testable import Extraction

/// Pages that are not articles (a list of other stories, a product, a forum thread) are extracted as well as they can
/// be, and say so; articles, list articles included, do not.
@Suite("Pages that do not look like articles")
struct PageShapeTests {
    static func extract(_ body: String, head: String = "") throws -> ExtractedArticle {
        let page = "<!doctype html><html><head><title>Harbour news</title>\(head)</head><body>\(body)</body></html>"
        return try Extractor.extract(Array(page.utf8), options: ExtractionOptions(inputFormat: .html))
    }

    static func card(_ n: Int) -> String {
        """
        <article class="card"><h3><a href="/news/\(n)">Harbour story number \(n) on the quay works</a></h3>\
        <div class="byline">By Staff</div><div class="date">March \(n), 2025</div>\
        <p>The harbour board met again on the quay works, story \(n) in a series the town has followed for a year, and the cost of...</p>\
        </article>
        """
    }

    @Test func aSectionPageOfTeasersIsAListing() throws {
        let article = try Self.extract("<main><h1>Harbour news</h1><div class=\"grid\">\((1...8).map(Self.card).joined())</div></main>")
        let page = try #require(article.provenance.page)
        #expect(page.kind == .listing)
        #expect(page.evidence.contains("excerpts under links"), "\(page.evidence)")
        #expect(article.provenance.note?.contains("does not look like an article") == true)
    }

    @Test func aListArticleWithItsOwnProseIsAnArticle() throws {
        let intro = (0..<3).map {
            "<p>The town's trails were rebuilt over the winter, part \($0) of a plan that cost the council more than it had hoped, and the riders noticed.</p>"
        }.joined()
        let items = (1...8).map {
            """
            <h2><a href="https://trails.example/\($0)">\($0). The river trail number \($0)</a></h2>\
            <p>Trail \($0) runs along the river for a few miles, flat and shaded, with a café at the far end that opens early on Sundays.</p>\
            <p>Riders say the surface holds up after rain, and the council plans lights for trail \($0) next year, if the budget allows it.</p>
            """
        }.joined()
        let article = try Self.extract("<article><h1>The best trails in town</h1>\(intro)\(items)</article>")
        #expect(article.provenance.page == nil, "\(String(describing: article.provenance.page))")
    }

    @Test func whatThePageDeclaresItselfCounts() throws {
        let body = "<div class=\"product\"><h1>Harbour kettle</h1><p>A kettle in the shape of the harbour lighthouse, made by hand in the town, holds a litre and a half of water.</p><p>Price: $49.99</p></div>"
        let product = try Self.extract(body, head: "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Harbour kettle\"}</script>")
        #expect(product.provenance.page?.kind == .product)
        let og = try Self.extract(body, head: "<meta property=\"og:type\" content=\"product\">")
        #expect(og.provenance.page?.kind == .product)
        let forum = try Self.extract(body, head: "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Quay works?\"}</script>")
        #expect(forum.provenance.page?.kind == .forum)
        // An article that also lists things (an ItemList beside its NewsArticle) is an article.
        let news = try Self.extract(body, head: """
            <script type="application/ld+json">[{"@type":"NewsArticle","headline":"Kettles"},{"@type":"ItemList","itemListElement":[]}]</script>
            """)
        #expect(news.provenance.page == nil)
        #expect(try Self.extract(body).provenance.page == nil)
    }
}
