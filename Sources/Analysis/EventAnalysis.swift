import Lexicon
import Text

/// Everything the analysis finds in a set of articles, computed once: quotes, framing profiles per article and per
/// outlet, distinctive words per outlet, and the quote selection across outlets.
public struct EventAnalysis: Sendable {
    public let articles: [Article]
    public let quotes: [[Quote]]
    /// The people and organisations of each article, which its quotes' `entity` indexes.
    public let entities: [ArticleEntities]
    /// The same joined across the articles, which its quotes' `speakerID` names.
    public let eventEntities: EventEntities
    public let profiles: [FramingProfile]
    /// Outlets in order of first appearance, with their articles' profiles added together.
    public let outlets: [String]
    public let outletProfiles: [FramingProfile]
    public let distinctive: [[DistinctiveWord]]
    public let selection: QuoteSelection
    public let lexicons: [Lexicon]

    /// `places` (the gazetteer) keeps places from being read as speakers.
    public init(articles: [Article], lexicons: [Lexicon], actors: ActorList, places: Lexicon? = nil, distinctiveTop: Int = 15) {
        self.articles = articles
        self.lexicons = lexicons
        let extractor = QuoteExtractor(actors: actors, places: places)
        let scorer = FramingScorer(lexicons: lexicons)
        let event = EventQuotes(articles: articles, extractor: extractor)
        let quotes = event.quotes
        self.quotes = quotes
        self.entities = event.articleEntities
        self.eventEntities = event.entities
        let profiles = Parallel.map(count: articles.count) { scorer.profile(articles[$0], quotes: quotes[$0]) }
        self.profiles = profiles
        var outlets: [String] = []
        var articlesOf: [String: [Int]] = [:]
        for (i, a) in articles.enumerated() {
            if articlesOf[a.outlet] == nil { outlets.append(a.outlet) }
            articlesOf[a.outlet, default: []].append(i)
        }
        self.outlets = outlets
        outletProfiles = outlets.map { outlet in
            FramingScorer.combine(articlesOf[outlet]!.map { profiles[$0] }, outlet: outlet, lexicons: lexicons)
        }
        // Keyness on each outlet's own voice.
        let articleWords: [[String: Int]] = Parallel.map(count: articles.count) { i in
            let map = FramingScorer.VoiceMap(article: articles[i], quotes: quotes[i])
            return Keyness.words(articles[i].text, outlet: articles[i].outlet, where: { map.voice($0).isOwn })
        }
        let ownWords: [[String: Int]] = outlets.map { outlet in
            var counts: [String: Int] = [:]
            for i in articlesOf[outlet]! { for (w, c) in articleWords[i] { counts[w, default: 0] += c } }
            return counts
        }
        distinctive = outlets.count > 1 ? Keyness.distinctive(ownWords, top: distinctiveTop) : outlets.map { _ in [] }
        selection = QuoteSelection(articles: articles, quotes: quotes, actors: actors)
    }
}
