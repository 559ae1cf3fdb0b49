import Foundation
import TestSupport
import Testing
import Text
@testable import Analysis
import Lexicon

@Suite("Framing scores")
struct FramingTests {
    static let lexicon = Lexicon(name: "t", kind: .frames, categories: [
        LexiconCategory(name: "ending", entries: [LexiconEntry(term: "combat mission"), LexiconEntry(term: "withdraw*")]),
        LexiconCategory(name: "continuing", entries: [LexiconEntry(term: "occupation"), LexiconEntry(term: "remain")]),
    ])

    func profile(_ text: String) -> FramingProfile {
        let article = Article(id: "a", outlet: "A", text: text, headlineFirst: true)
        let quotes = QuoteExtractor().quotes(in: article)
        return FramingScorer(lexicons: [Self.lexicon]).profile(article, quotes: quotes)
    }

    @Test func everyMatchKnowsItsVoice() {
        let text = """
            Troops remain as the ‘combat mission’ ends

            The withdrawal begins. It is slow. Critics call it an occupation.

            “There will be no occupation,” the minister said. The troops remain.
            """
        let p = profile(text)
        let voices = p.matches.map { "\($0.text):\($0.voice.rawValue)" }
        #expect(voices == ["remain:headline", "combat mission:scare_quote", "withdrawal:lead", "occupation:narration",
                           "occupation:quote", "remain:narration"])
        #expect(p.matches.first { $0.voice == .quote }?.speaker == "the minister")
        #expect(p.matches.allSatisfy { m in ScalarText(text)[TextSpan(m.start, m.end)] == m.text })
        #expect(p.matches.first { $0.voice == .quote }?.negated == true, "“no occupation” is negated")
        #expect(p.scareQuotes.map(\.text) == ["combat mission"])
    }

    @Test func countsAndRatesPerVoice() throws {
        let p = profile("Headline about occupation\n\nFirst sentence here. Second one here. The occupation goes on and on and on.")
        let own = try #require(p.counts.first { $0.category == "continuing" && $0.voice == .own })
        #expect(own.count == 2)
        #expect(own.ratePer1000 == (2.0 / Double(p.words["own"]!) * 1000 * 100).rounded() / 100)
        let narration = try #require(p.counts.first { $0.category == "continuing" && $0.voice == .narration })
        #expect(narration.count == 1)
        #expect(p.headlineFrames == [HeadlineFrame(lexicon: "t", category: "continuing", count: 1)])
        #expect(p.frameShares.first { $0.voice == .own && $0.category == "continuing" }?.share == 1)
    }

    @Test func theSeedHeadlines() throws {
        let (articles, quotes, _) = try QuoteSelectionTests.seedEvent()
        let library = LexiconLibrary(directory: repositoryRoot.appendingPathComponent("lexicons"))
        let (lexicons, _) = try library.load(["news-generic", "policy-frames", "iraq-2021"])
        let scorer = FramingScorer(lexicons: lexicons)
        let frames = Dictionary(uniqueKeysWithValues: zip(articles, quotes).map { a, q in
            (a.outlet, scorer.profile(a, quotes: q).headlineFrames.first { $0.lexicon == "iraq-2021" }?.category)
        })
        #expect(frames["Antiwar.com"] == "mission_continuing", "“Ends ‘Combat Mission’ …, Continues Occupation”")
        #expect(frames["American Military News"] == "mission_ending", "“US ending Iraq combat missions”")
        let antiwar = scorer.profile(articles[1], quotes: quotes[1])
        #expect(antiwar.scareQuotes.map(\.text) == ["Combat Mission"])
        let combat = try #require(antiwar.matches.first { $0.text == "combat" && !$0.inHeadline })
        #expect(combat.voice == .quote, "agreed that the U.S. “combat” mission: the leaders' word, not narration")
        #expect(combat.category == "security_and_defense")
    }

    @Test func sameInputSameBytes() throws {
        let (articles, _, _) = try QuoteSelectionTests.seedEvent()
        let library = LexiconLibrary(directory: repositoryRoot.appendingPathComponent("lexicons"))
        let (lexicons, actors) = try library.load(["news-generic", "policy-frames", "iraq-2021", "actors"])
        let first = try JSONOutput.encode(EventAnalysis(articles: articles, lexicons: lexicons, actors: actors).profiles)
        let second = try JSONOutput.encode(EventAnalysis(articles: articles, lexicons: lexicons, actors: actors).profiles)
        #expect(first == second)
    }

    @Test func distinctiveWordsFavourWhatOneGroupSaysMore() {
        let a = ["occupation": 6, "mission": 3, "troops": 4]
        let b = ["mission": 5, "troops": 4, "training": 5]
        let result = Keyness.distinctive([a, b], top: 3, minimumCount: 1)
        #expect(result[0].first?.word == "occupation")
        #expect(result[1].first?.word == "training")
        #expect(result[0].first!.z > 0)
        #expect(result[0].first { $0.word == "troops" }.map { abs($0.z) < 0.5 } ?? true)
    }

    @Test func houseStyleIsNotDistinctive() {
        let text = "Mr. Biden told Fox News that the F.B.I. and the FBI agree; Sen. Graham and Ms. Pelosi disagree. "
            + "The U.S. military said news of the withdrawal was old news, Fox reported."
        let words = Keyness.words(text, outlet: "Fox News", where: { _ in true })
        // Honorifics and abbreviated titles are style; so is the outlet's own name written in full.
        for style in ["mr", "sen", "ms", "mr.", "sen."] { #expect(words[style] == nil, "\(style)") }
        // An abbreviation counts once, with or without its dots; "U.S." is not the pronoun "us".
        #expect(words["fbi"] == 2)
        #expect(words["f.b.i."] == nil)
        #expect(words["u.s."] == 1)
        // Only the name in full: "news" and "Fox" alone stay words of the text.
        #expect(words["news"] == 2)
        #expect(words["fox"] == 1)
    }
}
