import Lexicon
import Text

/// Where a word stands in an article: whose voice it is.
public enum Voice: String, Codable, Sendable, CaseIterable, Comparable {
    case headline, lead, narration, quote
    case scareQuote = "scare_quote"

    /// The outlet's own wording: everything but the quotes it chose.
    public var isOwn: Bool { self != .quote }

    public static func < (a: Voice, b: Voice) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One lexicon match as the evidence behind every number.
public struct FramingMatch: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String
    public var text: String
    public var start: Int
    public var end: Int
    public var voice: Voice
    public var negated: Bool
    public var weight: Double
    /// The term of the lexicon entry that matched.
    public var term: String
    /// Inside the headline (also when inside a quote there).
    public var inHeadline: Bool
    /// For matches inside a quote: whose words they are.
    public var speaker: String?

    enum CodingKeys: String, CodingKey {
        case lexicon, category, text, start, end, voice, negated, weight, term, inHeadline = "in_headline", speaker
    }
}

/// What a count or a word total is over: one of the five disjoint voices, or a sum of them (`own`: every voice but
/// `quote`; `quoted`: `quote`; `all`: every voice).
public enum VoiceKey: String, Codable, Sendable, CaseIterable, Comparable {
    case headline, lead, narration, quote
    case scareQuote = "scare_quote"
    case own, quoted, all

    public init(_ voice: Voice) { self = VoiceKey(rawValue: voice.rawValue)! }

    /// The sums over voices, which a reader must not add to the voices themselves.
    public var isTotal: Bool { self == .own || self == .quoted || self == .all }

    public static func < (a: VoiceKey, b: VoiceKey) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Matches of one category in one voice, with the rate per 1,000 words of that voice.
public struct CategoryCount: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String
    public var voice: VoiceKey
    public var count: Int
    public var weighted: Double
    public var negated: Int
    public var ratePer1000: Double

    enum CodingKeys: String, CodingKey {
        case lexicon, category, voice, count, weighted, negated, ratePer1000 = "rate_per_1000"
    }
}

/// A frame's share of a frame lexicon's matches, in the outlet's own voice or in the quotes it chose.
public struct FrameShare: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String
    /// `own` or `quoted`.
    public var voice: VoiceKey
    public var count: Int
    public var share: Double
}

/// The dominant frame of a headline, per frame lexicon.
public struct HeadlineFrame: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String?
    public var count: Int
}

/// The framing profile of an article (or of an outlet's articles together).
public struct FramingProfile: Codable, Sendable, Equatable {
    public var id: String
    public var outlet: String
    public var title: String
    /// Words by voice and total (keys: the raw values of `VoiceKey`; see `words(_:)`).
    public var words: [String: Int]
    public var counts: [CategoryCount]
    public var headlineFrames: [HeadlineFrame]
    public var frameShares: [FrameShare]
    public var matches: [FramingMatch]
    public var scareQuotes: [SpanText]

    enum CodingKeys: String, CodingKey {
        case id, outlet, title, words, counts, headlineFrames = "headline_frames", frameShares = "frame_shares", matches
        case scareQuotes = "scare_quotes"
    }
}

/// Scores an article's wording with lexicons, voice by voice.
///
/// Voices: a word inside a scare quote is `scare_quote`; inside a quotation, `quote` (with its speaker); otherwise in
/// the headline `headline`, in the first two sentences of the body `lead`, and elsewhere `narration`. Rates are per
/// 1,000 words of the same voice; `own` adds up every voice but `quote`, `all` every voice.
public struct FramingScorer: Sendable {
    public let matcher: LexiconMatcher
    public static let leadSentences = 2

    public init(lexicons: [Lexicon]) {
        matcher = LexiconMatcher(lexicons)
    }

    public var lexicons: [Lexicon] { matcher.lexicons }

    /// The voice of every Unicode scalar offset, built once per article.
    public struct VoiceMap {
        var voices: [Voice]
        var speakers: [Int: String]        // quote index by offset → speaker
        var quoteAt: [Int]                 // index into quotes, or -1

