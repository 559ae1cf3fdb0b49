import Lexicon
import Text

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
        quoteExtractor = QuoteExtractor(actors: actors, places: places)
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
        var entities: ArticleEntities
        var profile: FramingProfile
        /// Content-word counts in the outlet's own voice (for distinctive words).
        var ownWords: [String: Int]
    }

    func analyze(_ article: Article) -> SideAnalysis {
        let (quotes, entities) = quoteExtractor.analyse(article)
        let map = FramingScorer.VoiceMap(article: article, quotes: quotes)
        return SideAnalysis(input: DiffInput(article, facts: facts), quotes: quotes, entities: entities,
                            profile: scorer.profile(article, quotes: quotes),
                            ownWords: Keyness.words(article.text, outlet: article.outlet, where: { map.voice($0).isOwn }))
    }

    public func diff(_ articleA: Article, _ articleB: Article) -> ArticleDiff {
        // The two sides are analysed at once, one per core.
        let sides = Parallel.map(count: 2) { k in analyze(k == 0 ? articleA : articleB) }
        let sideA = sides[0], sideB = sides[1]
        let a = sideA.input, b = sideB.input
        // Speakers as one person or organisation across the two.
        let event = EventQuotes(analysed: [(sideA.quotes, sideA.entities), (sideB.quotes, sideB.entities)], actors: actors)
        let quotesA = event.quotes[0], quotesB = event.quotes[1]
        let profileA = sideA.profile, profileB = sideB.profile
        let weights = WordWeights([a.table, b.table])
        let (alignment, factsDelta) = Self.align(a, b, weights: weights)
        // The sentence verdicts on one core while the quotes and framing are compared on the other.
        nonisolated(unsafe) var judged: (a: [SentenceJudgement], b: [SentenceJudgement]) = ([], [])
        nonisolated(unsafe) var compared: (QuotesDelta, FramingDelta)? = nil
        Parallel.forEach(count: 2) { k in
            if k == 0 {
                judged = SentenceVerdicts.judge(a.table, b.table, weights: weights, alignment: alignment, parallel: false)
            } else {
                compared = (quotesDelta(articleA, quotesA, articleB, quotesB),
                            framingDelta(profileA, profileB, ownWords: [sideA.ownWords, sideB.ownWords]))
            }
        }
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
        // What the pairing left alone splits in two: reported elsewhere by the other side (same or partly), or only here.
        let recordsA = records(judged.a, a.table, sa, other: b.table, sb), recordsB = records(judged.b, b.table, sb, other: a.table, sa)
        let onlyA = alignment.onlyA.filter { judged.a[$0].verdict == .none }, elsewhereA = alignment.onlyA.filter { judged.a[$0].verdict != .none }
        let onlyB = alignment.onlyB.filter { judged.b[$0].verdict == .none }, elsewhereB = alignment.onlyB.filter { judged.b[$0].verdict != .none }
        return ArticleDiff(
            a: side(articleA, profileA, a.table), b: side(articleB, profileB, b.table),
            summary: DiffSummary(same: same, reworded: alignment.pairs.count - same, onlyInA: onlyA.count,
                                 onlyInB: onlyB.count, aCoveredByB: share(coveredA + elsewhereA.count, a.table.sentences.count),
                                 bCoveredByA: share(coveredB + elsewhereB.count, b.table.sentences.count),
                                 aElsewhereInB: elsewhereA.count, bElsewhereInA: elsewhereB.count),
            pairs: pairs,
            onlyInA: onlyA.map { SpanText(a.table.sentences[$0].span, in: sa) },
            onlyInB: onlyB.map { SpanText(b.table.sentences[$0].span, in: sb) },
            aElsewhereInB: elsewhereA.map { recordsA[$0] }, bElsewhereInA: elsewhereB.map { recordsB[$0] },
            facts: factsDelta,
            quotes: compared!.0,
            framing: compared!.1,
            sequence: Self.sequence(alignment, a: (onlyA, elsewhereA), b: (onlyB, elsewhereB), countA: a.table.sentences.count,
                                    countB: b.table.sentences.count),
            sentencesA: recordsA, sentencesB: recordsB)
    }

    func records(_ judged: [SentenceJudgement], _ table: SentenceTable, _ text: ScalarText, other: SentenceTable, _ otherText: ScalarText) -> [SentenceRecord] {
        judged.map { j in
            let span = table.sentences[j.sentence].span
            return SentenceRecord(start: span.start, end: span.end, text: text[span], verdict: j.verdict,
                                  others: j.others.map { SpanText(other.sentences[$0].span, in: otherText) },
                                  coverage: j.coverage, evidence: j.evidence)
        }
    }

    func side(_ article: Article, _ profile: FramingProfile, _ table: SentenceTable) -> DiffSide {
        DiffSide(id: article.id, outlet: article.outlet, title: article.title, date: article.date, url: article.url,
                 words: profile.words(.all), sentences: table.sentences.count)
    }

    /// Reading order: A's sentences in order (pairs at their first A sentence); each B-only sentence right after the
    /// entry holding the B sentence before it. B-only sentences before any of B's paired ones (B's own headline and
    /// lead, when nothing there pairs) stand where they stand in B, at the same relative place in A: after A's headline,
    /// not before it.
    /// `a`, `b`: each side's sentences outside the pairs, as (only there, reported elsewhere by the other side).
    static func sequence(_ alignment: Alignment, a: (only: [Int], elsewhere: [Int]), b: (only: [Int], elsewhere: [Int]),
                         countA: Int, countB: Int) -> [DiffEntry] {
        var keyed: [(key: (Int, Int, Int), entry: DiffEntry)] = []
        var entryOfB = [(Int, Int, Int)?](repeating: nil, count: countB)
        for (k, p) in alignment.pairs.enumerated() {
            let key = (p.a.min()!, 0, 0)
            keyed.append((key, DiffEntry(kind: .pair, index: k)))
            for j in p.b { entryOfB[j] = key }
        }
        for (k, i) in a.only.enumerated() { keyed.append(((i, 0, 0), DiffEntry(kind: .onlyInA, index: k))) }
        for (k, i) in a.elsewhere.enumerated() { keyed.append(((i, 0, 0), DiffEntry(kind: .aElsewhereInB, index: k))) }
        var previous: (Int, Int, Int)? = nil
        let firstAnchor = entryOfB.compactMap { $0 }.first?.0 ?? countA
        var unpairedB: [Int: DiffEntry] = [:]
        for (k, j) in b.only.enumerated() { unpairedB[j] = DiffEntry(kind: .onlyInB, index: k) }
        for (k, j) in b.elsewhere.enumerated() { unpairedB[j] = DiffEntry(kind: .bElsewhereInA, index: k) }
        for j in 0..<countB {
            if let key = entryOfB[j] {
                previous = key
            } else if let entry = unpairedB[j] {
                let at = previous?.0 ?? min(j * countA / max(countB, 1), firstAnchor - 1)
                keyed.append(((at, 1, j), entry))
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
        struct Key: Hashable { var lexicon: String; var category: String; var voice: VoiceKey }
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
        order.sort {
            (categoryOrder[$0.lexicon + "/" + $0.category] ?? .max, $0.voice) < (categoryOrder[$1.lexicon + "/" + $1.category] ?? .max, $1.voice)
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
