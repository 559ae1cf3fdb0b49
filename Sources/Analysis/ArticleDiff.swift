import Dispatch
import Lexicon
import Text

/// One side of a diff: which article it is.
public struct DiffSide: Codable, Sendable, Equatable {
    public var id: String
    public var outlet: String
    public var title: String
    public var date: String?
    public var url: String?
    public var words: Int
    public var sentences: Int

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(outlet, forKey: .outlet); try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date); try c.encode(url, forKey: .url); try c.encode(words, forKey: .words)
        try c.encode(sentences, forKey: .sentences)
    }
}

/// One run of a word-level diff: `equal` (both), `removed` (only A's wording) or `added` (only B's).
public struct DiffStep: Codable, Sendable, Equatable {
    public var op: DiffOp
    public var a: SpanText?
    public var b: SpanText?

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(op, forKey: .op); try c.encode(a, forKey: .a); try c.encode(b, forKey: .b)
    }
}

/// Sentences of A and B that report the same fact. `a` and `b` span from the first to the last sentence of each side;
/// `a_sentences`/`b_sentences` list them when a sentence was split or merged.
public struct DiffPair: Codable, Sendable, Equatable {
    public var a: SpanText
    public var b: SpanText
    public var aSentences: [SpanText]
    public var bSentences: [SpanText]
    public var kind: PairKind
    /// IDF-weighted share of content words the two sides have in common (0–1).
    public var similarity: Double
    public var diff: [DiffStep]

    enum CodingKeys: String, CodingKey {
        case a, b, aSentences = "a_sentences", bSentences = "b_sentences", kind, similarity, diff
    }
}

/// A fact as a diff lists it: its first mention, and how many times the article names it.
public struct FactRecord: Codable, Sendable, Equatable {
    public var kind: FactKind
    public var key: String
    public var text: String
    public var start: Int
    public var end: Int
    public var mentions: Int

    public init(_ fact: Fact) {
        kind = fact.kind
        key = fact.key
        text = fact.text
        start = fact.spans[0].start
        end = fact.spans[0].start + fact.text.unicodeScalars.count
        mentions = fact.spans.count
    }
}

/// Facts one article has and the other lacks, and how many they share.
public struct FactsDelta: Codable, Sendable, Equatable {
    public var onlyInA: [FactRecord]
    public var onlyInB: [FactRecord]
    public var shared: [String]

    enum CodingKeys: String, CodingKey { case onlyInA = "only_in_a", onlyInB = "only_in_b", shared }
}

/// One side's excerpt of a quotation both report, and the share of the longest version it carries.
public struct SharedQuoteSide: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var speaker: String?
    public var share: Double

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start); try c.encode(end, forKey: .end); try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker); try c.encode(share, forKey: .share)
    }
}

/// A quotation both articles report, with the part each kept.
public struct SharedQuote: Codable, Sendable, Equatable {
    public var speaker: String?
    public var longest: String
    public var a: [SharedQuoteSide]
    public var b: [SharedQuoteSide]

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker); try c.encode(longest, forKey: .longest)
        try c.encode(a, forKey: .a); try c.encode(b, forKey: .b)
    }
}

/// Quotes in common, quotes only one side carries, and the speakers only one side lets speak.
public struct QuotesDelta: Codable, Sendable, Equatable {
    public var shared: [SharedQuote]
    public var onlyInA: [QuoteRecord]
    public var onlyInB: [QuoteRecord]
    public var speakersOnlyInA: [String]
    public var speakersOnlyInB: [String]
    public var speakersShared: [String]

    enum CodingKeys: String, CodingKey {
        case shared, onlyInA = "only_in_a", onlyInB = "only_in_b", speakersOnlyInA = "speakers_only_in_a"
        case speakersOnlyInB = "speakers_only_in_b", speakersShared = "speakers_shared"
    }
}

