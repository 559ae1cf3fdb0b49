import Analysis
import Lexicon
import Text

/// The event a report is about.
public struct ReportEvent: Codable, Sendable, Equatable {
    public var slug: String
    public var title: String
    public var description: String
    public var start: String?
    public var end: String?

    public init(slug: String, title: String, description: String = "", start: String? = nil, end: String? = nil) {
        self.slug = slug
        self.title = title
        self.description = description
        self.start = start
        self.end = end
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug); try c.encode(title, forKey: .title); try c.encode(description, forKey: .description)
        try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
    }
}

/// A lexicon the report used, and its categories with their descriptions.
public struct ReportLexicon: Codable, Sendable, Equatable {
    public var name: String
    public var kind: String
    public var description: String
    public var categories: [ReportCategory]
}

public struct ReportCategory: Codable, Sendable, Equatable {
    public var name: String
    public var description: String
    public var entries: Int
}

/// One article's headline: its dominant frames and scare quotes, and the loaded words in it.
public struct ReportHeadline: Codable, Sendable, Equatable {
    public var article: String
    public var text: String
    public var start: Int
    public var end: Int
    public var frames: [HeadlineFrame]
    public var scareQuotes: [SpanText]
    public var ownVoiceTerms: [FramingMatch]

    enum CodingKeys: String, CodingKey {
        case article, text, start, end, frames, scareQuotes = "scare_quotes", ownVoiceTerms = "own_voice_terms"
    }
}

/// One outlet at a glance.
public struct OutletSummary: Codable, Sendable, Equatable {
    public var outlet: String
    public var articles: [String]
    public var words: [String: Int]
    public var headlines: [ReportHeadline]
    public var quotes: Int
    public var speakers: Int
    /// The first speaker the outlet quotes.
    public var firstSpeaker: String?
    /// The outlet's group ("left", "state media") when a groups file gives one.
    public var group: String?

    enum CodingKeys: String, CodingKey { case outlet, articles, words, headlines, quotes, speakers, firstSpeaker = "first_speaker", group }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outlet, forKey: .outlet); try c.encode(articles, forKey: .articles); try c.encode(words, forKey: .words)
        try c.encode(headlines, forKey: .headlines); try c.encode(quotes, forKey: .quotes); try c.encode(speakers, forKey: .speakers)
        try c.encode(firstSpeaker, forKey: .firstSpeaker)
        try c.encodeIfPresent(group, forKey: .group)
    }
}

/// An article's place on the timeline.
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var date: String?
    public var outlet: String
    public var article: String
    public var title: String

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date); try c.encode(outlet, forKey: .outlet); try c.encode(article, forKey: .article)
        try c.encode(title, forKey: .title)
    }
}

/// A frame rate in one voice group of one outlet.
public struct FrameValue: Codable, Sendable, Equatable {
    public var category: String
    /// `narration` (the outlet's own sentences, scare quotes included), `quotes`, or `headline_and_lead`.
    public var voice: String
    public var count: Int
    public var words: Int
    public var ratePer1000: Double

    enum CodingKeys: String, CodingKey { case category, voice, count, words, ratePer1000 = "rate_per_1000" }
}

/// One frame lexicon's rates for every outlet, split by voice.
public struct FrameChart: Codable, Sendable, Equatable {
    public var lexicon: String
    /// The categories any outlet uses, in lexicon order.
    public var categories: [String]
    public var outlets: [OutletFrames]
}

public struct OutletFrames: Codable, Sendable, Equatable {
    public var outlet: String
    public var values: [FrameValue]
}

/// A term an outlet uses in its own voice, with every occurrence.
public struct TermUse: Codable, Sendable, Equatable {
    public var term: String
    public var count: Int
    public var evidence: [Evidence]
}

/// A non-frame category (loaded words, hedges, attribution verbs…) in one outlet's own voice.
public struct OwnVoiceCategory: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String
    public var count: Int
    public var ratePer1000: Double
    public var terms: [TermUse]

    enum CodingKeys: String, CodingKey { case lexicon, category, count, ratePer1000 = "rate_per_1000", terms }
}

public struct OwnVoice: Codable, Sendable, Equatable {
    public var outlet: String
    public var words: Int
    public var categories: [OwnVoiceCategory]
}

public struct OutletDistinctive: Codable, Sendable, Equatable {
    public var outlet: String
    public var words: [DistinctiveWord]
}

