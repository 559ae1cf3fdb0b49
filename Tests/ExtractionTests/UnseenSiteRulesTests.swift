import Testing
@testable import Extraction

/// One hand-written page per extraction rule that unseen sites needed, in the shape of the real pages that needed it:
/// the page must yield its article and not the boilerplate around it.
@Suite("Extraction rules for sites never seen")
struct UnseenSiteRulesTests {
    static let paragraphs = [
        "The county opened its new flood barrier on Tuesday, three years after the river broke its banks and filled the lower town.",
        "Engineers said the barrier, a line of steel gates along the quay, can hold back water a metre higher than the 2021 flood.",
        "Residents who lost homes in that flood watched the first test from the bridge, some of them in silence, some applauding.",
        "The project cost 41 million pounds, most of it from the national flood fund, and ran eight months late because of supply delays.",
        "The council says it will publish the results of the first winter of operation, including every closure, next autumn.",
    ]

    static func page(_ body: String, title: String = "Flood barrier opens in the lower town") -> [UInt8] {
        Array("<!doctype html><html><head><title>\(title)</title></head><body>\(body)</body></html>".utf8)
    }

    static func extract(_ body: String) throws -> ExtractedArticle {
        try Extractor.extract(page(body), options: ExtractionOptions(inputFormat: .html))
    }

    static func prose(_ range: Range<Int> = 0..<5) -> String {
        paragraphs[range].map { "<p>\($0)</p>" }.joined()
    }

    static let sidebarLinks = """
        <div class="sidebar"><h3>Popular</h3><ul><li><a href="/a">Council tax rises again</a></li>\
        <li><a href="/b">Bus routes cut in the north</a></li><li><a href="/c">New library opens</a></li></ul></div>
        """

    private func expectArticle(_ article: ExtractedArticle, _ range: Range<Int> = 0..<5, without: [String] = [],
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let text = article.bodyText
        for p in Self.paragraphs[range] {
            #expect(text.contains(p), "missing: \(p.prefix(40))", sourceLocation: sourceLocation)
        }
        for junk in without {
            #expect(!text.contains(junk), "kept: \(junk)", sourceLocation: sourceLocation)
        }
    }

    @Test func aListTheTextIntroducesIsKeptLinksAndAll() throws {
        let body = """
            <article><h1>Flood barrier opens in the lower town</h1>\(Self.prose(0..<3))            <p>The council published the reports the project rests on:</p>            <ul><li><a href="/r1">Flood risk assessment for the lower town, 2022</a></li>            <li><a href="/r2">Steel gate design review by the national agency</a></li></ul>            \(Self.prose(3..<5))            <p>Share:</p><ul><li><a href="/s1">Facebook</a></li><li><a href="/s2">Twitter</a></li></ul></article>\(Self.sidebarLinks)
            """
        let article = try Self.extract(body)
        expectArticle(article, without: ["Facebook", "Council tax rises again"])
        #expect(article.bodyText.contains("Flood risk assessment for the lower town, 2022"))
        #expect(article.bodyText.contains("Steel gate design review by the national agency"))
    }

    @Test func pageBuilderWidgetsHoldingProseAreContent() throws {
        // Page builders wrap every text block in "…-widget-container": layout words, not boilerplate.
        let widgets = Self.paragraphs.map {
            """
            <div class="elementor-element elementor-widget elementor-widget-text-editor">\
            <div class="elementor-widget-container"><p>\($0)</p></div></div>
            """
        }.joined()
        let article = try Self.extract("""
            <div class="elementor elementor-location-single"><section class="elementor-section">\
            <div class="elementor-widget-wrap">\(widgets)</div></section></div>\(Self.sidebarLinks)
            """)
        expectArticle(article, without: ["Council tax rises again", "Bus routes"])
        #expect(article.provenance.extraction == nil)
    }

    @Test func stateAndTaxonomyClassTokensSayNothingAboutTheElement() throws {
        // WordPress puts the post's state and subjects on the article: "has-comments", "category-tax-credits".
        let article = try Self.extract("""
            <article class="post type-post has-comments has-post-thumbnail category-tax-credits tag-caption-contest">\
            <h1>Flood barrier opens in the lower town</h1>\(Self.prose())\
            <div class="comments"><p>What a waste of money this whole thing has been from start to finish, frankly.</p></div>\
            </article>
            """)
        expectArticle(article, without: ["waste of money"])
        #expect(article.captions.isEmpty)
    }

