import Foundation
import TestSupport
import Testing
import Text
@testable import Analysis
@testable import Lexicon

/// People and organisations: read within an article, joined across an event, and used as speakers and as facts.
@Suite("People and organisations")
struct EntityTests {
    static let actors = QuoteTests.actors
    static let places = QuoteTests.places
    static let extractor = QuoteExtractor(actors: actors, places: places)

    static func article(_ id: String, _ outlet: String, _ body: String, headline: String = "Headline") -> Article {
        Article(id: id, outlet: outlet, text: headline + "\n\n" + body, headlineFirst: true)
    }

    static func entities(_ body: String) -> ArticleEntities {
        ArticleEntities(article: article("t", "T", body), actors: actors, places: places.map { LexiconMatcher([$0]) })
    }

    // MARK: one article

    @Test func namesAreReadWithoutTheirTitlesDatesAndPlaces() {
        let e = Self.entities("Sen. Ben Sasse, Republican of Nebraska, spoke on Thursday. Douglas Holtz-Eakin, an economist, "
            + "agreed with Iraqi Prime Minister Mustafa al-Kadhimi Monday. Sasse said no more.")
        let names = e.entities.filter { $0.kind == .person }.map(\.name)
        #expect(names.contains("Ben Sasse"))
        #expect(names.contains("Douglas Holtz-Eakin"), "a hyphenated surname is one word of the name")
        #expect(names.contains("Mustafa al-Kadhimi"), "a weekday after a name is not part of it")
        #expect(!names.contains { $0.contains("Thursday") || $0.contains("Nebraska") || $0.contains("Monday") })
        let sasse = e.entities.first { $0.name == "Ben Sasse" }!
        #expect(sasse.mentions.count == 2, "the surname alone joins the full name")
        #expect(sasse.roles.contains("senator"))
    }

    @Test func sentenceAdverbsBeforeANameAreNotPartOfIt() {
        let e = Self.entities("President Barack Obama spoke. Plus Obama is nominating Todd Jones. Also Jones will serve.")
        let names = e.entities.filter { $0.kind == .person }.map(\.name)
        #expect(names.sorted() == ["Barack Obama", "Todd Jones"], "\(names)")
    }

    @Test func houseOfRepresentativesIsAnOrganisationAndPuertoRicoAPlace() {
        let e = Self.entities("He spoke in the House of Representatives on Monday. Born in Puerto Rico, he has seen himself as an envoy.")
        #expect(e.entities.map(\.name) == ["House of Representatives"], "\(e.entities.map(\.name))")
        #expect(e.entities.first?.kind == .organisation)
    }

    @Test func aTownOfSeveralWordsBeforeItsStateIsAPlace() {
        let e = Self.entities("President Obama spoke during a speech in San Jose, Calif., and flew from Salt Lake City, Utah.")
        #expect(e.entities.map(\.name) == ["Barack Obama"], "\(e.entities.map(\.name))")
    }

    @Test func aNicknameInQuotationMarksIsPartOfTheName() {
        let e = Self.entities("Gov. Deval Patrick appointed William \"Mo\" Cowan to the seat. Cowan said he accepted. "
            + "Robert “Beto” O'Rourke agreed.")
        let cowan = e.entities.first { $0.last == "cowan" }
        #expect(cowan?.name == "William \"Mo\" Cowan")
        #expect(cowan?.first == "william")
        #expect(cowan?.mentions.count == 2, "the surname joins the name with its nickname")
        #expect(e.entities.contains { $0.last == "o'rourke" && $0.first == "robert" }, "\(e.entities.map(\.name))")
    }

    @Test func aParagraphInTitleCaseIsReadAsAHeadline() {
        let e = Self.entities("Mo Cowan Senate: Deval Patrick Names Former Chief Of Staff To Replace John Kerry\n\n"
            + "Gov. Deval Patrick appointed William Cowan to the seat of John Kerry, said Ralph Martin.")
        #expect(e.entities.map(\.name).sorted() == ["Deval Patrick", "John Kerry", "Ralph Martin", "William Cowan"], "\(e.entities.map(\.name))")
    }