/// One article as the report shows it: the clean text and everything found in it, as spans.
public struct ReportArticle: Codable, Sendable, Equatable {
    public var id: String
    public var outlet: String
    public var title: String
    public var date: String?
    public var url: String?
    public var authors: [String]
    public var text: String
    public var headline: TextSpan
    public var paragraphs: [TextSpan]
    /// Words per voice, and matches per category and voice with rates per 1,000 words of that voice.
    public var words: [String: Int]
    public var counts: [CategoryCount]
    public var matches: [FramingMatch]
    public var quotes: [QuoteRecord]
    public var scareQuotes: [SpanText]

    enum CodingKeys: String, CodingKey {
        case id, outlet, title, date, url, authors, text, headline, paragraphs, words, counts, matches, quotes, scareQuotes = "scare_quotes"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(outlet, forKey: .outlet); try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date); try c.encode(url, forKey: .url); try c.encode(authors, forKey: .authors)
        try c.encode(text, forKey: .text); try c.encode(headline, forKey: .headline); try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(words, forKey: .words); try c.encode(counts, forKey: .counts); try c.encode(matches, forKey: .matches); try c.encode(quotes, forKey: .quotes); try c.encode(scareQuotes, forKey: .scareQuotes)
    }
}

/// Quote selection across the event.
public struct QuoteSection: Codable, Sendable, Equatable {
    public var matrix: [QuoteMatrixRow]
    public var clusters: [QuoteCluster]
}

/// Everything a framing report shows, in one value: the renderers only lay it out. Offsets are Unicode scalars into
/// `articles[].text` (the stored clean text).
public struct ComparisonReport: Codable, Sendable, Equatable {
    public var generator: String
    public var event: ReportEvent
    public var lexicons: [ReportLexicon]
    public var outlets: [OutletSummary]
    public var timeline: [TimelineEntry]
    public var frames: [FrameChart]
    public var ownVoice: [OwnVoice]
    public var quotes: QuoteSection
    public var omissions: [Omission]
    public var distinctive: [OutletDistinctive]
    public var articles: [ReportArticle]
    public var warnings: [ReportWarning]
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case generator, event, lexicons, outlets, timeline, frames, ownVoice = "own_voice", quotes, omissions, distinctive
        case articles, warnings, notes
    }

    /// The caveats every report carries.
    public static let readingNotes = [
        "Lexicon counts are evidence for a reader to weigh, not a verdict: a word list cannot tell irony, negation beyond a few words, or a word used in another sense, and every count links to the passages behind it.",
        "Rates are per 1,000 words of the same voice: narration is the outlet's own sentences (its scare quotes included), quotes are the words of the people it quotes, headline and lead are the title and the first two sentences.",
        "A loaded word inside a quotation is the outlet's choice of quote, not its own wording; it is counted under quotes, never as the outlet's voice.",
        "Omissions are things more than half of the outlets report and the others do not: numbers with what they count, dates, named actors and places, quotations, and sentences the aligner matched across outlets. Leaving a fact out can be editing for length, not framing.",
        "The lexicons are English word lists written for news about this kind of event; articles in other languages, or events with their own vocabulary, need their own lists (lexicons/README.md).",
        "Distinctive words compare each outlet's own voice with the rest of the event (log-odds with an informative Dirichlet prior); with a few hundred words per outlet, z-scores under 2 are weak evidence.",
    ]
}

/// Something a reader should know before comparing, with the outlets it concerns. Warnings of one kind that concern
/// more than a few outlets come as one summary ("297 of 300 articles have no publication date") listing them all.
public struct ReportWarning: Codable, Sendable, Equatable {
    /// `little-own-text`, `no-date`, `no-headline` or `few-outlets`.
    public var kind: String
    public var message: String
    public var outlets: [String]

    public init(kind: String, message: String, outlets: [String]) {
        self.kind = kind
        self.message = message
        self.outlets = outlets
    }
}

/// Builds a `ComparisonReport` from an event's articles and lexicons.
public struct ReportBuilder: Sendable {
    public let lexicons: [Lexicon]
    public let actors: ActorList
    public let places: Lexicon?
    public let version: String

    public init(lexicons: [Lexicon], actors: ActorList, places: Lexicon?, version: String) {
        self.lexicons = lexicons
        self.actors = actors
        self.places = places
        self.version = version
    }

    /// Voice groups of the frame chart, with the voices each adds together.
    static let voiceGroups: [(name: String, voices: [VoiceKey])] = [
        ("narration", [.narration, .scareQuote]), ("quotes", [.quote]), ("headline_and_lead", [.headline, .lead]),
    ]