/// A lexicon category in one voice, on both sides: counts and rates per 1,000 words of that voice.
public struct FramingRow: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String
    public var voice: String
    public var aCount: Int
    public var aRate: Double
    public var bCount: Int
    public var bRate: Double
    /// `b_rate − a_rate`.
    public var difference: Double

    enum CodingKeys: String, CodingKey {
        case lexicon, category, voice, aCount = "a_count", aRate = "a_rate", bCount = "b_count", bRate = "b_rate", difference
    }
}

/// A term from a non-frame lexicon (loaded words, hedges, attribution verbs…) in the outlets' own voice.
public struct TermRow: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String
    public var term: String
    public var a: [SpanText]
    public var b: [SpanText]
}

/// How the two articles' framing differs.
public struct FramingDelta: Codable, Sendable, Equatable {
    public var rows: [FramingRow]
    public var headlineFramesA: [HeadlineFrame]
    public var headlineFramesB: [HeadlineFrame]
    public var scareQuotesA: [SpanText]
    public var scareQuotesB: [SpanText]
    public var terms: [TermRow]
    /// Words typical of A against B, and of B against A (log-odds with an informative Dirichlet prior, own voice).
    public var distinctiveA: [DistinctiveWord]
    public var distinctiveB: [DistinctiveWord]

    enum CodingKeys: String, CodingKey {
        case rows, headlineFramesA = "headline_frames_a", headlineFramesB = "headline_frames_b"
        case scareQuotesA = "scare_quotes_a", scareQuotesB = "scare_quotes_b", terms
        case distinctiveA = "distinctive_a", distinctiveB = "distinctive_b"
    }
}

/// Counts of the alignment.
public struct DiffSummary: Codable, Sendable, Equatable {
    public var same: Int
    public var reworded: Int
    public var onlyInA: Int
    public var onlyInB: Int
    /// Share of A's sentences that B reports too, and the reverse.
    public var aCoveredByB: Double
    public var bCoveredByA: Double

    enum CodingKeys: String, CodingKey {
        case same, reworded, onlyInA = "only_in_a", onlyInB = "only_in_b", aCoveredByB = "a_covered_by_b", bCoveredByA = "b_covered_by_a"
    }
}

/// Everything `slant diff` shows about two articles; offsets are Unicode scalars into each side's clean text.
public struct ArticleDiff: Codable, Sendable, Equatable {
    public var a: DiffSide
    public var b: DiffSide
    public var summary: DiffSummary
    public var pairs: [DiffPair]
    public var onlyInA: [SpanText]
    public var onlyInB: [SpanText]
    public var facts: FactsDelta
    public var quotes: QuotesDelta
    public var framing: FramingDelta
    /// Display order: every pair and only-in sentence once, in the reading order of A with B's own sentences placed
    /// after the B sentence that precedes them.
    public var sequence: [DiffEntry]

    enum CodingKeys: String, CodingKey {
        case a, b, summary, pairs, onlyInA = "only_in_a", onlyInB = "only_in_b", facts, quotes, framing, sequence
    }
}

/// A place in the reading order: a pair, or a sentence only in A or only in B (an index into the matching list).
public struct DiffEntry: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case pair, onlyInA = "only_in_a", onlyInB = "only_in_b"
    }

    public var kind: Kind
    public var index: Int
}

/// Everything the diff needs about one article, computed once (all-pairs diffs reuse it).
public struct DiffInput: Sendable {
    public let article: Article
    public let table: SentenceTable
    public let facts: [Fact]

    public init(_ article: Article, facts extractor: FactExtractor) {
        self.article = article
        table = SentenceTable(article)
        facts = extractor.facts(in: article)
    }
}

/// Compares two articles: sentences, facts, quotes and framing.
public struct ArticleDiffer: Sendable {
    public let scorer: FramingScorer
    public let quoteExtractor: QuoteExtractor
    public let facts: FactExtractor
    public let actors: ActorList

    public init(lexicons: [Lexicon], actors: ActorList, places: Lexicon?) {
        scorer = FramingScorer(lexicons: lexicons)
        quoteExtractor = QuoteExtractor(actors: actors)
        facts = FactExtractor(actors: actors, places: places)
        self.actors = actors
    }

