import Lexicon
import Text

/// What slant measures in one article, as counts that add up: records from any number of runs or machines merge by
/// summing, so an outlet's profile over many events is computed from records alone (`slant analyze`, then `slant
/// profile --records`).
///
/// Counts are kept for the five disjoint voices only (headline, lead, narration, quote, scare_quote); the sums (own,
/// quoted, all) are derived where they are read, so nothing is ever counted twice.
public struct ArticleRecord: Codable, Sendable, Equatable {
    public static let schema = "slant.record/1"

    public var schema: String
    public var id: String
    public var event: String
    public var outlet: String
    /// The outlet's group when the input gives one ("left", "state media"); `slant profile --by group` reads it.
    public var group: String?
    public var date: String?
    public var url: String?
    public var title: String
    /// SHA-256 of the clean text the counts were made from.
    public var textSHA256: String
    /// The extractor that made the clean text from HTML ("slant-extract 1.2"), or nil for text given as text.
    public var extractor: String?
    /// The lexicons (and the actors list), each with the SHA-256 of its content: records made with other lexicons do
    /// not add up.
    public var lexicons: [LexiconVersion]
    /// Words by voice.
    public var words: [String: Int]
    /// Matches by `LEXICON/CATEGORY`, then by voice.
    public var counts: [String: [String: Int]]
    /// The dominant category of the headline, per frame lexicon (absent when the headline matches none).
    public var headlineFrames: [String: String]
    /// Quotations by kind (direct, partial, scare).
    public var quotes: [String: Int]
    /// Who is quoted: one entry per speaker, in the order of their first quote.
    public var speakers: [SpeakerCount]
    /// How many articles the record adds up: absent (1) for one article's record, N for the sum of N records of one
    /// outlet and event (what a cluster reduces records to; `slant profile` reads sums and records alike).
    public var articles: Int?
    /// The outlet's omissions in the event (what most outlets report, what it leaves out or reports in part): only
    /// when the record was made with its whole event at hand (`slant analyze EVENT`), and on the outlet's first
    /// article of the event, so that summing records counts each outlet and event once.
    public var omissions: OmissionCounts?
    /// Content words of the outlet's own voice (folded, function words left out) with their counts, when asked for
    /// (`slant analyze --words`; always for `slant profile EVENT…`): what an outlet's distinctive words across events
    /// are computed from.
    public var ownWords: [String: Int]?
    /// The facts the article reports, by key (`number:2500`, `date:7-26`, `entity:mustafa-al-kadhimi`, `place:iraq`),
    /// with how many times it states each: only in records of whole events, where people and organisations have the
    /// event's keys (the report's section 6 compares the same keys).
    public var facts: [String: Int]?

    public struct LexiconVersion: Codable, Sendable, Equatable, Hashable {
        public var name: String
        public var sha256: String
    }

    public struct SpeakerCount: Codable, Sendable, Equatable {
        public var name: String
        /// The actors list's group of the speaker ("us_government"), when it has one.
        public var group: String?
        public var quotes: Int
        /// Words inside their quotations.
        public var words: Int
        /// Whether theirs is the article's first attributed quote.
        public var first: Bool
        /// In a sum of records: in how many of its articles they were quoted first (absent in one article's record,
        /// where `first` says it).
        public var firsts: Int? = nil

        /// In how many articles they were quoted first.
        public var timesFirst: Int { firsts ?? (first ? 1 : 0) }
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, event, outlet, group, date, url, title, textSHA256 = "text_sha256", extractor, lexicons, words, counts
        case headlineFrames = "headline_frames", quotes, speakers, articles, omissions, ownWords = "own_words", facts
    }

    /// Words of a voice or of a sum of voices.
    public func words(_ key: VoiceKey) -> Int { Self.sum(words, key) }

    /// Matches of `LEXICON/CATEGORY` in a voice or a sum of voices.
    public func count(_ measure: String, _ key: VoiceKey) -> Int { counts[measure].map { Self.sum($0, key) } ?? 0 }

    static func sum(_ byVoice: [String: Int], _ key: VoiceKey) -> Int {
        switch key {
        case .own: return Voice.allCases.filter(\.isOwn).reduce(0) { $0 + (byVoice[$1.rawValue] ?? 0) }
        case .quoted: return byVoice[Voice.quote.rawValue] ?? 0
        case .all: return Voice.allCases.reduce(0) { $0 + (byVoice[$1.rawValue] ?? 0) }
        default: return byVoice[key.rawValue] ?? 0
        }
    }
}

/// Makes analysis records: one article at a time, a pure function of the article and the lexicons.
public struct RecordMaker: Sendable {
    let extractor: QuoteExtractor
    let scorer: FramingScorer
    let versions: [ArticleRecord.LexiconVersion]
    let lexicons: [Lexicon]
    let actors: ActorList
    let places: Lexicon?