    /// `groups`: the group of each outlet (from a groups file), for reports that compare groups of outlets.
    public func build(event: ReportEvent, articles: [Article], groups: [String: String] = [:]) -> ComparisonReport {
        let analysis = EventAnalysis(articles: articles, lexicons: lexicons, actors: actors, places: places)
        let omissions = EventOmissions(analysis: analysis, actors: actors, places: places).omissions
        let frameLexicons = lexicons.filter { $0.kind == .frames }
        return ComparisonReport(
            generator: "slant \(version)",
            event: event,
            lexicons: lexicons.map { l in
                ReportLexicon(name: l.name, kind: l.kind.rawValue, description: l.description,
                              categories: l.categories.map { ReportCategory(name: $0.name, description: $0.description ?? "", entries: $0.entries.count) })
            },
            outlets: outletSummaries(analysis, groups: groups),
            timeline: articles.map { TimelineEntry(date: $0.date.map { String($0.prefix(10)) }, outlet: $0.outlet, article: $0.id, title: $0.title) }
                .sorted { ($0.date ?? "9999", $0.outlet) < ($1.date ?? "9999", $1.outlet) },
            frames: frameLexicons.map { frameChart($0, analysis) },
            ownVoice: ownVoice(analysis, frameLexicons: Set(frameLexicons.map(\.name))),
            quotes: QuoteSection(matrix: analysis.selection.matrix, clusters: analysis.selection.clusters),
            omissions: omissions,
            distinctive: zip(analysis.outlets, analysis.distinctive).map { OutletDistinctive(outlet: $0, words: $1) },
            articles: zip(articles, zip(analysis.profiles, analysis.quotes)).map { article, pq in
                let scalars = ScalarText(article.text)
                return ReportArticle(id: article.id, outlet: article.outlet, title: article.title, date: article.date, url: article.url,
                                     authors: article.authors, text: article.text, headline: article.headline,
                                     paragraphs: article.paragraphs, words: pq.0.words, counts: pq.0.counts, matches: pq.0.matches,
                                     quotes: pq.1.map { QuoteRecord($0, in: scalars) }, scareQuotes: pq.0.scareQuotes)
            },
            warnings: warnings(analysis),
            notes: ComparisonReport.readingNotes)
    }

    func outletSummaries(_ analysis: EventAnalysis, groups: [String: String]) -> [OutletSummary] {
        analysis.outlets.enumerated().map { k, outlet in
            let indices = analysis.articles.indices.filter { analysis.articles[$0].outlet == outlet }
            let headlines = indices.map { i -> ReportHeadline in
                let article = analysis.articles[i], profile = analysis.profiles[i]
                return ReportHeadline(
                    article: article.id, text: ScalarText(article.text)[article.headline], start: article.headline.start,
                    end: article.headline.end, frames: profile.headlineFrames,
                    scareQuotes: profile.scareQuotes.filter { article.headline.contains(TextSpan($0.start, $0.end)) },
                    ownVoiceTerms: profile.matches.filter { $0.inHeadline && $0.voice.isOwn && !isFrameLexicon($0.lexicon) })
            }
            let quotes = indices.flatMap { analysis.quotes[$0] }.filter { $0.kind != .scare }
            let speakers = Set(quotes.compactMap { $0.actor ?? $0.speaker })
            let first = indices.lazy.compactMap { i in analysis.quotes[i].first { $0.kind != .scare } }.first
            return OutletSummary(outlet: outlet, articles: indices.map { analysis.articles[$0].id },
                                 words: analysis.outletProfiles[k].words, headlines: headlines, quotes: quotes.count,
                                 speakers: speakers.count, firstSpeaker: first.flatMap { $0.actor ?? $0.speaker }, group: groups[outlet])
        }
    }

    func isFrameLexicon(_ name: String) -> Bool { lexicons.contains { $0.name == name && $0.kind == .frames } }

