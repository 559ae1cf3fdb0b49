import Lexicon
import Text

/// The quotes of a set of articles with each speaker tied to one person or organisation across them: a quote's
/// `speaker` becomes the event entity's name, `speakerID` its id, and `actor`/`group` the actor it is, so the matrix,
/// the clusters, the diff and the omissions all count one person once.
public struct EventQuotes: Sendable {
    public let quotes: [[Quote]]
    public let articleEntities: [ArticleEntities]
    public let entities: EventEntities

    public init(articles: [Article], extractor: QuoteExtractor) {
        let analysed = Parallel.map(count: articles.count) { extractor.analyse(articles[$0]) }
        self.init(analysed: analysed, actors: extractor.actors)
    }

    /// From quotes and entities already found per article.
    public init(analysed: [(quotes: [Quote], entities: ArticleEntities)], actors: ActorList) {
        articleEntities = analysed.map(\.entities)
        let entities = EventEntities(articleEntities, actors: actors)
        self.entities = entities
        // A speaker named by surname alone in an article that never gives the full name ("Norton said") is the one
        // person of the event with that surname, when there is exactly one.
        var bySurname: [String: [Int]] = [:]
        for (k, e) in entities.entities.enumerated() where e.kind == .person {
            let words = e.name.split(separator: " ")
            if words.count > 1, let last = words.last { bySurname[String(last), default: []].append(k) }
        }
        quotes = analysed.enumerated().map { a, pair in
            pair.quotes.map { quote in
                var q = quote
                let event: EventEntity
                if let local = q.entity, let e = entities.entity(article: a, local) {
                    event = e
                } else if q.kind != .scare, let name = q.speaker, !name.contains(" "), name.first?.isUppercase == true,
                          let only = bySurname[name], only.count == 1 {
                    event = entities.entities[only[0]]
                } else {
                    return q
                }
                let e = event
                q.speaker = e.name
                q.speakerID = e.id
                q.actor = e.actor
                q.group = e.group
                return q
            }
        }
    }
}