    /// The sentence alignment and fact difference alone (what the all-pairs omission analysis needs).
    public static func align(_ a: DiffInput, _ b: DiffInput, weights: WordWeights? = nil) -> (Alignment, FactsDelta) {
        let alignment = SentenceAligner.align(a.table, b.table, weights: weights ?? WordWeights([a.table, b.table]))
        return (alignment, factsDelta(a.facts, b.facts))
    }

    /// One side's analysis: sentences, facts, quotes and framing profile.
    struct SideAnalysis {
        var input: DiffInput
        var quotes: [Quote]
        var profile: FramingProfile
        /// Content-word counts in the outlet's own voice (for distinctive words).
        var ownWords: [String: Int]
    }

    func analyze(_ article: Article) -> SideAnalysis {
        let quotes = quoteExtractor.quotes(in: article)
        let map = FramingScorer.VoiceMap(article: article, quotes: quotes)
        return SideAnalysis(input: DiffInput(article, facts: facts), quotes: quotes, profile: scorer.profile(article, quotes: quotes),
                            ownWords: Keyness.words(article.text, where: { map.voice($0).isOwn }))
    }

    public func diff(_ articleA: Article, _ articleB: Article) -> ArticleDiff {
        // The two sides are analysed at once, one per core.
        let sides = Parallel.map(count: 2) { k in analyze(k == 0 ? articleA : articleB) }
        let sideA = sides[0], sideB = sides[1]
        let a = sideA.input, b = sideB.input
        let quotesA = sideA.quotes, quotesB = sideB.quotes
        let profileA = sideA.profile, profileB = sideB.profile
        let (alignment, factsDelta) = Self.align(a, b)
        let sa = ScalarText(articleA.text), sb = ScalarText(articleB.text)
        func span(_ table: SentenceTable, _ indices: [Int], _ s: ScalarText) -> SpanText {
            SpanText(TextSpan(table.sentences[indices.first!].span.start, table.sentences[indices.last!].span.end), in: s)
        }
        let pairs = alignment.pairs.map { p in
            DiffPair(a: span(a.table, p.a, sa), b: span(b.table, p.b, sb),
                     aSentences: p.a.count > 1 ? p.a.map { SpanText(a.table.sentences[$0].span, in: sa) } : [],
                     bSentences: p.b.count > 1 ? p.b.map { SpanText(b.table.sentences[$0].span, in: sb) } : [],
                     kind: p.kind, similarity: p.similarity,
                     diff: p.diff.map { DiffStep(op: $0.op, a: $0.a.map { SpanText($0, in: sa) }, b: $0.b.map { SpanText($0, in: sb) }) })
        }
        let same = alignment.pairs.filter { $0.kind == .same }.count
        let coveredA = alignment.pairs.reduce(0) { $0 + $1.a.count }, coveredB = alignment.pairs.reduce(0) { $0 + $1.b.count }
        func share(_ n: Int, _ total: Int) -> Double { total == 0 ? 0 : (Double(n) / Double(total) * 1000).rounded() / 1000 }
        return ArticleDiff(
            a: side(articleA, profileA, a.table), b: side(articleB, profileB, b.table),
            summary: DiffSummary(same: same, reworded: alignment.pairs.count - same, onlyInA: alignment.onlyA.count,
                                 onlyInB: alignment.onlyB.count, aCoveredByB: share(coveredA, a.table.sentences.count),
                                 bCoveredByA: share(coveredB, b.table.sentences.count)),
            pairs: pairs,
            onlyInA: alignment.onlyA.map { SpanText(a.table.sentences[$0].span, in: sa) },
            onlyInB: alignment.onlyB.map { SpanText(b.table.sentences[$0].span, in: sb) },
            facts: factsDelta,
            quotes: quotesDelta(articleA, quotesA, articleB, quotesB),
            framing: framingDelta(profileA, profileB, ownWords: [sideA.ownWords, sideB.ownWords]),
            sequence: Self.sequence(alignment, countA: a.table.sentences.count, countB: b.table.sentences.count))
    }

