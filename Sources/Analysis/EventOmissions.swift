import Lexicon
import Text

/// What more than half of an event's outlets report and which outlets leave it out: facts (with the event's people and
/// organisations as one entity each), quotations and statements, and how many such things there are. The report's
/// section and the records' omission counts both come from here, so an outlet's omissions are the same numbers
/// everywhere.
public struct EventOmissions: Sendable {
    public let omissions: [Omission]
    /// Things more than half of the outlets report, whether some outlets leave them out or none does.
    public let majorityItems: Int
    /// Each article's facts (numbers with what they count, dates, places, names; people and organisations as the
    /// event's entities), in the articles' order.
    public let facts: [[Fact]]
    let outlets: [String]

    public init(analysis: EventAnalysis, actors: ActorList, places: Lexicon?) {
        let articles = analysis.articles
        // Facts and sentence tables per article, on all cores.
        let extractor = FactExtractor(actors: actors, places: places)
        let perArticle = Parallel.map(count: articles.count) { i in
            (facts: extractor.facts(in: articles[i]), table: SentenceTable(articles[i]), presence: FactPresence(articles[i], extractor: extractor))
        }
        let entityFacts = analysis.eventEntities.facts(analysis.entities, texts: articles.map(\.text))
        let facts = zip(perArticle, entityFacts).map { OmissionFinder.merge(extracted: $0.facts, entities: $1) }
        (omissions, majorityItems) = OmissionFinder.survey(articles: articles, facts: facts, clusters: analysis.selection.clusters,
                                                           tables: perArticle.map(\.table), presence: perArticle.map(\.presence))
        self.facts = facts
        outlets = analysis.outlets
    }

    /// One outlet's part: how many things most outlets report, how many of them it leaves out, how many it reports
    /// only in part. Nil for an outlet the event does not have, and with fewer than three outlets (no "most").
    public func counts(of outlet: String) -> OmissionCounts? {
        guard outlets.contains(outlet), outlets.count >= 3 else { return nil }
        return OmissionCounts(majority: majorityItems,
                              leftOut: omissions.filter { $0.missingFrom.contains(outlet) }.count,
                              inPart: omissions.filter { $0.reportedInPartBy.contains(outlet) }.count)
    }
}

/// An outlet's omissions in one event, as a record carries them: additive over events.
public struct OmissionCounts: Codable, Sendable, Equatable {
    /// Things (facts, quotations, statements) more than half of the event's outlets report.
    public var majority: Int
    /// Of them, those the outlet leaves out.
    public var leftOut: Int
    /// Of them, those it reports only in part (a statement it gives part of).
    public var inPart: Int

    public init(majority: Int, leftOut: Int, inPart: Int) {
        self.majority = majority
        self.leftOut = leftOut
        self.inPart = inPart
    }

    enum CodingKeys: String, CodingKey {
        case majority, leftOut = "left_out", inPart = "in_part"
    }
}
