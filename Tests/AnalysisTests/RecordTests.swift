import Foundation
import Testing
import Text
@testable import Analysis
@testable import Lexicon

/// Analysis records (one per article, counts that add up) and outlet profiles computed from them.
@Suite("Analysis records and outlet profiles")
struct RecordTests {
    static let lexicon = Lexicon(name: "test", kind: .markers, description: "", file: "test.yaml", format: "slant",
                                 categories: [LexiconCategory(name: "loaded", entries: [LexiconEntry(term: "disaster"), LexiconEntry(term: "radical")])])
    static let maker = RecordMaker(lexicons: [lexicon], actors: QuoteTests.actors, places: QuoteTests.places)

    static func article(_ id: String, _ outlet: String, _ body: String) -> Article {
        Article(id: id, outlet: outlet, text: "A headline\n\n" + body, headlineFirst: true)
    }

    @Test func aRecordCountsByVoiceAsTheScorerDoes() throws {
        let a = Self.article("a", "A", "The radical plan was a disaster, critics said. “It is a disaster,” Biden said.")
        let r = Self.maker.record(a, event: "e1")
        #expect(r.schema == ArticleRecord.schema)
        #expect(r.count("test/loaded", .narration) + r.count("test/loaded", .lead) == 2, "the outlet's own words")
        #expect(r.count("test/loaded", .quote) == 1, "the word inside the quotation is the quote's")
        #expect(r.count("test/loaded", .all) == 3)
        let profile = FramingScorer(lexicons: [Self.lexicon]).profile(a, quotes: QuoteExtractor(actors: QuoteTests.actors).quotes(in: a))
        for voice in VoiceKey.allCases { #expect(r.words(voice) == profile.words(voice), "\(voice)") }
        #expect(r.speakers.map(\.name) == ["Joe Biden"])
        #expect(r.speakers.first?.first == true)
        #expect(r.textSHA256 == SHA256.hex(utf8: a.text))
        #expect(r.lexicons.map(\.name) == ["test", "actors"] && r.lexicons.allSatisfy { $0.sha256.count == 64 }, "the actors list is hashed too")
    }

    static func records() -> [ArticleRecord] {
        var out: [ArticleRecord] = []
        for e in 0..<12 {
            out.append(maker.record(article("a\(e)", "Alpha", "The radical plan was a disaster. A disaster, they say, of radical size. Officials met on day \(e)."), event: "e\(e)"))
            out.append(maker.record(article("b\(e)", "Beta", "The plan was discussed at length. Officials met on day \(e) and said little of note."), event: "e\(e)"))
        }
        out.append(maker.record(article("c", "Gamma", "A disaster."), event: "e0"))
        return out
    }

    @Test func profilesDoNotDependOnTheOrderOfTheRecords() {
        let records = Self.records()
        let one = OutletProfiles(records: records).rows
        let shuffled = OutletProfiles(records: Array(records.reversed()[5...]) + Array(records.reversed()[..<5])).rows
        #expect(one == shuffled)
        #expect(one == OutletProfiles(records: records).rows, "the same records give the same intervals")
    }

    @Test func ratesAreRatiosOfSumsWithIntervalsOverEvents() throws {
        let rows = OutletProfiles(records: Self.records()).rows
        let alpha = try #require(rows.first { $0.outlet == "Alpha" && $0.measure == "test/loaded" && $0.voice == "own" })
        let words = Self.records().filter { $0.outlet == "Alpha" }.reduce(0) { $0 + $1.words(.own) }
        #expect(abs(alpha.value - 4 * 12 * 1000 / Double(words)) < 1e-9)
        #expect(alpha.events == 12 && alpha.articles == 12)
        #expect(alpha.ciLow <= alpha.value && alpha.value <= alpha.ciHigh)
        let beta = try #require(rows.first { $0.outlet == "Beta" && $0.measure == "test/loaded" && $0.voice == "own" })
        #expect(beta.value == 0 && beta.ciHigh == 0, "no matches: the rate is zero, with its denominator counted")
        let gamma = try #require(rows.first { $0.outlet == "Gamma" && $0.measure == "test/loaded" && $0.voice == "own" })
        #expect(gamma.events == 1 && gamma.ciLow == gamma.ciHigh, "one event: nothing to resample")
    }

    @Test func aComparisonIsPairedByTheEventsBothCover() throws {
        let profiles = OutletProfiles(records: Self.records())
        let d = try #require(profiles.compare("Alpha", "Beta").first { $0.measure == "test/loaded" && $0.voice == "own" })
        #expect(d.events == 12)
        #expect(d.clear && d.ciLow > 0)
        let g = try #require(profiles.compare("Alpha", "Gamma").first { $0.measure == "test/loaded" && $0.voice == "own" })
        #expect(g.events == 1, "Gamma covers one of Alpha's events")
    }

    @Test func recordsRoundTripThroughJSON() throws {
        let r = Self.records()[0]
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(ArticleRecord.self, from: data) == r)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["text_sha256"] != nil && object["headline_frames"] != nil)
    }

    /// The sum of records of one outlet and event, as a cluster reduces them.
    static func sum(_ records: [ArticleRecord]) -> ArticleRecord {
        var total = records[0]
        total.articles = records.count
        for r in records.dropFirst() {
            for (voice, n) in r.words { total.words[voice, default: 0] += n }
            for (measure, byVoice) in r.counts { for (voice, n) in byVoice { total.counts[measure, default: [:]][voice, default: 0] += n } }
            for (kind, n) in r.quotes { total.quotes[kind, default: 0] += n }
            total.speakers += r.speakers
            if let o = r.omissions {
                let t = total.omissions ?? OmissionCounts(majority: 0, leftOut: 0, inPart: 0)
                total.omissions = OmissionCounts(majority: t.majority + o.majority, leftOut: t.leftOut + o.leftOut, inPart: t.inPart + o.inPart)
            }
        }
        return total
    }

    @Test func recordsOfAWholeEventCarryEachOutletsOmissionsOnce() throws {
        let troops = "The Pentagon will keep 2,500 troops in Iraq after the talks in Baghdad."
        let articles = [
            Self.article("a", "Alpha", troops + " The talks ended on Monday."),
            Self.article("a2", "Alpha", "A second piece on the same talks."),
            Self.article("b", "Beta", troops + " Officials were calm."),
            Self.article("c", "Gamma", "The talks in Baghdad ended. Officials were calm."),
        ]
        let records = Self.maker.records(ofEvent: "e", articles: articles)
        #expect(records.map(\.id) == ["a", "a2", "b", "c"], "in the articles' order")
        #expect(records[1].omissions == nil, "an outlet's second article carries none: sums count each outlet once")
        let alpha = try #require(records[0].omissions), gamma = try #require(records[3].omissions)
        #expect(alpha.majority == gamma.majority && alpha.majority >= 1)
        #expect(gamma.leftOut >= 1 && alpha.leftOut < gamma.leftOut, "Gamma leaves out the 2,500 troops")
        // The profile's share is left-out things over what most outlets report, summed over events.
        let rows = OutletProfiles(records: records).rows
        let share = try #require(rows.first { $0.outlet == "Gamma" && $0.measure == "left_out" })
        #expect(share.voice == "all" && abs(share.value - Double(gamma.leftOut) / Double(gamma.majority)) < 1e-9)
        #expect(!OutletProfiles(records: Self.records()).rows.contains { $0.measure == "left_out" },
                "records made one article at a time carry no omissions, and the profile shows none")
        let data = try JSONEncoder().encode(records[3])
        #expect(String(decoding: data, as: UTF8.self).contains("\"left_out\""))
        #expect(try JSONDecoder().decode(ArticleRecord.self, from: data) == records[3])
    }

    @Test func recordsOfAWholeEventNameEachSpeakerOnceAcrossItsOutlets() throws {
        let articles = [
            Self.article("a", "Alpha", "Chief Justice John G. Roberts Jr. wrote for the court. “The class is too large,” Chief Justice Roberts said."),
            Self.article("b", "Beta", "“The class is too large,” John Roberts said on Monday."),
            Self.article("c", "Gamma", "The ruling came on Monday."),
        ]
        let alone = Self.maker.record(articles[1], event: "e").speakers.map(\.name)
        let records = Self.maker.records(ofEvent: "e", articles: articles)
        #expect(records[0].speakers.map(\.name) == records[1].speakers.map(\.name), "\(records.map { $0.speakers.map(\.name) }) (alone: \(alone))")
        #expect(records[1].speakers.first?.name == "John G. Roberts Jr")
        #expect(alone == ["John Roberts"], "an article read alone names him as it writes him")
    }

    @Test func whoIsQuotedFirstIsAShareOfTheArticlesWithQuotations() throws {
        let records = [
            Self.maker.record(Self.article("a1", "Alpha", "“We are leaving,” Biden said. “Not yet,” said Ann Cole, a farmer."), event: "e1"),
            Self.maker.record(Self.article("a2", "Alpha", "“Not yet,” said Ann Cole, a farmer. “We are leaving,” Biden said."), event: "e2"),
            Self.maker.record(Self.article("a3", "Alpha", "Nobody was quoted here at all."), event: "e3"),
        ]
        let group = try #require(records[0].speakers.first { $0.name == "Joe Biden" }?.group)
        let rows = OutletProfiles(records: records).rows
        let first = try #require(rows.first { $0.measure == "quoted_first/" + group })
        #expect(first.value == 0.5 && first.voice == "quoted", "first in one of the two articles that quote anyone")
        // A sum of records (as a cluster makes) counts every article a speaker was first in.
        var sum = Self.sum(Array(records[..<2]))
        sum.speakers = [ArticleRecord.SpeakerCount(name: "Joe Biden", group: group, quotes: 2, words: 6, first: true, firsts: 1),
                        ArticleRecord.SpeakerCount(name: "Ann Cole", group: nil, quotes: 2, words: 4, first: true, firsts: 1)]
        sum.event = "e1"
        let summed = OutletProfiles(records: [sum]).rows.first { $0.measure == "quoted_first/" + group }
        #expect(summed?.value == 0.5)
    }

    @Test func ownWordsLeaveQuotationsOutAndGiveDistinctiveWordsAcrossEvents() throws {
        let r = Self.maker.record(Self.article("a", "A", "The regime cracked down. “Freedom now,” Biden said."), event: "e", words: true)
        let words = try #require(r.ownWords)
        #expect(words["regime"] == 1 && words["freedom"] == nil, "the quotation's words are not the outlet's")
        #expect(Self.maker.record(Self.article("a", "A", "The regime cracked down."), event: "e").ownWords == nil, "only when asked for")
        var records: [ArticleRecord] = []
        for e in 0..<6 {
            records.append(Self.maker.record(Self.article("a\(e)", "Alpha", "The regime cracked down on protesters in the capital on day \(e)."), event: "e\(e)", words: true))
            records.append(Self.maker.record(Self.article("b\(e)", "Beta", "The government cracked down on protesters in the capital on day \(e)."), event: "e\(e)", words: true))
        }
        let profiles = OutletProfiles(records: records)
        #expect(profiles.distinctive["Alpha"]?.first?.word == "regime")
        #expect(profiles.distinctive["Beta"]?.first?.word == "government")
        #expect(OutletProfiles(records: Self.records()).distinctive.isEmpty, "records without words give none")
    }

    @Test func sumsPerOutletAndEventGiveTheProfileOfTheirRecords() {
        let records = Self.records() + [Self.maker.record(Self.article("a0b", "Alpha", "A radical second piece."), event: "e0")]
        let grouped = Dictionary(grouping: records) { $0.outlet + "|" + $0.event }
        let sums = grouped.keys.sorted().map { Self.sum(grouped[$0]!) }
        #expect(OutletProfiles(records: sums).rows == OutletProfiles(records: records).rows)
        #expect(OutletProfiles(records: sums).events(of: "Alpha").first?.articles == 2)
    }
}