    func side(_ article: Article, _ profile: FramingProfile, _ table: SentenceTable) -> DiffSide {
        DiffSide(id: article.id, outlet: article.outlet, title: article.title, date: article.date, url: article.url,
                 words: profile.words["all"] ?? 0, sentences: table.sentences.count)
    }

    /// Reading order: A's sentences in order (pairs at their first A sentence); each B-only sentence right after the
    /// entry holding the B sentence before it. B-only sentences before any of B's paired ones (B's own headline and
    /// lead, when nothing there pairs) stand where they stand in B, at the same relative place in A: after A's headline,
    /// not before it.
    static func sequence(_ alignment: Alignment, countA: Int, countB: Int) -> [DiffEntry] {
        var keyed: [(key: (Int, Int, Int), entry: DiffEntry)] = []
        var entryOfB = [(Int, Int, Int)?](repeating: nil, count: countB)
        for (k, p) in alignment.pairs.enumerated() {
            let key = (p.a.min()!, 0, 0)
            keyed.append((key, DiffEntry(kind: .pair, index: k)))
            for j in p.b { entryOfB[j] = key }
        }
        for (k, i) in alignment.onlyA.enumerated() { keyed.append(((i, 0, 0), DiffEntry(kind: .onlyInA, index: k))) }
        var previous: (Int, Int, Int)? = nil
        let firstAnchor = entryOfB.compactMap { $0 }.first?.0 ?? countA
        let onlyB = Dictionary(uniqueKeysWithValues: alignment.onlyB.enumerated().map { ($1, $0) })
        for j in 0..<countB {
            if let key = entryOfB[j] {
                previous = key
            } else if let k = onlyB[j] {
                let at = previous?.0 ?? min(j * countA / max(countB, 1), firstAnchor - 1)
                keyed.append(((at, 1, j), DiffEntry(kind: .onlyInB, index: k)))
            }
        }
        return keyed.sorted { $0.key < $1.key }.map(\.entry)
    }

    static func factsDelta(_ a: [Fact], _ b: [Fact]) -> FactsDelta {
        let keysA = Set(a.map(\.key)), keysB = Set(b.map(\.key))
        return FactsDelta(onlyInA: a.filter { !keysB.contains($0.key) }.map(FactRecord.init),
                          onlyInB: b.filter { !keysA.contains($0.key) }.map(FactRecord.init),
                          shared: keysA.intersection(keysB).sorted())
    }

    func quotesDelta(_ articleA: Article, _ quotesA: [Quote], _ articleB: Article, _ quotesB: [Quote]) -> QuotesDelta {
        var copyA = articleA, copyB = articleB
        copyA.id = "a"; copyB.id = "b"
        copyA.outlet = "a"; copyB.outlet = "b"
        let selection = QuoteSelection(articles: [copyA, copyB], quotes: [quotesA, quotesB], actors: actors)
        var inCluster: Set<String> = []
        var shared: [SharedQuote] = []
        for cluster in selection.clusters {
            var sides: [String: [SharedQuoteSide]] = [:]
            for m in cluster.members {
                inCluster.insert("\(m.article):\(m.start)")
                sides[m.article, default: []].append(SharedQuoteSide(start: m.start, end: m.end, text: m.text, speaker: m.speaker, share: m.share))
            }
            shared.append(SharedQuote(speaker: cluster.actor ?? cluster.speaker, longest: cluster.text, a: sides["a"] ?? [], b: sides["b"] ?? []))
        }
        let sa = ScalarText(articleA.text), sb = ScalarText(articleB.text)
        let onlyA = quotesA.filter { $0.kind != .scare && !inCluster.contains("a:\($0.content.start)") }.map { QuoteRecord($0, in: sa) }
        let onlyB = quotesB.filter { $0.kind != .scare && !inCluster.contains("b:\($0.content.start)") }.map { QuoteRecord($0, in: sb) }
        func speakers(_ quotes: [Quote]) -> Set<String> {
            Set(quotes.filter { $0.kind != .scare }.compactMap { $0.actor ?? $0.speaker.map(QuoteSelection.unnamed) })
        }
        let spA = speakers(quotesA), spB = speakers(quotesB)
        return QuotesDelta(shared: shared, onlyInA: onlyA, onlyInB: onlyB, speakersOnlyInA: spA.subtracting(spB).sorted(),
                           speakersOnlyInB: spB.subtracting(spA).sorted(), speakersShared: spA.intersection(spB).sorted())
    }