    public init(lexicons: [Lexicon], actors: ActorList, places: Lexicon? = nil) {
        self.lexicons = lexicons
        self.actors = actors
        self.places = places
        extractor = QuoteExtractor(actors: actors, places: places)
        scorer = FramingScorer(lexicons: lexicons)
        versions = lexicons.map { ArticleRecord.LexiconVersion(name: $0.name, sha256: Self.contentHash($0)) }
            + (actors.actors.isEmpty ? [] : [ArticleRecord.LexiconVersion(name: "actors", sha256: Self.contentHash(actors))])
    }

    /// A hash of the actors list: who each actor is, their aliases and groups, and the groups' patterns (speaker
    /// groups in records come from it).
    static func contentHash(_ actors: ActorList) -> String {
        var text = "actors\n"
        for a in actors.actors { text += "\(a.name)\t\(a.kind)\t\(a.group ?? "")\t\(a.role ?? "")\t\(a.aliases.joined(separator: "|"))\n" }
        for g in actors.groups { text += "# \(g.id)\t\(g.label)\t\(g.patterns.joined(separator: "|"))\n" }
        return SHA256.hex(utf8: text)
    }

    /// The record of one article of `event`; `extractor` names what made its clean text from a page, if anything did.
    /// `words`: also count the content words of the outlet's own voice. `quotes`: the article's quotations as its
    /// event's analysis attributed them (one name per person across the event), else extracted from it alone.
    public func record(_ article: Article, event: String, group: String? = nil, extractor extractorVersion: String? = nil,
                       words withWords: Bool = false, quotes given: [Quote]? = nil) -> ArticleRecord {
        let quotes = given ?? extractor.quotes(in: article)
        let profile = scorer.profile(article, quotes: quotes)
        var words: [String: Int] = [:]
        for voice in Voice.allCases { words[voice.rawValue] = profile.words(VoiceKey(voice)) }
        var counts: [String: [String: Int]] = [:]
        for c in profile.counts where !c.voice.isTotal && c.count > 0 {
            counts[c.lexicon + "/" + c.category, default: [:]][c.voice.rawValue, default: 0] += c.count
        }
        var frames: [String: String] = [:]
        for h in profile.headlineFrames { if let category = h.category { frames[h.lexicon] = category } }
        var kinds: [String: Int] = [:]
        for kind in QuoteKind.allCases { kinds[kind.rawValue] = quotes.filter { $0.kind == kind }.count }
        let scalars = ScalarText(article.text)
        var speakers: [ArticleRecord.SpeakerCount] = []
        for q in quotes where q.kind != .scare {
            guard let name = q.actor ?? q.speaker else { continue }
            let quoted = WordCounter.count(scalars[q.content])
            if let i = speakers.firstIndex(where: { $0.name == name }) {
                speakers[i].quotes += 1
                speakers[i].words += quoted
            } else {
                speakers.append(.init(name: name, group: q.group, quotes: 1, words: quoted, first: speakers.isEmpty))
            }
        }
        var ownWords: [String: Int]? = nil
        if withWords {
            let map = FramingScorer.VoiceMap(article: article, quotes: quotes)
            ownWords = Keyness.words(article.text, outlet: article.outlet, where: { map.voice($0).isOwn })
        }
        return ArticleRecord(schema: ArticleRecord.schema, id: article.id, event: event, outlet: article.outlet, group: group,
                             date: article.date, url: article.url, title: article.title,
                             textSHA256: SHA256.hex(utf8: article.text), extractor: extractorVersion, lexicons: versions,
                             words: words, counts: counts, headlineFrames: frames, quotes: kinds, speakers: speakers,
                             ownWords: ownWords)
    }

    /// The records of a whole event's articles (on all cores), as the event's report counts them: speakers named as
    /// the report names them (one name per person across the event), each article's facts by the event's keys, and
    /// each outlet's first article carrying the outlet's omissions in the event.
    public func records(ofEvent event: String, articles: [Article], workers: Int? = nil, words: Bool = false) -> [ArticleRecord] {
        let analysis = EventAnalysis(articles: articles, lexicons: lexicons, actors: actors, places: places, distinctiveTop: 0)
        var records = Parallel.map(count: articles.count, workers: workers) {
            record(articles[$0], event: event, words: words, quotes: analysis.quotes[$0])
        }
        let omissions = EventOmissions(analysis: analysis, actors: actors, places: places)
        var seen: Set<String> = []
        for i in records.indices {
            records[i].facts = Dictionary(omissions.facts[i].map { ($0.key, $0.spans.count) }, uniquingKeysWith: +)
            if seen.insert(records[i].outlet).inserted { records[i].omissions = omissions.counts(of: records[i].outlet) }
        }
        return records
    }

    /// A hash of what a lexicon matches: its name, kind, categories and entries (not its file or comments).
    static func contentHash(_ lexicon: Lexicon) -> String {
        var text = lexicon.name + "\n" + lexicon.kind.rawValue + "\n"
        for category in lexicon.categories {
            text += "# " + category.name + "\n"
            for e in category.entries { text += "\(e.term)\t\(e.weight)\t\(e.exactCase)\n" }
        }
        return SHA256.hex(utf8: text)
    }
}