    @Test func hiddenContainerHoldingThePageIsShownButSmallHiddenOnesStayHidden() throws {
        // Streamed server rendering parks the article in a hidden element that a script moves into place.
        let article = try Self.extract("""
            <main><div class="skeleton">Loading…</div></main>\
            <div hidden id="S:0"><article>\(Self.prose())\
            <div aria-hidden="true"><p>Screen readers skip this decorative paragraph about nothing in particular at all.</p></div>\
            </article></div>
            """)
        expectArticle(article, without: ["decorative paragraph"])
    }

    @Test func articleStreamedInSeveralHiddenChunksIsShown() throws {
        let article = try Self.extract("""
            <main><h1>Flood barrier opens in the lower town</h1><div class="skeleton">Loading…</div></main>\
            <nav hidden><a href="/a">Council tax rises again this year</a> <a href="/b">Bus routes cut in the north</a></nav>\
            <div hidden id="S:0"><div class="prose">\(Self.prose(0..<3))</div></div>\
            <div hidden id="S:1"><div class="prose">\(Self.prose(3..<5))</div></div>
            """)
        expectArticle(article, without: ["Council tax rises", "Loading"])
    }

    @Test func hiddenCopyOfTheVisibleArticleStaysHidden() throws {
        // Microdata duplicates: the same article again, hidden, once as it is and once as one long run of text.
        let copy = "<div style=\"display:none\" itemscope itemtype=\"http://schema.org/NewsArticle\">"
        let article = try Self.extract("""
            <article class="story">\(Self.prose())</article>\
            \(copy)<p>\(Self.paragraphs.joined(separator: " "))</p></div>\(copy)\(Self.prose())</div>
            """)
        expectArticle(article)
        #expect(article.blocks.count == 5, "each paragraph once: \(article.blocks.map { $0.text.prefix(30) })")
    }

    @Test func buttonThatSwallowedThePageIsNotDropped() throws {
        // <button><div><div></button>: libxml2 ignores the stray end tag, so the button stays open around the page.
        let article = try Self.extract("""
            <header class="site-header"><div class="menu-top"><button class="menu-button"><div><div>Menu</button>\
            <nav><a href="/">Home</a> <a href="/news">News</a></nav></div></header>\
            <main><article><h1>Flood barrier opens in the lower town</h1>\(Self.prose())\
            <button class="share">Share this story on every network</button></article></main>
            """)
        expectArticle(article, without: ["Share this story", "Menu"])
    }

    @Test func menuAndHeaderThatSwallowedTheArticleAreNotDropped() throws {
        // An unclosed list item in a header menu: the header, the nav and the menu item all end up around <main>.
        let article = try Self.extract("""
            <header role="banner"><nav class="main-nav"><ul class="menu"><li class="menu-item"><a href="/x">Explore</a>\
            <div class="dropdown"><main id="content"><article class="entry">\(Self.prose())</article></main>
            """)
        expectArticle(article, without: ["Explore"])
    }