    func framingDelta(_ pa: FramingProfile, _ pb: FramingProfile, ownWords: [[String: Int]]) -> FramingDelta {
        struct Key: Hashable { var lexicon: String; var category: String; var voice: String }
        var order: [Key] = []
        var countsA: [Key: CategoryCount] = [:], countsB: [Key: CategoryCount] = [:]
        for c in pa.counts {
            let k = Key(lexicon: c.lexicon, category: c.category, voice: c.voice)
            countsA[k] = c
            order.append(k)
        }
        for c in pb.counts {
            let k = Key(lexicon: c.lexicon, category: c.category, voice: c.voice)
            countsB[k] = c
            if countsA[k] == nil { order.append(k) }
        }
        let categoryOrder = FramingScorer.categoryOrder(scorer.lexicons)
        let voiceOrder = Voice.allCases.map(\.rawValue) + ["own", "quoted", "all"]
        order.sort {
            (categoryOrder[$0.lexicon + "/" + $0.category] ?? .max, voiceOrder.firstIndex(of: $0.voice) ?? 99)
                < (categoryOrder[$1.lexicon + "/" + $1.category] ?? .max, voiceOrder.firstIndex(of: $1.voice) ?? 99)
        }
        let rows = order.map { k in
            let ra = countsA[k]?.ratePer1000 ?? 0, rb = countsB[k]?.ratePer1000 ?? 0
            return FramingRow(lexicon: k.lexicon, category: k.category, voice: k.voice, aCount: countsA[k]?.count ?? 0, aRate: ra,
                              bCount: countsB[k]?.count ?? 0, bRate: rb, difference: ((rb - ra) * 100).rounded() / 100)
        }
        // Terms of the non-frame lexicons in the outlets' own voice.
        let frameLexicons = Set(scorer.lexicons.filter { $0.kind == .frames }.map(\.name))
        struct TermKey: Hashable { var lexicon: String; var category: String; var term: String }
        var terms: [TermKey: (a: [SpanText], b: [SpanText])] = [:]
        for m in pa.matches where m.voice.isOwn && !frameLexicons.contains(m.lexicon) {
            terms[TermKey(lexicon: m.lexicon, category: m.category, term: m.term), default: ([], [])].a
                .append(SpanText(start: m.start, end: m.end, text: m.text))
        }
        for m in pb.matches where m.voice.isOwn && !frameLexicons.contains(m.lexicon) {
            terms[TermKey(lexicon: m.lexicon, category: m.category, term: m.term), default: ([], [])].b
                .append(SpanText(start: m.start, end: m.end, text: m.text))
        }
        func rank(_ row: TermRow) -> Int { categoryOrder[row.lexicon + "/" + row.category] ?? Int.max }
        let termRows = terms.map { key, value in
            TermRow(lexicon: key.lexicon, category: key.category, term: key.term, a: value.a, b: value.b)
        }.sorted { (rank($0), $0.term) < (rank($1), $1.term) }
        let distinctive = Keyness.distinctive(ownWords, top: 12)
        return FramingDelta(rows: rows, headlineFramesA: pa.headlineFrames, headlineFramesB: pb.headlineFrames,
                            scareQuotesA: pa.scareQuotes, scareQuotesB: pb.scareQuotes, terms: termRows,
                            distinctiveA: distinctive[0], distinctiveB: distinctive[1])
    }
}

extension SpanText {
    /// A span with its text given directly.
    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
