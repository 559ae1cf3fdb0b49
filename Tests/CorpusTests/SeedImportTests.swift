import Foundation
import Testing
@testable import Corpus
import Extraction

/// What one seed article's stored text must and must not contain.
struct SeedExpectation: CustomTestStringConvertible, Sendable {
    var slug: String
    var outlet: String
    var title: String
    var blocks: Int
    var date: String?
    var authors: [String]
    var mustContain: [String]
    var mustNotContain: [String]
    var testDescription: String { slug }
}

@Suite("The seed event")
struct SeedImportTests {
    static let seeds: [SeedExpectation] = [
        SeedExpectation(
            slug: "graphic-news", outlet: "Graphic News", title: "VS geëindigt gevechtsmissie in Irak", blocks: 8,
            date: "2021-07-27", authors: ["Duncan Mil"],
            mustContain: [
                "July 27, 2021 - President Joe Biden has confirmed that the U.S. combat mission in Iraq will be over by the end of this year",
                "the U.S. is “not going to be in a combat mission” in Iraq",
                "described Biden’s statement as a “cheap trick.”",
                "adding they are all targets until the last foreign soldier leaves Iraq.",
            ],
            mustNotContain: ["For full details of graphics", "Menu -> Planners", "By Duncan Mil", "PUBLISHED:",
                             "PICTURES: Associated Press", "Graphic shows U.S. troop numbers"]),
        SeedExpectation(
            slug: "antiwar-com", outlet: "Antiwar.com", title: "U.S. Ends ‘Combat Mission’ In Iraq, Continues Occupation",
            blocks: 6, date: "2021-07-27", authors: ["Dave DeCamp"],
            mustContain: [
                "On Monday, President Biden and Iraqi Prime Minister Mustafa al-Kadhimi agreed that the U.S. “combat” mission",
                "to deal with ISIS—as it arrives. But we’re not going to be, by the end of the year, in a combat mission,” Biden told reporters",
                "“small but unspecified number of the 2,500 American forces currently stationed in Iraq.”",
                "it is unlikely that changing the label of the occupation will placate them.",
            ],
            mustNotContain: ["by | Jul 27, 2021", "4121786473", "orignally featured", "republished with permission",
                             "Dave DeCamp is the news editor", "Follow him on Twitter", "View all posts", "Our Books",
                             "Recent Articles", "Alex Karp", "The Government Is Not Your Family", "We’re” All Neocons Now",
                             "read more", "Pin It on Pinterest", "Share This"]),
        SeedExpectation(
            slug: "american-military-news", outlet: "American Military News",
            title: "Biden says US ending Iraq combat missions by year’s end", blocks: 10, date: "2021-07-26", authors: [],
            mustContain: [
                "On Monday, President Joe Biden said U.S. forces in Iraq would no longer be in combat zones",
                "to deal it ISIS as it arises but we’re not going to be, by the end of the year, in a combat zone.”",
                "“There is no need for any foreign combat forces on Iraqi soil,”",
                "a reduction from about 3,000 troops ordered by President Donald Trump during his final weeks in office.",
            ],
            mustNotContain: ["Telegram channel", "get important news uncensored", "U.S. Soldiers deployed in support",
                             "Leland White"]),
        SeedExpectation(
            slug: "official-medium-page", outlet: "Official Medium Page",
            title: "Troop Withdrawal || Joe Biden Announces The End Of The US Combat Mission In Iraq", blocks: 16, date: nil,
            authors: [],
            mustContain: [
                "US President Joe Biden has announced the end of the US combat mission in Iraq by the end of the year.",
                "Our joint fight against ISIS is critical to the stability of the region",
                "The Iraqi Foreign Minister himself, Fuad Hussein, said a few days ago that",
                "they do not need more fighters because we already have them.",
                "“fight the battles of the next 20 years, not those of the last 20 years.”",
                "Iraq is far from being a stable ally and a consolidated democracy today.",
            ],
            mustNotContain: ["Read more:", "Read also:", "Withdraw US troops from Afghanistan", "The Taliban Behead",
                             "Rejected asylum seekers", "Do You Know What I Have Posted", "Originally published at",
                             "© Official Medium Page", "Sports,Entertainment"]),
        SeedExpectation(
            slug: "telesur-english", outlet: "teleSUR English",
            title: "Iraq: The US-Led Combat Mission Will End, Yet Troops Remain", blocks: 11, date: "2021-12-09", authors: [],
            mustContain: [
                "The announcement included the news that the coalition troops began their withdrawal from the Arab country.",
                "\"The international coalition led by the U.S. begins the withdrawal of its troops as 'completion of the combat mission,'\" announced Iraqi National Security Advisor Qasim Araji.",
                "\"Iraq announces the end of the \"combat missions\" of the International Coalition against the Islamic State.",
                "Al Arayi indicated in a message on his account on the social network Twitter",
                "the many civilian casualties they have left on its territory.",
            ],
            mustNotContain: ["Audio Only", "google plus", "facebook", "News > Iraq", "| Photo: Twitter/@thehill",
                             "Published 9 December 2021", "US Iraq & Afghanistan Wars Wasted Trillions",
                             "Post with no comments"]),
    ]