        public init(article: Article, quotes: [Quote]) {
            let n = article.text.unicodeScalars.count
            voices = [Voice](repeating: .narration, count: n)
            quoteAt = [Int](repeating: -1, count: n)
            speakers = [:]
            for i in max(0, article.headline.start)..<min(n, article.headline.end) { voices[i] = .headline }
            // The lead: the first sentences of the body.
            if let first = article.paragraphs.first {
                let bodyStart = first.start
                let body = Array(article.text.unicodeScalars)[bodyStart..<n]
                let sentences = Sentences.split(Array(body)).prefix(FramingScorer.leadSentences)
                if let last = sentences.last {
                    for i in bodyStart..<min(n, bodyStart + last.end) { voices[i] = .lead }
                }
            }
            for (index, q) in quotes.enumerated() {
                let spans = q.fragments.isEmpty ? [q.content] : q.fragments
                for span in spans {
                    for i in max(0, span.start)..<min(n, span.end) {
                        voices[i] = q.kind == .scare ? .scareQuote : .quote
                        quoteAt[i] = index
                    }
                }
                if let speaker = q.actor ?? q.speaker { speakers[index] = speaker }
            }
        }

        public func voice(_ span: TextSpan) -> Voice { span.start < voices.count ? voices[span.start] : .narration }
    }

    /// The profile of one article.
    public func profile(_ article: Article, quotes: [Quote]) -> FramingProfile {
        let map = VoiceMap(article: article, quotes: quotes)
        let scalars = ScalarText(article.text)
        // Words as WordCounter counts them (the one count every command shows), each in the voice where it starts.
        var words: [String: Int] = [:]
        WordCounter.forEachWordStart(in: article.text) { start in
            let voice = map.voice(TextSpan(start, start + 1))
            words[voice.rawValue, default: 0] += 1
            words[(voice.isOwn ? VoiceKey.own : .quoted).rawValue, default: 0] += 1
            words[VoiceKey.all.rawValue, default: 0] += 1
        }
        let tokens = Tokenizer.tokens(article.text)
        var matches: [FramingMatch] = []
        let names = Self.nameRuns(tokens, scalars: scalars, article: article)
        for m in matcher.matches(in: article.text)
        where !Self.isCalendarDate(m, tokens: tokens, scalars: scalars, article: article) && !Self.isPartOfName(m, names) {
            let (lexicon, category, entry) = matcher.describe(m)
            if Self.isReportingVerb(category.name), m.tokenStart < names.count, names[m.tokenStart] != nil { continue }
            let voice = map.voice(m.span)
            let quoteIndex = m.span.start < map.quoteAt.count ? map.quoteAt[m.span.start] : -1
            matches.append(FramingMatch(
                lexicon: lexicon.name, category: category.name, text: scalars[m.span], start: m.span.start, end: m.span.end,
                voice: voice, negated: m.negated, weight: entry.weight, term: entry.term,
                inHeadline: article.headline.contains(m.span),
                speaker: voice == .quote && quoteIndex >= 0 ? map.speakers[quoteIndex] : nil))
        }
        let scare = quotes.filter { $0.kind == .scare }.map { SpanText($0.content, in: scalars) }
        return Self.summarize(id: article.id, outlet: article.outlet, title: article.title, words: words, matches: matches,
                              scareQuotes: scare, lexicons: lexicons)
    }