    func frameChart(_ lexicon: Lexicon, _ analysis: EventAnalysis) -> FrameChart {
        var used: Set<String> = []
        let outlets = zip(analysis.outlets, analysis.outletProfiles).map { outlet, profile -> OutletFrames in
            var values: [FrameValue] = []
            for category in lexicon.categories {
                for group in Self.voiceGroups {
                    let count = profile.counts.filter { $0.lexicon == lexicon.name && $0.category == category.name && group.voices.contains($0.voice) }
                        .reduce(0) { $0 + $1.count }
                    let words = group.voices.reduce(0) { $0 + profile.words($1) }
                    if count > 0 { used.insert(category.name) }
                    values.append(FrameValue(category: category.name, voice: group.name, count: count, words: words,
                                             ratePer1000: words == 0 ? 0 : (Double(count) / Double(words) * 1000 * 10).rounded() / 10))
                }
            }
            return OutletFrames(outlet: outlet, values: values)
        }
        let categories = lexicon.categories.map(\.name).filter { used.contains($0) }
        return FrameChart(lexicon: lexicon.name, categories: categories,
                          outlets: outlets.map { OutletFrames(outlet: $0.outlet, values: $0.values.filter { used.contains($0.category) }) })
    }

    func ownVoice(_ analysis: EventAnalysis, frameLexicons: Set<String>) -> [OwnVoice] {
        analysis.outlets.enumerated().map { k, outlet in
            let indices = analysis.articles.indices.filter { analysis.articles[$0].outlet == outlet }
            let own = analysis.outletProfiles[k].words(.own)
            var categories: [OwnVoiceCategory] = []
            for lexicon in lexicons where !frameLexicons.contains(lexicon.name) {
                for category in lexicon.categories {
                    var terms: [String: [Evidence]] = [:]
                    var order: [String] = []
                    for i in indices {
                        for m in analysis.profiles[i].matches where m.lexicon == lexicon.name && m.category == category.name && m.voice.isOwn {
                            if terms[m.term] == nil { order.append(m.term) }
                            terms[m.term, default: []].append(Evidence(outlet: outlet, article: analysis.articles[i].id, start: m.start, end: m.end, text: m.text))
                        }
                    }
                    let count = terms.values.reduce(0) { $0 + $1.count }
                    guard count > 0 else { continue }
                    let uses = order.map { TermUse(term: $0, count: terms[$0]!.count, evidence: terms[$0]!) }
                        .sorted { ($1.count, $0.term) < ($0.count, $1.term) }
                    categories.append(OwnVoiceCategory(lexicon: lexicon.name, category: category.name, count: count,
                                                       ratePer1000: own == 0 ? 0 : (Double(count) / Double(own) * 1000 * 10).rounded() / 10,
                                                       terms: uses))
                }
            }
            return OwnVoice(outlet: outlet, words: own, categories: categories)
        }
    }

    /// Kinds of warning that concern this many outlets or fewer are listed outlet by outlet.
    static let warningsListed = 3

    /// What a reader should know before comparing: outlets with little text, articles without dates or headlines.
    func warnings(_ analysis: EventAnalysis) -> [ReportWarning] {
        var out: [ReportWarning] = []
        func add(_ kind: String, _ items: [(outlet: String, message: String)], summary: String) {
            if items.count <= Self.warningsListed {
                out += items.map { ReportWarning(kind: kind, message: $0.message, outlets: [$0.outlet]) }
            } else {
                out.append(ReportWarning(kind: kind, message: summary, outlets: items.map(\.outlet)))
            }
        }
        let thin = zip(analysis.outlets, analysis.outletProfiles).filter { $0.1.words(.own) < 150 }
        add("little-own-text", thin.map { ($0.0, "\($0.0): only \($0.1.words(.own)) words in its own voice; its rates rest on very few words.") },
            summary: "\(thin.count) of \(analysis.outlets.count) outlets have fewer than 150 words in their own voice; their rates rest on very few words.")
        let undated = analysis.articles.filter { $0.date == nil }
        add("no-date", undated.map { ($0.outlet, "\($0.outlet): the article has no publication date.") },
            summary: "\(undated.count) of \(analysis.articles.count) articles have no publication date.")
        let untitled = analysis.articles.filter { $0.headline.isEmpty }
        add("no-headline", untitled.map { ($0.outlet, "\($0.outlet): the article has no headline.") },
            summary: "\(untitled.count) of \(analysis.articles.count) articles have no headline.")
        if analysis.outlets.count < 3 {
            out.append(ReportWarning(kind: "few-outlets", message: "With fewer than three outlets no fact is reported by \"most\" outlets, so there are no omissions to show.", outlets: []))
        }
        return out
    }
}

/// Word totals of report records, by voice or total.
protocol VoiceWords {
    var words: [String: Int] { get }
}

extension VoiceWords {
    func words(_ key: VoiceKey) -> Int { words[key.rawValue] ?? 0 }
}

extension OutletSummary: VoiceWords {}
extension ReportArticle: VoiceWords {}