    @Test func aCapitalisedWordIsAnOrganisationOnlyWhereTheArticleSpeaksOfOne() {
        let company = Self.entities("Pfizer tweeted on Thursday. Pfizer's vaccine is safe, the drugmaker said of Internet data.")
        #expect(company.entities.map(\.name) == ["Pfizer"], "\(company.entities.map(\.name))")
        let none = Self.entities("Pfizer tweeted on Thursday. Pfizer's vaccine is safe, officials said.")
        #expect(none.entities.isEmpty, "\(none.entities.map(\.name))")
    }

    @Test func acronymsOfDiseasesMeasuresAndJobsNameNoOrganisation() {
        let e = Self.entities("The CEO said COVID and COVID19 cases rose as GDP fell, and the FDA agreed. The H1N1 wave passed.")
        #expect(e.entities.map(\.name) == ["FDA"], "\(e.entities.map(\.name))")
    }

    @Test func aParticipleOpeningTheSentenceIsNotPartOfTheNameAfterIt() {
        let e = Self.entities("Saying Hamas must pay a heavy price, the army struck again.")
        #expect(e.entities.map(\.name) == ["Hamas"], "\(e.entities.map(\.name))")
    }

    @Test func aTownBeforeItsStateIsAPlace() {
        let e = Self.entities("A user who lives near Austin, Tex., posted this. Another wrote from Basra, Iraq.")
        #expect(e.entities.isEmpty, "\(e.entities.map(\.name))")
    }

    @Test func anHonorificRulesOutThePersonOfTheOtherGender() throws {
        let body = "Ted Cruz defended Mrs. Heidi Cruz. Mrs. Cruz stayed silent.\n\n“Leave her alone,” Mr. Cruz said."
        let q = try #require(Self.extractor.quotes(in: Self.article("t", "T", body)).first)
        #expect(q.speaker == "Ted Cruz")
    }

    @Test func aSurnameTheArticleNeverCompletesTakesTheActorsListName() {
        let e = Self.entities("President Biden met reporters.")
        #expect(e.entities.map(\.name) == ["Joe Biden"])
    }

    @Test func pronounsGoToTheNearestPersonOfTheirGender() throws {
        let body = "Nancy Pelosi met Chuck Schumer. Ms. Pelosi spoke first.\n\n“We will not wait,” she said."
        let quotes = Self.extractor.quotes(in: Self.article("t", "T", body))
        let q = try #require(quotes.first)
        #expect(q.speaker == "Nancy Pelosi")
        #expect(q.resolvedBy == .pronoun)
        #expect(q.speakerKind == .person)
    }

    @Test func rolesGoToThePersonTheArticleGivesThem() throws {
        let body = "Nancy Pelosi, the House speaker, met the president.\n\n“We will not wait,” the speaker said."
        let q = try #require(Self.extractor.quotes(in: Self.article("t", "T", body)).first)
        #expect(q.speaker == "Nancy Pelosi")
        #expect(q.resolvedBy == .role)
    }

    @Test func nearbyNounsAreNotSpeakers() throws {
        let cases = [
            "Nancy Pelosi, who is in line to be elected speaker on Thursday, said: “We are ready.”",
            "Rashida Tlaib, who became one of the first Muslim women in Congress, said: “We are ready.”",
            "Sen. Ben Sasse, Republican of Nebraska, said: “We are ready.”",
        ]
        for body in cases {
            let q = try #require(Self.extractor.quotes(in: Self.article("t", "T", body)).first)
            #expect(q.speakerKind == .person, "\(body)")
            #expect(!["Thursday", "Muslim", "Nebraska"].contains(q.speaker ?? ""), "\(body)")
        }
    }

    // MARK: across an event

    static func event(_ bodies: [String]) -> EventQuotes {
        let articles = bodies.enumerated().map { Self.article("a\($0.offset)", "Outlet \($0.offset)", $0.element) }
        return EventQuotes(articles: articles, extractor: extractor)
    }

    @Test func oneSpeakerUnderOneNameAcrossOutlets() {
        let event = Self.event([
            "Nancy Pelosi spoke on Monday.\n\n“We will not wait,” Pelosi said.",
            "“We will not wait,” the speaker, Nancy Pelosi, said on Monday.",
            "Speaker Pelosi was firm.\n\n“We will not wait for anyone,” Ms. Pelosi said.",
        ])
        let speakers = event.quotes.flatMap { $0 }.map(\.speaker)
        #expect(speakers == ["Nancy Pelosi", "Nancy Pelosi", "Nancy Pelosi"])
        let ids = Set(event.quotes.flatMap { $0 }.compactMap(\.speakerID))
        #expect(ids == ["nancy-pelosi"])
    }