    @Test func sectionedArticleKeepsEverySectionButNotTeasers() throws {
        // Each section in its own wrappers, several levels below the element that holds them all.
        let sections = (0..<5).map {
            """
            <div class="row"><div class="col"><div><div class="stack"><div id="section-\($0)" class="toc-target">\
            \($0 == 0 ? "" : "<h2>Part \($0 + 1)</h2>")<div class="css-x1"><p>\(Self.paragraphs[$0])</p>\
            <p>Section \($0 + 1) goes on with the detail a reader of this part would want, in a second paragraph of its own.</p>\
            </div></div></div></div></div></div>
            """
        }.joined()
        let teasers = (0..<4).map {
            """
            <article class="card"><h3><a href="/story/\($0)">Other story number \($0) about the weather</a></h3>\
            <p>An excerpt of another story that the site wants you to read next, number \($0), with enough words to pass.</p></article>
            """
        }.joined()
        let article = try Self.extract("""
            <div class="page"><div class="content-area">\(sections)</div>\
            <div class="more-grid">\(teasers)</div></div>
            """)
        expectArticle(article, without: ["An excerpt of another story", "Other story number"])
        for n in 2...5 { #expect(article.blocks.contains { $0.kind == .heading && $0.text == "Part \(n)" }) }
        #expect(article.bodyText.contains("Section 5 goes on"))
    }

    @Test func excerptsCutShortUnderLinkedTitlesAreTeasersWhateverTheTitleElement() throws {
        // Cards of other stories whose title is a linked <div>, then a byline and a date, then an excerpt cut at "...".
        let sections = (0..<5).map {
            """
            <div class="wrap"><div class="box"><div class="inner"><div id="part-\($0)">\
            <div class="text"><p>\(Self.paragraphs[$0])</p>\
            <p>Part \($0 + 1) goes on with the detail a reader of this part would want, in a second paragraph of its own.</p>\
            </div></div></div></div></div>
            """
        }.joined()
        let cards = (0..<4).map {
            """
            <article class="card"><div class="title"><a href="/story/\($0)">Other story number \($0) about the harbour</a></div>\
            <div class="author">Webmaster</div><div class="date">December 19, 2025</div>\
            <div class="body">THE HARBOUR BOARD met on Tuesday to discuss story number \($0), which the site wants you to read, and the cost of...</div>\
            </article>
            """
        }.joined()
        let article = try Self.extract("""
            <div class="page"><div class="content-area">\(sections)</div><div class="grid">\(cards)</div></div>
            """)
        expectArticle(article, without: ["THE HARBOUR BOARD", "Other story number"])
        #expect(article.bodyText.contains("Part 5 goes on"))
    }

    @Test func proseOutsideTheArticleElementIsNotMoreOfIt() throws {
        // The <article> ends; sections of the page's own after it (a subscription appeal, readers' testimonials) are
        // prose too, but not the article's.
        let testimonials = (0..<6).map {
            "<div class=\"card\"><blockquote>Reader \($0) writes that these letters changed the way the family thinks about floods, and thanks the team.</blockquote></div>"
        }.joined()
        let article = try Self.extract("""
            <div class="page"><section><div class="container"><article class="post">\
            <h1>Flood barrier opens in the lower town</h1>\(Self.prose())</article></div></section>\
            <section class="band"><h2>Join 80,000 readers who get our letter every week about the river and the town.</h2>\
            <p>You will also receive our guide to the flood plain, a collection of our most read letters on the river.</p></section>\
            <section><h2>Thank you for reading</h2><div class="testimonials">\(testimonials)</div></section></div>
            """)
        expectArticle(article, without: ["Reader 3 writes", "You will also receive our guide"])
    }

    @Test func sectionsMarkedUpAsSiblingArticlesAreOneArticle() throws {
        let tabs = (0..<5).map {
            "<article class=\"tab-content\" id=\"tab\($0)\"><h2>Part \($0 + 1)</h2><p>\(Self.paragraphs[$0])</p></article>"
        }.joined()
        let article = try Self.extract("<main><div class=\"tabs\">\(tabs)</div></main>")
        expectArticle(article)
    }

    @Test func figureHoldingProseIsContentAndImageFigureGivesACaption() throws {
        let article = try Self.extract("""
            <article class="article-content">\(Self.prose(0..<3))\
            <figure class="table-block"><div class="table-wrapper"><p>\(Self.paragraphs[3])</p><ul><li>\(Self.paragraphs[4])</li></ul></div></figure>\
            <figure><img src="gate.jpg" alt=""><figcaption>The new gates on the quay at dawn.</figcaption></figure>\
            </article>
            """)
        expectArticle(article, without: ["The new gates on the quay"])
        #expect(article.captions.map(\.text) == ["The new gates on the quay at dawn."])
    }

    @Test func figureHoldingATableOfDataIsContent() throws {
        // Block editors put a table in a figure (`wp-block-table`); its rows are the article's data, its caption a caption.
        let article = try Self.extract("""
            <article class="post-content">\(Self.prose(0..<3))<h2>Closures of the gates by month</h2>\
            <figure class="wp-block-table is-style-stripes"><table><thead><tr><td><strong>Month</strong></td>\
            <td><strong>Closures</strong></td></tr></thead><tbody><tr><td>January</td><td>4</td></tr>\
            <tr><td>February</td><td>7</td></tr></tbody></table><figcaption>Source: county flood office</figcaption></figure>\
            \(Self.prose(3..<5))<figure><img src="gate.jpg" alt=""><figcaption>The gates at dawn.</figcaption></figure></article>
            """)
        expectArticle(article, without: ["Source: county flood office", "The gates at dawn."])
        #expect(article.bodyText.contains("January 4"))
        #expect(article.bodyText.contains("February 7"))
        #expect(article.captions.map(\.text).contains("The gates at dawn."))
    }

    @Test func paragraphsAreNotPrunedForLayoutWordsButMarginsStillAre() throws {
        let article = try Self.extract("""
            <article class="story">\(Self.paragraphs.map { "<p class=\"contextmenu Body\">\($0)</p>" }.joined())\
            <p class="txt-disclaimer">Any opinions expressed in the examples do not reflect the views of the publisher or its staff.</p>\
            </article>
            """)
        expectArticle(article, without: ["Any opinions expressed"])
    }

    @Test func bioAndDonationBoxesHoldingProseStayOut() throws {
        // Prose rescues layout words only: an author box or an appeal is boilerplate however well written.
        let article = try Self.extract("""
            <div class="post-content">\(Self.prose())\
            <div class="saboxplugin-wrap" itemprop="author"><div class="saboxplugin-desc"><p>Jo Marsh has covered the \
            river towns for twenty years and previously worked as a hydrologist for the regional water authority.</p></div></div>\
            <div class="collection-cta"><p>Enjoyed this piece? We are a non-profit kept alive by reader donations, with no ads \
            and no paywalls, and we need your help to keep publishing stories like this one every week.</p></div></div>
            """)
        expectArticle(article, without: ["Jo Marsh", "Enjoyed this piece"])
    }

    @Test func newsletterPlatformPostIsTheArticleAndOnlyAppealsAreDropped() throws {
        // A newsletter platform names the article itself "newsletter-post"; a sentence that mentions a newsletter is
        // prose, one that asks the reader to sign up is promotion.
        let mention = "For a while I have wanted a script that reads every newsletter I follow and writes one digest a week."
        let article = try Self.extract("""
            <article class="typography newsletter-post post"><div class="available-content"><div class="body markup">\
            \(Self.prose(0..<3))<p>\(mention)</p>\(Self.prose(3..<5))\
            <p>Love rivers? Our weekly newsletter is delivered to your inbox every Friday. Sign up now.</p>\
            </div></div></article>\
            <div class="newsletter-signup"><p>Get the best of the lower town in one email, every week, from our team.</p></div>
            """)
        expectArticle(article, without: ["Love rivers?", "Get the best of the lower town"])
        #expect(article.bodyText.contains(mention))
    }

    @Test func listItemsThatLookLikeRelatedHeadingsDoNotSwallowTheList() throws {
        // "Latest generation processors…" is an item of a list of pros, not a "Latest" box of other stories.
        let article = try Self.extract("""
            <article class="entry">\(Self.prose(0..<3))<h3>Pros</h3><ul><li>Fully redundant network across data centres</li>\
            <li>Latest generation processors deliver consistent performance</li><li>Snapshots included for recovery</li></ul>\
            <h3>Cons</h3><ul><li>Fewer locations than the largest competitors</li></ul>\(Self.prose(3..<5))\
            <h3>Latest news</h3><ul><li><a href="/x">Bridge closed for repairs</a></li><li><a href="/y">Ferry fares rise</a></li></ul>\
            </article>
            """)
        expectArticle(article, without: ["Bridge closed for repairs", "Ferry fares rise"])
        for item in ["Latest generation processors", "Snapshots included", "Fewer locations"] {
            #expect(article.bodyText.contains(item), "missing: \(item)")
        }
    }

    @Test func classWordsOnInlineElementsDoNotPruneWords() throws {
        // Syntax highlighting marks comments in code as `<span class="hljs-comment">`: words, not a comments section.
        let article = try Self.extract("""
            <article class="post">\(Self.prose(0..<3))<pre><code class="language-bash">\
            <span class="hljs-comment"># stage every modified file for the next commit</span>
            git add -A</code></pre>\(Self.prose(3..<5))\
            <section class="comments"><p>First! This is the best post about floods I have read all year, thank you so much.</p></section>\
            </article>
            """)
        expectArticle(article, without: ["First! This is the best post"])
        #expect(article.bodyText.contains("# stage every modified file for the next commit"))
    }

    @Test func textAfterAnAdSlotLeftOpenIsKept() throws {
        // `<div class="ad-slot"><div id="gpt-1">` never closed: the rest of the article ends up inside the ad.
        let article = try Self.extract("""
            <article class="story"><div class="story-body">\(Self.prose(0..<3))\
            <div class="ad-slot"><div class="ad-label">Advertisement</div></div>\
            <div class="ad-slot"><div id="gpt-1">\(Self.prose(3..<5))</div></article>
            """)
        expectArticle(article, without: ["Advertisement"])
    }

    @Test func provenanceRecordsHowTheBodyWasFound() throws {
        #expect(try Self.extract("<article>\(Self.prose())</article>").provenance.extraction == nil)
        let rendered = try extractFixture("script-rendered.html")
        #expect(rendered.provenance.extraction == .jsonLD)
        #expect(rendered.provenance.note?.contains("JSON-LD") == true, "the user is told, on stderr and in the corpus")
    }
}