    /// For each token of the body, the run of capitalised words (a proper name) it belongs to, as a token range; a
    /// title that opens a run ("President Joe Biden") is a run of its own. Headlines are left out: title case
    /// capitalises every word.
    static func nameRuns(_ tokens: [Token], scalars: ScalarText, article: Article) -> [Range<Int>?] {
        var runs = [Range<Int>?](repeating: nil, count: tokens.count)
        func capitalised(_ k: Int) -> Bool { scalars.scalars[Int(tokens[k].start)].properties.isUppercase }
        func sentenceStart(_ k: Int) -> Bool { k == 0 || tokens[k].flags.contains(.sentenceBefore) }
        // Words the article capitalises inside sentences: those are names wherever they stand.
        var names: Set<String> = []
        for k in tokens.indices where capitalised(k) && !sentenceStart(k) && !article.headline.contains(tokens[k].span) {
            names.insert(Tokenizer.folded(tokens[k], in: article.text))
        }
        var i = 0
        while i < tokens.count {
            guard capitalised(i), !article.headline.contains(tokens[i].span) else { i += 1; continue }
            // A sentence's first word is capitalised anyway ("Brutal Iranian militias"): it opens a name only when
            // the article capitalises it elsewhere too.
            if sentenceStart(i), !names.contains(Tokenizer.folded(tokens[i], in: article.text)) { i += 1; continue }
            var j = i + 1
            while j < tokens.count, capitalised(j), tokens[j].flags.isDisjoint(with: [.sentenceBefore, .clauseBefore, .commaBefore]) { j += 1 }
            var start = i
            let folded = (i..<j).map { Tokenizer.folded(tokens[$0], in: article.text) }
            if ["the", "a", "an"].contains(folded[0]) { start += 1 }
            // Titles before a name stand apart from it.
            var split = start
            while split < j - 1, AttributionCues.titles.contains(folded[split - i]) { split += 1 }
            for (lo, hi) in [(start, split), (split, j)] where hi - lo >= 2 {
                for k in lo..<hi { runs[k] = lo..<hi }
            }
            i = j
        }
        return runs
    }

    /// A match inside a longer proper name that does not end it ("Popular" in "Popular Mobilization Forces",
    /// "International" in "Baghdad International Airport") is the name, not the outlet's word; a name's last word (the
    /// surname, the "Forces") and a whole name ("Islamic State") still count.
    static func isPartOfName(_ m: LexiconMatch, _ runs: [Range<Int>?]) -> Bool {
        guard m.tokenStart < runs.count, let run = runs[m.tokenStart] else { return false }
        return m.tokenEnd < run.upperBound
    }

    /// Attribution verbs by stance (`attribution.neutral`, `attribution.loaded`) are verbs; a word of a proper name
    /// ("States" in "United States", "Reports" in "Consumer Reports") is never one.
    static func isReportingVerb(_ category: String) -> Bool { category.hasPrefix("attribution") }

    /// A capitalised month name next to a number ("May 2020", "8 March"), or capitalised inside a sentence of the body
    /// ("since May", "in March"), is a date, not the word it spells (the hedge "may", the verb "march").
    static func isCalendarDate(_ m: LexiconMatch, tokens: [Token], scalars: ScalarText, article: Article) -> Bool {
        guard m.tokenEnd == m.tokenStart + 1, m.tokenStart < tokens.count,
              scalars.scalars[m.span.start].properties.isUppercase,
              FactExtractor.months[scalars[m.span].lowercased()] != nil else { return false }
        func isNumber(_ k: Int) -> Bool { k >= 0 && k < tokens.count && scalars.scalars[Int(tokens[k].start)].properties.numericType != nil }
        if isNumber(m.tokenStart - 1) || isNumber(m.tokenEnd) { return true }
        let written = scalars[m.span]
        let capitalisedOnly = written != written.uppercased() || written.count == 1
        return capitalisedOnly && m.tokenStart > 0 && !tokens[m.tokenStart].flags.contains(.sentenceBefore)
            && !article.headline.contains(m.span)
    }