    @Test func twoPeopleWithOneSurnameAreNeverJoined() {
        let event = Self.event([
            "Hunter Biden testified.\n\n“I made mistakes,” Hunter Biden said.",
            "Joe Biden spoke.\n\n“I am proud of my son,” Joe Biden said.",
            "Biden spoke later.",
        ])
        let persons = event.entities.entities.filter { $0.kind == .person }
        let hunter = persons.first { $0.name == "Hunter Biden" }
        let joe = persons.first { $0.name == "Joe Biden" }
        #expect(hunter != nil && joe != nil && hunter?.id != joe?.id)
        #expect(hunter?.actor == nil, "Hunter Biden is not the actor Joe Biden")
        let speakers = event.quotes.flatMap { $0 }.map(\.speaker)
        #expect(speakers == ["Hunter Biden", "Joe Biden"])
    }

    @Test func aBareSurnameJoinsOnlyAUniqueFullName() {
        let event = Self.event([
            "Mark Smith, a farmer, spoke.",
            "Anna Smith, a teacher, spoke.",
            "Mr. Smith disagreed.",
        ])
        let smiths = event.entities.entities.filter { $0.kind == .person && $0.name.hasSuffix("Smith") }
        #expect(smiths.count == 3, "two different Smiths, and a bare Smith that could be either")
        #expect(Set(smiths.map(\.id)).count == 3)
    }

    @Test func aSurnameSpeakerWithoutFullNameInItsArticleIsTheEventsOnePerson() {
        let event = Self.event([
            "The surgeon James Norton spoke.\n\n“He is in critical condition,” Norton said.",
            "“He is in critical condition,” Norton said. “We expect him to recover.”",
            "“Nobody knows yet,” Smith said.",
        ])
        let speakers = event.quotes.flatMap { $0 }.map(\.speaker)
        #expect(speakers.prefix(2).allSatisfy { $0 == "James Norton" }, "\(speakers)")
        #expect(event.quotes[2].first?.speaker == "Smith", "no Smith with a full name in the event: left as written")
    }

    @Test func clustersNeverJoinTwoNamedSpeakers() {
        let words = "We will secure the border and we will do it this year, whatever the cost."
        let articles = [
            Self.article("a", "A", "“\(words)” Donald Trump said."),
            Self.article("b", "B", "“\(words)” Mike Pence said."),
            Self.article("c", "C", "“\(words)” Trump said."),
        ]
        let event = EventQuotes(articles: articles, extractor: Self.extractor)
        let selection = QuoteSelection(articles: articles, quotes: event.quotes, actors: Self.actors)
        for cluster in selection.clusters {
            let speakers = Set(cluster.members.map(\.speaker))
            #expect(speakers.count == 1, "\(speakers)")
        }
        let trump = selection.clusters.first { $0.members.contains { $0.article == "a" } }
        #expect(trump?.members.map(\.article).sorted() == ["a", "c"])
    }

    // MARK: facts and omissions

    @Test func anEntityIsMissingOnlyWhereNoWordMentionsIt() throws {
        let articles = [
            Self.article("a", "A", "Donald Trump met Nancy Pelosi in Washington."),
            Self.article("b", "B", "Trump met Pelosi at the Capitol."),
            Self.article("c", "C", "President Trump met congressional leaders."),
            Self.article("d", "D", "The meeting was short.", headline: "Trump meets Pelosi"),
            Self.article("e", "E", "The meeting was short."),
        ]
        let event = EventQuotes(articles: articles, extractor: Self.extractor)
        let facts = event.entities.facts(event.articleEntities, texts: articles.map(\.text))
        let factExtractor = FactExtractor(actors: Self.actors, places: Self.places)
        let presence = articles.map { FactPresence($0, extractor: factExtractor) }
        let omissions = OmissionFinder.find(articles: articles, facts: facts, clusters: [], tables: articles.map { SentenceTable($0) }, presence: presence)
        let trump = try #require(omissions.first { $0.text == "Donald Trump" }, "labelled with the event name")
        #expect(trump.missingFrom == ["E"], "D names him in its headline")
        for e in trump.evidence {
            let article = try #require(articles.first { $0.id == e.article })
            #expect(ScalarText(article.text)[TextSpan(e.start, e.end)] == e.text, "evidence is the article's words")
        }
    }

