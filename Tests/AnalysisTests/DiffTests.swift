import Foundation
import TestSupport
import Testing
import Text
@testable import Analysis
import Lexicon

@Suite("Diffing two articles")
struct DiffTests {
    static let library = LexiconLibrary(directory: repositoryRoot.appendingPathComponent("lexicons"))

    static func differ() throws -> ArticleDiffer {
        let (lexicons, actors) = try library.load(["news-generic", "policy-frames", "iraq-2021", "actors"])
        return ArticleDiffer(lexicons: lexicons, actors: actors, places: try library.places())
    }

    static func article(_ id: String, _ text: String) -> Article {
        Article(id: id, outlet: id, text: text, headlineFirst: true)
    }

    /// The texts of the sentences in an alignment, for readable expectations.
    static func texts(_ table: SentenceTable, _ indices: [Int]) -> [String] {
        let s = ScalarText(table.article.text)
        return indices.map { s[table.sentences[$0].span] }
    }

    static func align(_ a: String, _ b: String) -> (SentenceTable, SentenceTable, Alignment) {
        let ta = SentenceTable(article("A", a)), tb = SentenceTable(article("B", b))
        return (ta, tb, SentenceAligner.align(ta, tb, weights: WordWeights([ta, tb])))
    }

    @Test func sharedRewordedSplitAndOnlyIn() throws {
        let (ta, tb, alignment) = Self.align("""
            Troops leave Baghdad

            The parliament approved the budget on Tuesday after a long debate. \
            The minister said the army will withdraw 2,500 soldiers from the northern province by December. \
            Farmers in the south protested against water shortages, blocking roads near Basra. \
            The central bank kept interest rates unchanged.
            """, """
            Troops to leave Baghdad

            The parliament approved the budget on Tuesday after a long debate. \
            By December, 2,500 soldiers are to be withdrawn from the northern province. The army will do it, the minister said. \
            A famous poet died in Paris at the age of 90. \
            The central bank kept interest rates unchanged.
            """)
        var kinds: [String: String] = [:]
        for p in alignment.pairs { kinds[Self.texts(ta, p.a).joined(separator: " ")] = p.kind.rawValue + ":\(p.a.count)-\(p.b.count)" }
        #expect(kinds["The parliament approved the budget on Tuesday after a long debate."] == "same:1-1")
        #expect(kinds["The central bank kept interest rates unchanged."] == "same:1-1")
        #expect(kinds["The minister said the army will withdraw 2,500 soldiers from the northern province by December."] == "reworded:1-2",
                "one sentence split in two is one pair")
        #expect(kinds["Troops leave Baghdad"] == "reworded:1-1", "headlines pair too")
        #expect(Self.texts(ta, alignment.onlyA) == ["Farmers in the south protested against water shortages, blocking roads near Basra."])
        #expect(Self.texts(tb, alignment.onlyB) == ["A famous poet died in Paris at the age of 90."])
    }

    @Test func onlyNeighboursJoinAPair() {
        let (ta, _, alignment) = Self.align("""
            H

            The United States will end its combat mission in Iraq by December. Weather in Baghdad was sunny and hot today. \
            Oil markets rose sharply on Tuesday morning. American troops will stay to advise and train Iraqi forces.
            """, """
            H

            The United States will end its combat mission in Iraq by December, but American troops will stay to advise and train Iraqi forces.
            """)
        for p in alignment.pairs { #expect(p.a == Array(p.a.first!...p.a.last!), "a pair's sentences are consecutive") }
        let onlyA = Self.texts(ta, alignment.onlyA)
        #expect(onlyA.contains("Weather in Baghdad was sunny and hot today.") && onlyA.contains("Oil markets rose sharply on Tuesday morning."))
        let paired = Set(alignment.pairs.flatMap(\.a))
        #expect(paired.isDisjoint(with: alignment.onlyA))
    }

    @Test func unrelatedSentencesDoNotPair() {
        let (_, _, alignment) = Self.align("Rain\n\nIt rained in the capital all week.", "Markets\n\nShares rose on strong earnings.")
        #expect(alignment.pairs.isEmpty)
        #expect(alignment.onlyA.count == 2 && alignment.onlyB.count == 2)
    }

    @Test func rewordedPairsCarryAWordDiff() throws {
        let differ = try Self.differ()
        let diff = differ.diff(Self.article("A", "H\n\nThe combat mission will be over by the end of the year."),
                               Self.article("B", "H\n\nThe combat mission continues as an occupation by the end of the year."))
        let pair = try #require(diff.pairs.first { $0.kind == .reworded })
        #expect(pair.diff.filter { $0.op == .removed }.compactMap(\.a?.text) == ["will be over"])
        #expect(pair.diff.filter { $0.op == .added }.compactMap(\.b?.text) == ["continues as an occupation"])
        #expect(pair.diff.filter { $0.op == .equal }.count >= 2)
        // Every span in the diff is its article's text at those offsets.
        let a = ScalarText("H\n\nThe combat mission will be over by the end of the year.")
        for step in pair.diff { if let s = step.a { #expect(a[TextSpan(s.start, s.end)] == s.text) } }
    }

    @Test func identicalArticlesGiveAnEmptyDiff() throws {
        let (articles, _, _) = try QuoteSelectionTests.seedEvent()
        let diff = try Self.differ().diff(articles[1], articles[1])
        #expect(diff.onlyInA.isEmpty && diff.onlyInB.isEmpty)
        #expect(diff.pairs.allSatisfy { $0.kind == .same && $0.diff.isEmpty && $0.a == $0.b })
        #expect(diff.summary.aCoveredByB == 1 && diff.summary.bCoveredByA == 1)
        #expect(diff.facts.onlyInA.isEmpty && diff.facts.onlyInB.isEmpty)
        #expect(diff.quotes.onlyInA.isEmpty && diff.quotes.onlyInB.isEmpty)
        #expect(diff.quotes.speakersOnlyInA.isEmpty && diff.quotes.speakersOnlyInB.isEmpty)
        #expect(diff.framing.rows.allSatisfy { $0.difference == 0 })
        #expect(diff.framing.terms.allSatisfy { $0.a == $0.b })
    }

    @Test func antiwarAgainstAMN() throws {
        let (articles, _, _) = try QuoteSelectionTests.seedEvent()
        let antiwar = try #require(articles.first { $0.outlet == "Antiwar.com" })
        let amn = try #require(articles.first { $0.outlet == "American Military News" })
        let diff = try Self.differ().diff(antiwar, amn)

        // The President's quote is in both, worded differently.
        let quotePair = try #require(diff.pairs.first { $0.a.text.contains("I think things are going well") })
        #expect(quotePair.kind == .reworded)
        #expect(quotePair.b.text.contains("I think things are going well"))
        #expect(quotePair.diff.contains { $0.op == .removed && $0.a?.text == "arrives" })
        #expect(quotePair.diff.contains { $0.op == .added && $0.b?.text.contains("arises") == true })
        let shared = try #require(diff.quotes.shared.first { $0.speaker == "Joe Biden" })
        #expect(shared.a.count == 1 && shared.b.count == 1)

        // The New York Times figure is only in Antiwar.com.
        #expect(diff.onlyInA.contains { $0.text.contains("The New York Times") && $0.text.contains("2,500") })
        #expect(diff.facts.onlyInA.contains { $0.kind == .actor && $0.key == "actor:The New York Times" })
        #expect(!diff.onlyInB.contains { $0.text.contains("New York Times") })

        // The headlines frame the event apart: the scare quotes and the occupation are Antiwar.com's.
        let headline = try #require(diff.pairs.first { $0.a.text.hasPrefix("U.S. Ends") })
        #expect(headline.diff.contains { $0.op == .removed && $0.a?.text.contains("Continues Occupation") == true })
        #expect(diff.framing.scareQuotesA.map(\.text) == ["Combat Mission"] && diff.framing.scareQuotesB.isEmpty)
        #expect(diff.framing.terms.contains { $0.term == "occupation" && $0.a.count == 2 && $0.b.isEmpty })
        #expect(diff.quotes.speakersOnlyInB == ["senior administration official"])

        // Offsets index each article's clean text.
        let sa = ScalarText(antiwar.text), sb = ScalarText(amn.text)
        for s in diff.onlyInA { #expect(sa[TextSpan(s.start, s.end)] == s.text) }
        for s in diff.onlyInB { #expect(sb[TextSpan(s.start, s.end)] == s.text) }
        for p in diff.pairs {
            #expect(sa[TextSpan(p.a.start, p.a.end)] == p.a.text)
            #expect(sb[TextSpan(p.b.start, p.b.end)] == p.b.text)
        }
        // Every sentence appears exactly once in the reading order.
        #expect(diff.sequence.count == diff.pairs.count + diff.onlyInA.count + diff.onlyInB.count + diff.aElsewhereInB.count + diff.bElsewhereInA.count)
        // Every sentence of each side has a verdict, and only-in sentences are those the other side does not report.
        #expect(diff.sentencesA.count == diff.a.sentences && diff.sentencesB.count == diff.b.sentences)
        for s in diff.onlyInA { #expect(diff.sentencesA.first { $0.start == s.start }?.verdict == Verdict.none) }
        for r in diff.aElsewhereInB + diff.bElsewhereInA { #expect(r.verdict != .none && !r.others.isEmpty) }
        #expect(Set(diff.sequence.map { "\($0.kind)\($0.index)" }).count == diff.sequence.count)
    }

    @Test func sameInputsSameBytes() throws {
        let (articles, _, _) = try QuoteSelectionTests.seedEvent()
        let differ = try Self.differ()
        let first = try JSONOutput.encode(differ.diff(articles[0], articles[4]))
        let second = try JSONOutput.encode(try Self.differ().diff(articles[0], articles[4]))
        #expect(first == second)
    }

    @Test func readingOrderPlacesBOnlySentencesAfterTheirNeighbour() throws {
        let diff = try Self.differ().diff(
            Self.article("A", "Headline one\n\nAlpha bravo charlie delta echo. Foxtrot golf hotel india juliet."),
            Self.article("B", "Headline one\n\nAlpha bravo charlie delta echo. Kilo lima mike november oscar. Foxtrot golf hotel india juliet."))
        let order = diff.sequence.map { entry -> String in
            switch entry.kind {
            case .pair: return String(diff.pairs[entry.index].a.text.prefix(5))
            case .onlyInA: return "A:" + diff.onlyInA[entry.index].text.prefix(4)
            default: return "B:" + diff.onlyInB[entry.index].text.prefix(4)
            }
        }
        #expect(order == ["Headl", "Alpha", "B:Kilo", "Foxtr"])
    }

    @Test("B's unpaired headline and lead come after A's headline, not before it")
    func readingOrderKeepsAHeadlineFirst() throws {
        let diff = try Self.differ().diff(
            Self.article("A", "Quebec votes\n\nVoters went to the polls in Quebec on Monday. Turnout was high across the province."),
            Self.article("B", "A different headline entirely\n\nSomething else happened first. Turnout was high across the province."))
        let order = diff.sequence.map { entry -> String in
            switch entry.kind {
            case .pair: return "=" + diff.pairs[entry.index].a.text.prefix(4)
            case .onlyInA: return "A:" + diff.onlyInA[entry.index].text.prefix(4)
            case .onlyInB: return "B:" + diff.onlyInB[entry.index].text.prefix(4)
            case .aElsewhereInB: return "A≈" + diff.aElsewhereInB[entry.index].text.prefix(4)
            case .bElsewhereInA: return "B≈" + diff.bElsewhereInA[entry.index].text.prefix(4)
            }
        }
        #expect(order.first == "A:Queb", "\(order)")
        #expect(order.firstIndex(of: "B:A di")! < order.firstIndex(of: "=Turn")!, "\(order)")
    }
}

@Suite("Facts")
struct FactTests {
    @Test func numbersDatesActorsPlacesAndNames() throws {
        let library = DiffTests.library
        let (_, actors) = try library.load(["actors"])
        let extractor = FactExtractor(actors: actors, places: try library.places())
        let article = Article(id: "a", outlet: "A", text: """
            Iraq Talks End

            President Biden said on July 26 that 2,500 U.S. troops would stay in Iraq through 2021. \
            The Gulf Cooperation Council met in Baghdad. Officials in the White House declined to comment.
            """, headlineFirst: true)
        let facts = extractor.facts(in: article)
        let byKey = Dictionary(uniqueKeysWithValues: facts.map { ($0.key, $0) })
        #expect(byKey["number:2500"]?.text == "2,500 U.S. troops")
        #expect(byKey["date:7-26"]?.text == "July 26")
        #expect(byKey["date:2021"] != nil)
        #expect(byKey["actor:Joe Biden"]?.text == "President Biden")
        #expect(byKey["place:baghdad"] != nil)
        #expect(byKey["place:iraq"]?.spans.count == 2, "the headline's Iraq and the body's")
        #expect(byKey["name:gulf cooperation council"] != nil, "a place that begins a longer name is part of the name")
        #expect(byKey["place:gulf"] == nil)
        #expect(byKey["name:white house"] != nil)
        #expect(!facts.contains { $0.kind == .name && $0.text.contains("Talks") }, "title case in headlines is not a name")
        for f in facts { for s in f.spans { #expect(!ScalarText(article.text)[s].isEmpty) } }
    }

    @Test func theStateOfAPartyTagIsNoPlace() throws {
        let (_, actors) = try DiffTests.library.load(["actors"])
        let extractor = FactExtractor(actors: actors, places: try DiffTests.library.places())
        let tagged = Article(id: "a", outlet: "A", text: "Shooting\n\nSen. Rand Paul, R-Ky., said he heard the shots.", headlineFirst: true)
        #expect(!extractor.facts(in: tagged).contains { $0.key == "place:kentucky" })
        let visited = Article(id: "b", outlet: "B", text: "Rally\n\nThe senator spoke in Louisville, Ky., on Friday.", headlineFirst: true)
        #expect(extractor.facts(in: visited).contains { $0.key == "place:kentucky" }, "a state written as a place is one")
    }

    @Test func numbersDatesAndTheWordsBesideThem() throws {
        let (_, actors) = try DiffTests.library.load(["actors"])
        let extractor = FactExtractor(actors: actors, places: nil)
        func keys(_ body: String) -> [String] {
            extractor.facts(in: Article(id: "a", outlet: "A", text: "H\n\n" + body, headlineFirst: true)).map(\.key)
        }
        #expect(keys("The mission ends in December, 2,500 troops remain.").contains("number:2500"), "a comma parts month and number")
        #expect(keys("Of the soldiers, the 2,500 may stay.").contains("number:2500"), "“may” is not a month")
        #expect(keys("They met on May 26 and on Sep 9.") == ["date:5-26", "date:9-9"])
        #expect(keys("3 rockets hit the base.") != keys("3 soldiers were wounded."), "a number is a fact with what it counts")
    }

    @Test func aMonthBesideANumberIsADateNotAHedge() throws {
        let (lexicons, _) = try DiffTests.library.load(["news-generic"])
        let article = Article(id: "a", outlet: "A", text: "H\n\nHe took office in May 2020. Troops may leave.", headlineFirst: true)
        let profile = FramingScorer(lexicons: lexicons).profile(article, quotes: [])
        #expect(profile.matches.filter { $0.category == "hedge" }.map(\.text) == ["may"])
    }

    @Test func aCapitalisedMonthInsideASentenceIsTheMonth() throws {
        let (lexicons, _) = try DiffTests.library.load(["news-generic"])
        let article = Article(id: "a", outlet: "A", text: """
            Troops May Leave

            Talks stalled in May, and troops may leave. May they come home soon, officials said.
            """, headlineFirst: true)
        let profile = FramingScorer(lexicons: lexicons).profile(article, quotes: [])
        // The headline's title case and the sentence-initial "May" stay hedges; "in May" is the month.
        #expect(profile.matches.filter { $0.category == "hedge" }.map(\.text) == ["May", "may", "May"])
    }

    @Test func aWordOfANameIsNoReportingVerb() throws {
        let (lexicons, _) = try DiffTests.library.load(["news-generic"])
        let article = Article(id: "a", outlet: "A", text: """
            Senate votes

            The United States sent troops, Consumer Reports said. The senator states that the vote failed.
            """, headlineFirst: true)
        let profile = FramingScorer(lexicons: lexicons).profile(article, quotes: [])
        let verbs = profile.matches.filter { $0.category.hasPrefix("attribution") }.map(\.text)
        #expect(!verbs.contains("States") && !verbs.contains("Reports"), "\(verbs)")
        #expect(verbs == ["said", "states"])
    }
}

@Suite("Scoring leaves names and dates alone")
struct NamePartTests {
    @Test func wordsInsideLongerNamesDoNotCount() throws {
        let (lexicons, _) = try DiffTests.library.load(["policy-frames", "iraq-2021"])
        let article = Article(id: "a", outlet: "A", text: """
            Popular anger

            A spokesperson for the Popular Mobilization Forces spoke at Baghdad International Airport. \
            Popular support is falling. The Islamic State claimed it. IS fighters fled, and the minister is calm.
            """, headlineFirst: true)
        let profile = FramingScorer(lexicons: lexicons).profile(article, quotes: [])
        let texts = profile.matches.map(\.text)
        #expect(texts.filter { $0 == "Popular" }.count == 2, "the headline's and the sentence-initial Popular count, the name's does not")
        #expect(!texts.contains("International"))
        #expect(texts.contains("Islamic State"))
        #expect(profile.matches.filter { $0.category == "security_threat" }.map(\.text).contains("IS"))
        #expect(!profile.matches.contains { $0.text == "is" }, "an exact-case entry: IS the group, not the verb")
    }

    @Test func aSentencesFirstWordIsNotANameByItself() throws {
        let lexicon = Lexicon(name: "t", kind: .markers, categories: [LexiconCategory(name: "loaded", entries: [LexiconEntry(term: "brutal")])])
        let article = Article(id: "a", outlet: "A", text: "H\n\nBrutal Iranian militias attacked the base. Later, brutal militias attacked again.",
                              headlineFirst: true)
        let profile = FramingScorer(lexicons: [lexicon]).profile(article, quotes: [])
        #expect(profile.matches.map(\.text) == ["Brutal", "brutal"])
    }
}

@Suite("Sentence verdicts")
struct SentenceVerdictTests {
    static func table(_ text: String) -> SentenceTable {
        SentenceTable(Article(id: "x", outlet: "X", text: text, headlineFirst: true))
    }

    @Test func theOtherArticleReportsItInAnyOrderAndForm() {
        let a = Self.table("Senate vote\n\nThe Senate voted 97 to 1 to override the veto. Families of the victims can now sue the kingdom. The weather was mild.")
        let b = Self.table("Override passes\n\nFamilies of victims will be able to sue the kingdom in American courts. The Senate overrode the veto by a vote of 97 to 1.")
        let (ja, _) = SentenceVerdicts.judge(a, b, weights: WordWeights([a, b]))
        // Sentence 1 (the vote) is B's last sentence, sentence 2 (suing) its first: any order.
        #expect(ja[1].verdict == .same && ja[1].others == [2], "\(ja[1])")
        #expect(ja[1].evidence.numbers.contains("97") && ja[1].evidence.stems.contains("voted"), "\(ja[1].evidence)")
        #expect(ja[2].verdict != Verdict.none && ja[2].others == [1], "\(ja[2])")
        #expect(ja[3].verdict == Verdict.none && ja[3].others.isEmpty)
    }

    @Test func textThatRepeatsItselfStillFindsItsSentence() {
        // Every stem of the sentence is in 300 of B's sentences: the candidates come from the rarest one's first
        // sentences, and a sentence with a number of its own is still found by that number.
        let line = "The minister said the troops would stay in the country for training."
        let b = Self.table("Other\n\n" + Array(repeating: line, count: 300).joined(separator: " ") + " The minister said 2,500 troops would stay in the country.")
        let a = Self.table("Title\n\n" + line + " The minister said 2,500 troops would stay in the country.")
        let (ja, _) = SentenceVerdicts.judge(a, b, weights: WordWeights([a, b]))
        #expect(ja[1].verdict == .same, "\(ja[1])")
        #expect(ja[2].verdict == .same && ja[2].others.first == 301, "\(ja[2])")
    }

    @Test func namesAndSaidAloneAreNoClaim() {
        let a = Self.table("Title\n\nTrump said Clinton lied to the agency.")
        let b = Self.table("Other\n\nTrump said Clinton would win the state. Trump said the economy grew. Clinton said nothing.")
        let (ja, _) = SentenceVerdicts.judge(a, b, weights: WordWeights([a, b]))
        #expect(ja[1].verdict == Verdict.none, "\(ja[1])")
    }

    @Test func sharedWordingShowsPartOfTheClaim() {
        // Most of A's sentence is not in B, but both carry the same quoted words: B reports part of it.
        let a = Self.table("Title\n\nThe president, without offering specifics, said his 2016 rival “lied many times” during her interview "
            + "with agents in early July at the bureau's headquarters. The weather in Washington was mild that week.")
        let b = Self.table("Other\n\nTrump spoke to reporters on the lawn. “Hillary Clinton lied many times to the FBI, and nothing "
            + "happened to her.” Reporters asked about the weather in Washington.")
        let (ja, _) = SentenceVerdicts.judge(a, b, weights: WordWeights([a, b]))
        #expect(ja[1].verdict == .partly && ja[1].others == [2], "\(ja[1])")
        #expect(ja[1].evidence.phrase == "lied many time", "\(ja[1].evidence)")
        // One content word and a name in the same order ("weather in Washington") is no shared wording.
        #expect(ja[2].verdict == Verdict.none, "\(ja[2])")
    }

    @Test func stems() {
        #expect(["withdrawal", "withdrawing", "withdraws", "withdrawn"].map(Stemmer.stem).allSatisfy { $0.hasPrefix("withdraw") })
        let known = ["caresses": "caress", "ponies": "poni", "cats": "cat", "agreed": "agre", "plastered": "plaster", "motoring": "motor",
                     "sing": "sing", "hopping": "hop", "falling": "fall", "filing": "file", "happy": "happi", "relational": "relat",
                     "conditional": "condit", "digitizer": "digit", "predication": "predic", "operator": "oper", "decisiveness": "decis",
                     "hopefulness": "hope", "triplicate": "triplic", "formative": "form", "electrical": "electr", "goodness": "good",
                     "allowance": "allow", "adjustment": "adjust", "adoption": "adopt", "effective": "effect", "probate": "probat",
                     "rate": "rate", "cease": "ceas", "controll": "control", "roll": "roll", "generalizations": "gener", "oscillators": "oscil"]
        for (word, stem) in known { #expect(Stemmer.stem(word) == stem, "\(word)") }
        #expect(Stemmer.stem("2,500") == "2,500" && Stemmer.stem("café") == "café" && Stemmer.stem("it's") == "it's")
    }
}