    /// Counts, rates, headline frames and frame shares from matches and word counts (also for outlets' sums).
    public static func summarize(id: String, outlet: String, title: String, words: [String: Int], matches: [FramingMatch],
                                 scareQuotes: [SpanText], lexicons: [Lexicon]) -> FramingProfile {
        struct Key: Hashable { var lexicon: String; var category: String; var voice: VoiceKey }
        var tally: [Key: (count: Int, weighted: Double, negated: Int)] = [:]
        for m in matches {
            for voice in [VoiceKey(m.voice), m.voice.isOwn ? .own : .quoted, .all] {
                var t = tally[Key(lexicon: m.lexicon, category: m.category, voice: voice)] ?? (0, 0, 0)
                t.count += 1; t.weighted += m.weight; t.negated += m.negated ? 1 : 0
                tally[Key(lexicon: m.lexicon, category: m.category, voice: voice)] = t
            }
        }
        let order = Self.categoryOrder(lexicons)
        let counts = tally.map { key, t in
            CategoryCount(lexicon: key.lexicon, category: key.category, voice: key.voice, count: t.count,
                          weighted: (t.weighted * 1000).rounded() / 1000, negated: t.negated,
                          ratePer1000: Self.rate(t.count, words[key.voice.rawValue] ?? 0))
        }.sorted {
            (order[$0.lexicon + "/" + $0.category] ?? Int.max, $0.voice) < (order[$1.lexicon + "/" + $1.category] ?? Int.max, $1.voice)
        }
        var headlineFrames: [HeadlineFrame] = []
        var shares: [FrameShare] = []
        for lexicon in lexicons where lexicon.kind == .frames {
            var inHeadline: [String: Double] = [:]
            for m in matches where m.lexicon == lexicon.name && m.inHeadline { inHeadline[m.category, default: 0] += m.weight }
            let overall = Dictionary(grouping: matches.filter { $0.lexicon == lexicon.name }, by: \.category).mapValues(\.count)
            let best = inHeadline.max { a, b in
                (a.value, overall[a.key] ?? 0, -(order[lexicon.name + "/" + a.key] ?? 0))
                    < (b.value, overall[b.key] ?? 0, -(order[lexicon.name + "/" + b.key] ?? 0))
            }
            headlineFrames.append(HeadlineFrame(lexicon: lexicon.name, category: best?.key,
                                                count: best.map { k in matches.filter { $0.lexicon == lexicon.name && $0.inHeadline && $0.category == k.key }.count } ?? 0))
            for side in [VoiceKey.own, .quoted] {
                let relevant = matches.filter { $0.lexicon == lexicon.name && ($0.voice.isOwn == (side == .own)) }
                guard !relevant.isEmpty else { continue }
                for category in lexicon.categories {
                    let n = relevant.filter { $0.category == category.name }.count
                    guard n > 0 else { continue }
                    shares.append(FrameShare(lexicon: lexicon.name, category: category.name, voice: side, count: n,
                                             share: (Double(n) / Double(relevant.count) * 1000).rounded() / 1000))
                }
            }
        }
        return FramingProfile(id: id, outlet: outlet, title: title, words: words, counts: counts, headlineFrames: headlineFrames,
                              frameShares: shares, matches: matches, scareQuotes: scareQuotes)
    }

    static func rate(_ count: Int, _ words: Int) -> Double {
        words == 0 ? 0 : (Double(count) / Double(words) * 1000 * 100).rounded() / 100
    }

    static func categoryOrder(_ lexicons: [Lexicon]) -> [String: Int] {
        var order: [String: Int] = [:]
        for lexicon in lexicons {
            for category in lexicon.categories where order[lexicon.name + "/" + category.name] == nil {
                order[lexicon.name + "/" + category.name] = order.count
            }
        }
        return order
    }

    /// The profiles of an outlet's articles added together.
    public static func combine(_ profiles: [FramingProfile], outlet: String, lexicons: [Lexicon]) -> FramingProfile {
        var words: [String: Int] = [:]
        for p in profiles { for (k, v) in p.words { words[k, default: 0] += v } }
        return summarize(id: outlet, outlet: outlet, title: profiles.map(\.title).joined(separator: " | "), words: words,
                         matches: profiles.flatMap(\.matches), scareQuotes: profiles.flatMap(\.scareQuotes), lexicons: lexicons)
    }
}

extension FramingProfile {
    /// The words of a voice or total.
    public func words(_ key: VoiceKey) -> Int { words[key.rawValue] ?? 0 }
}