    @Test func presenceReadsAcronymsDistinctiveWordsAndHyphenatedNames() {
        let factExtractor = FactExtractor(actors: Self.actors, places: Self.places)
        func present(_ fact: Fact, _ body: String) -> Bool {
            FactPresence(Self.article("x", "X", body), extractor: factExtractor).mentions(fact)
        }
        let nra = Fact(kind: .name, key: "entity:nra", text: "NRA", spans: [], words: "nra", acronym: FactPresence.acronym(of: ["nra"]))
        #expect(present(nra, "The National Rifle Association released a report."))
        #expect(!present(nra, "The national rifle club released a report."), "initials of capitalised words only")
        let full = Fact(kind: .name, key: "entity:national-rifle-association", text: "National Rifle Association", spans: [],
                        words: "national rifle association", acronym: FactPresence.acronym(of: ["national", "rifle", "association"]))
        #expect(present(full, "The NRA released a report."))
        let georgetown = Fact(kind: .name, key: "entity:georgetown-university", text: "Georgetown University", spans: [],
                              words: "georgetown university", properWords: EventEntities.distinctive("georgetown university"))
        #expect(present(georgetown, "Faculty members at Georgetown, the Jesuit university, wrote a letter."))
        #expect(!present(georgetown, "Faculty members wrote a letter."))
        let budget = Fact(kind: .name, key: "entity:house-budget-committee", text: "House Budget Committee", spans: [],
                          words: "house budget committee", properWords: EventEntities.distinctive("house budget committee"))
        #expect(!present(budget, "He defended his budget in the House."), "distinctive words count only written as names")
        let ticket = FactExtractor(actors: .empty).facts(in: Self.article("t", "T", "The Romney-Ryan plan was new."))
            .first { $0.kind == .name }
        #expect(ticket.map { present($0, "Mitt Romney chose Paul Ryan.") } == true)
    }

    /// The statement omissions of an event of one article per outlet (outlets named "A", "B", … in order), facts aside.
    static func statementOmissions(_ texts: [String]) -> [Omission] {
        let articles = texts.enumerated().map { k, text in
            let outlet = String(UnicodeScalar(UInt8(65 + k)))
            return Self.article(outlet.lowercased(), outlet, text)
        }
        return OmissionFinder.find(articles: articles, facts: articles.map { _ in [] }, clusters: [],
                                   tables: articles.map { SentenceTable($0) }).filter { $0.kind == .statement }
    }

    @Test func aStatementSaidInOtherWordsIsNotLeftOut() throws {
        let omissions = Self.statementOmissions([
            "Mr. Lee said he used money he should not have used for personal purposes. The court met.",
            "Mr. Lee admitted he used money he should not have used for personal purposes. The court met.",
            "Mr. Lee conceded some of the “money should not have been used” on his personal purposes. The court met.",
            "The court met on Monday.",
        ])
        let money = try #require(omissions.first { $0.text.contains("money") })
        #expect(money.missingFrom == ["D"], "C says it in other words")
    }

    @Test func aStatementReportedInPartIsNotLeftOut() throws {
        // D reports the rate but not whose or over how long: in part, not left out; E reports nothing of it.
        let bush = "Bush paid an effective tax rate of roughly 36 percent over those three decades. The court met."
        let omissions = Self.statementOmissions([
            bush, bush, bush,
            "The Clintons' effective tax rate for 2014 was 35.7 percent, their returns show. The court met.",
            "The court met on Monday.",
        ])
        let rate = try #require(omissions.first { $0.text.contains("tax rate") })
        #expect(rate.reportedBy == ["A", "B", "C"])
        #expect(rate.reportedInPartBy == ["D"] && rate.missingFrom == ["E"], "\(rate)")
    }

    @Test func presenceReadsOtherSpellingsOfAPlace() throws {
        let factExtractor = FactExtractor(actors: Self.actors, places: Self.places)
        let a = Self.article("a", "A", "Troops left the United States.")
        let b = Self.article("b", "B", "Troops left the U.S. on Monday.")
        let fact = try #require(factExtractor.facts(in: a).first { $0.kind == .place })
        #expect(FactPresence(b, extractor: factExtractor).mentions(fact))
    }
}