    @Test("a fresh import of each seed keeps the article alone", arguments: seeds)
    func freshImport(_ seed: SeedExpectation) throws {
        let corpus = try temporaryCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.root) }
        let input = ArticleInput(bytes: try seedSource(seed.slug), origin: "\(seed.slug).txt", sourceName: "\(seed.slug).txt")
        let (outcome, created, _) = try corpus.add(input, to: "iraq-2021-combat-mission", options: AddOptions(outlet: seed.outlet))
        #expect(created)
        guard case .added = outcome else { Issue.record("expected an added article, got \(outcome)"); return }
        let stored = try corpus.article("iraq-2021-combat-mission", seed.slug)
        let body = stored.blocks.map { String(stored.text.unicodeScalars[stored.text.unicodeScalars.index(stored.text.unicodeScalars.startIndex, offsetBy: $0.start)..<stored.text.unicodeScalars.index(stored.text.unicodeScalars.startIndex, offsetBy: $0.end)]) }.joined(separator: "\n\n")
        for snippet in seed.mustContain { #expect(body.contains(snippet), "\(seed.slug) lost: \(snippet)") }
        for snippet in seed.mustNotContain { #expect(!stored.text.contains(snippet), "\(seed.slug) kept: \(snippet)") }
        #expect(stored.title == seed.title)
        #expect(stored.text.hasPrefix(seed.title + "\n\n"))
        #expect(stored.text.components(separatedBy: seed.title).count == 2, "the headline appears once")
        #expect(stored.blocks.count == seed.blocks)
        #expect(stored.metadata.date == seed.date)
        #expect(stored.metadata.authors == seed.authors)
        #expect(stored.provenance.inputFormat == "text")
    }

    @Test("the committed seed corpus is what the current extractor produces")
    func committedSeedsAreCurrent() throws {
        let corpus = Corpus(root: seedEvent.deletingLastPathComponent())
        let findings = corpus.check("iraq-2021-combat-mission")
        #expect(findings.isEmpty, "\(findings)")
        let (manifest, articles) = try corpus.articles("iraq-2021-combat-mission")
        #expect(manifest.articles.map(\.outlet) == ["Graphic News", "Antiwar.com", "American Military News",
                                                    "Official Medium Page", "teleSUR English"])
        #expect(manifest.start == "2021-07-26" && manifest.end == "2021-12-09")
        for (article, seed) in zip(articles, Self.seeds) { #expect(article.slug == seed.slug) }
        #expect(manifest.entry(for: "amn")?.slug == "american-military-news")
        #expect(manifest.entry(for: "Antiwar.com")?.slug == "antiwar-com")
    }
}
