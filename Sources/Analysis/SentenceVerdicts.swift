import Text

/// Whether another article reports what a sentence says.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// The other article states the same claim, in any wording.
    case same
    /// It reports part of the claim, or the same words in other company: some of the content, not all of it.
    case partly
    /// It does not report it.
    case none
}

/// Why two sentences were judged to say the same thing: the content words they share, word for word or by stem, the
/// numbers among them, and the longest wording they share.
public struct MatchEvidence: Codable, Sendable, Equatable {
    /// Content words written the same in both (normalised: case, plurals, number separators).
    public var words: [String]
    /// Words of the sentence that the other side writes in another form of the same stem ("withdrawal" ~ "withdraws").
    public var stems: [String]
    /// Numbers both sides give.
    public var numbers: [String]
    /// The longest run of words both sides write in the same order (by stem), when it holds at least two content
    /// words that are not names ("lied many times", "addicted to spending and big government").
    public var phrase: String?

    public init(words: [String] = [], stems: [String] = [], numbers: [String] = [], phrase: String? = nil) {
        self.words = words
        self.stems = stems
        self.numbers = numbers
        self.phrase = phrase
    }
}

/// One sentence of an article against the whole of another article.
public struct SentenceJudgement: Sendable, Equatable {
    public var sentence: Int
    public var verdict: Verdict
    /// The other article's sentences that carry it (one, or two when the other splits it), best first.
    public var others: [Int]
    /// The share of the sentence's content-word weight found in those sentences (a stem match counts `stemCredit`).
    public var coverage: Double
    public var evidence: MatchEvidence
}

/// Judges every sentence of A against all of B: does B report it, in any wording? Each content word of A's sentence
/// is looked for in B's sentences as written, then by stem (Porter); the sentence's coverage is the share of its
/// content-word weight found in the best sentence of B, or in up to three of B's sentences together when B splits it.
/// A word weighs the square of its rarity in the two articles (the names every sentence repeats weigh little, the
/// words that make a claim a lot); attribution verbs and honorifics weigh nothing. Unlike the one-to-one pairing of
/// `SentenceAligner`, any number of A's sentences may find the same sentence of B, in any order: outlets repeat,
/// merge and reorder. A sentence the aligner paired is reported at least partly, and so is one that shares a run of
/// wording with a sentence of B: at least two content words that are not names, in the same order, weighing
/// `sharedWordingWeight` together (a quotation both carry, a phrase one took from the other), however little of the
/// rest of the sentence B reports.
///
/// Tuned on the dev part of the hand-made gold in scripts/gold/diff (scripts/evaluate_alignment.py).
public enum SentenceVerdicts {
    /// Coverage from which the other article states the same claim.
    public static let sameCoverage = 0.6
    /// Coverage from which it reports part of it.
    public static let partlyCoverage = 0.4
    /// What a word found only by its stem counts for.
    public static let stemCredit = 0.85
    /// Another sentence of B joins the best one only when it covers this much of the sentence alone.
    public static let secondSentenceCoverage = 0.2
    /// At most this many of B's sentences together carry one sentence of A.
    public static let joined = 3
    /// The most sentences of B one sentence of A is weighed against.
    public static let candidatesPerSentence = 6

    /// Sentences of the other article a stem may be in and still gather candidates (see `judge`).
    static let commonStem = 256
    /// The rarity of its content words together (inverse sentence frequency, in units of the rarest possible word's)
    /// from which a run of shared wording shows that B reports part of the sentence.
    public static let sharedWordingWeight = 1.3

    /// Words that carry no claim of their own: attribution verbs and honorifics.
    static let noClaim: Set<String> = ["said", "say", "says", "saying", "told", "tell", "tells", "added", "according", "mr", "ms", "mrs", "also"]

    /// The words of two articles as numbers: each word's stem and weight (the square of its rarity; none for words
    /// that carry no claim).
    struct Vocabulary {
        var ids: [String: Int] = [:]
        var names: [String] = []
        var stems: [Int] = []
        var weight: [Double] = []
        /// A word's weight in a run of shared wording: its rarity as a share of the rarest possible word's (none for
        /// function words and words that carry no claim).
        var runWeight: [Double] = []
        /// Words either article writes capitalised inside a sentence that is not in title case: names, which do not
        /// count towards the two content words of a run of shared wording.
        var isName: [Bool] = []
        var stemIDs: [String: Int] = [:]

        mutating func id(_ w: String, _ weights: WordWeights) -> Int {
            if let id = ids[w] { return id }
            let stem = Stemmer.stem(w)
            let stemID = stemIDs[stem] ?? stemIDs.count
            stemIDs[stem] = stemID
            ids[w] = names.count
            names.append(w)
            stems.append(stemID)
            let content = !SentenceVerdicts.noClaim.contains(w) && !QuoteSelection.functionWords.contains(w)
            weight.append(content ? weights.weight(w) * weights.weight(w) : 0)
            runWeight.append(content ? weights.weight(w) / weights.defaultWeight : 0)
            isName.append(false)
            return names.count - 1
        }
    }

    struct Side {
        var words: [[Int]]
        var wordSets: [Set<Int>]
        var stemSets: [Set<Int>]
        /// Every token of each sentence, function words included, in order.
        var tokens: [[Int]]

        init(_ table: SentenceTable, _ vocabulary: inout Vocabulary, _ weights: WordWeights) {
            words = table.sentences.map { s in s.words.map { vocabulary.id($0, weights) } }
            tokens = table.sentences.map { s in s.tokens.map { vocabulary.id($0.word, weights) } }
            let stems = vocabulary.stems
            wordSets = words.map(Set.init)
            stemSets = words.map { Set($0.map { stems[$0] }) }
            // Names: words written capitalised after a sentence's first word, in sentences not set in title case.
            let scalars = Array(table.article.text.unicodeScalars)
            for (k, sentence) in table.sentences.enumerated() {
                let capitals = sentence.tokens.map { t in scalars[t.span.start].properties.isUppercase }
                let long = sentence.tokens.indices.filter { sentence.tokens[$0].span.end - sentence.tokens[$0].span.start > 3 }
                guard !long.isEmpty, Double(long.filter { capitals[$0] }.count) < 0.6 * Double(long.count) else { continue }
                for i in sentence.tokens.indices.dropFirst() where capitals[i] { vocabulary.isName[tokens[k][i]] = true }
            }
        }
    }

    /// The run of tokens A's sentence and B's write alike (by stem) that weighs most, among runs with at least two
    /// content words that are not names: its token range in A and its weight.
    static func sharedWording(_ a: [Int], _ b: [Int], _ vocabulary: Vocabulary) -> (range: Range<Int>, weight: Double)? {
        struct Cell { var length: Int32 = 0, content: Int32 = 0; var weight = 0.0 }
        let bStems = b.map { vocabulary.stems[$0] }
        var best: (range: Range<Int>, weight: Double)? = nil
        // Two rows of the table of runs ending at (i, j), one cell ahead for j = -1.
        withUnsafeTemporaryAllocation(of: Cell.self, capacity: 2 * (b.count + 1)) { cells in
            cells.initialize(repeating: Cell())
            var previous = 0, current = b.count + 1
            for i in a.indices {
                let stem = vocabulary.stems[a[i]], w = vocabulary.runWeight[a[i]]
                let counts: Int32 = w > 0 && !vocabulary.isName[a[i]] ? 1 : 0
                for j in bStems.indices {
                    guard bStems[j] == stem else { cells[current + j + 1] = Cell(); continue }
                    let before = cells[previous + j]
                    let cell = Cell(length: before.length + 1, content: before.content + counts, weight: before.weight + w)
                    cells[current + j + 1] = cell
                    if cell.content >= 2, cell.weight > best?.weight ?? 0 {
                        best = ((i + 1 - Int(cell.length))..<(i + 1), cell.weight)
                    }
                }
                swap(&previous, &current)
            }
        }
        return best
    }

    public static func judge(_ a: SentenceTable, against b: SentenceTable, weights: WordWeights) -> [SentenceJudgement] {
        var vocabulary = Vocabulary()
        let sa = Side(a, &vocabulary, weights), sb = Side(b, &vocabulary, weights)
        return judge(sa, against: sb, vocabulary)
    }

    /// `paired`: sentences of A the aligner paired, with their partners in B.
    /// `only`: the sentences of A to judge (all when nil), in that order.
    static func judge(_ a: Side, against b: Side, _ vocabulary: Vocabulary, paired: [Int: [Int]] = [:],
                      only: [Int]? = nil) -> [SentenceJudgement] {
        var index: [Int: [Int]] = [:]
        for (j, stems) in b.stemSets.enumerated() { for s in stems { index[s, default: []].append(j) } }
        var shared = [Double](repeating: 0, count: b.words.count)
        func judgeOne(_ i: Int) -> SentenceJudgement {
            let words = a.words[i], stems = words.map { vocabulary.stems[$0] }
            let weight = words.map { vocabulary.weight[$0] }
            let total = weight.reduce(0, +)
            // Nothing in B covers it: none, or partly when the aligner paired it.
            let unmatched = SentenceJudgement(sentence: i, verdict: paired[i] == nil ? .none : .partly, others: paired[i] ?? [], coverage: 0,
                                              evidence: MatchEvidence())
            guard total > 0 else { return unmatched }
            // Candidates: B's sentences sharing a stem, the best `candidatesPerSentence` by shared weight (text that
            // repeats one sentence thousands of times would otherwise make every sentence a candidate).
            // A stem in more than `commonStem` of B's sentences (only text that repeats itself has one) adds to no
            // candidate, unless the sentence has no other: then the first sentences holding its rarest stem are taken.
            var touched: [Int] = []
            var rarest: [Int]? = nil
            for (k, s) in stems.enumerated() where weight[k] > 0 {
                let postings = index[s] ?? []
                if postings.count > commonStem {
                    if postings.count < rarest?.count ?? .max { rarest = postings }
                    continue
                }
                for j in postings {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += weight[k]
                }
            }
            if touched.isEmpty, let rarest {
                for j in rarest.prefix(commonStem) where shared[j] == 0 { touched.append(j); shared[j] = 1 }
            }
            var ranked = touched.map { (j: $0, weight: shared[$0]) }
            for j in touched { shared[j] = 0 }
            if ranked.count > candidatesPerSentence {
                ranked.sort { ($0.weight, -$0.j) > ($1.weight, -$1.j) }
                ranked.removeLast(ranked.count - candidatesPerSentence)
            }
            let candidates = ranked.map(\.j)
            // Per candidate sentence of B, each word's credit: 1 as written, `stemCredit` by stem.
            func credits(_ j: Int) -> [Double] {
                words.indices.map { k in b.wordSets[j].contains(words[k]) ? 1 : b.stemSets[j].contains(stems[k]) ? stemCredit : 0 }
            }
            func cover(_ c: [Double]) -> Double { zip(c, weight).reduce(0) { $0 + $1.0 * $1.1 } / total }
            let scored = candidates.map { j -> (j: Int, credits: [Double], coverage: Double) in
                let c = credits(j)
                return (j, c, cover(c))
            }.sorted { ($0.coverage, -$0.j) > ($1.coverage, -$1.j) }
            guard let best = scored.first else { return unmatched }
            var others = [best.j], joint = best.credits, coverage = best.coverage
            // Further sentences that add to the best, when each covers enough alone.
            // Each must carry two of its words: one word in each of three sentences is no claim split over them.
            for next in scored.dropFirst().prefix(6) where next.coverage >= secondSentenceCoverage && others.count < joined
                && next.credits.indices.filter({ next.credits[$0] > 0 && weight[$0] > 0 }).count >= 2 {
                let union = zip(joint, next.credits).map { max($0, $1) }
                let c = cover(union)
                if c > coverage + 0.05 { others.append(next.j); joint = union; coverage = c }
            }
            // One shared word is not a claim: a fragment ("F.B.I.") or a name alone finds itself everywhere.
            let matched = words.indices.filter { joint[$0] > 0 && weight[$0] > 0 }.count
            var verdict: Verdict = matched < 2 ? .none : coverage >= sameCoverage ? .same : coverage >= partlyCoverage ? .partly : .none
            if verdict == .none, let partner = paired[i] { verdict = .partly; others = partner }
            // The wording it shares with the best sentence found (with any candidate when none is). A run can hold only
            // words whose stems both sentences have: without two such content words that are not names, or with too
            // little weight in all of them, there is none.
            func mayShareWording(_ j: Int) -> Bool {
                var count = 0, total = 0.0
                for w in words where vocabulary.runWeight[w] > 0 && b.stemSets[j].contains(vocabulary.stems[w]) {
                    total += vocabulary.runWeight[w]
                    if !vocabulary.isName[w] { count += 1 }
                }
                return count >= 2 && total >= sharedWordingWeight
            }
            var phrase: (range: Range<Int>, weight: Double, other: Int)? = nil
            for j in verdict == .none ? candidates : Array(others.prefix(1)) where mayShareWording(j) {
                if let run = sharedWording(a.tokens[i], b.tokens[j], vocabulary), run.weight > phrase?.weight ?? 0 {
                    phrase = (run.range, run.weight, j)
                }
            }
            if verdict == .none, let phrase, phrase.weight >= sharedWordingWeight {
                verdict = .partly; others = [phrase.other]; joint = credits(phrase.other); coverage = cover(joint)
            }
            var evidence = MatchEvidence()
            if verdict != .none, let phrase, phrase.weight >= sharedWordingWeight {
                evidence.phrase = phrase.range.map { vocabulary.names[a.tokens[i][$0]] }.joined(separator: " ")
            }
            for k in words.indices where joint[k] > 0 && weight[k] > 0 {
                let name = vocabulary.names[words[k]]
                if joint[k] == 1 { evidence.words.append(name) } else { evidence.stems.append(name) }
                if name.first?.isNumber == true, joint[k] == 1 { evidence.numbers.append(name) }
            }
            return SentenceJudgement(sentence: i, verdict: verdict, others: verdict == .none ? [] : others,
                                     coverage: (coverage * 1000).rounded() / 1000, evidence: verdict == .none ? MatchEvidence() : evidence)
        }

        // Sentences A repeats word for word are judged once.
        var memo: [[Int]: SentenceJudgement] = [:]
        return (only ?? Array(a.words.indices)).map { i in
            if paired[i] == nil, var known = memo[a.words[i]] {
                known.sentence = i
                return known
            }
            let judgement = judgeOne(i)
            if paired[i] == nil { memo[a.words[i]] = judgement }
            return judgement
        }
    }

    /// Both directions at once: A's sentences against B, and B's against A.
    /// `parallel`: the two directions on two cores.
    public static func judge(_ a: SentenceTable, _ b: SentenceTable, weights: WordWeights, alignment: Alignment? = nil,
                             parallel: Bool = true) -> (a: [SentenceJudgement], b: [SentenceJudgement]) {
        var vocabulary = Vocabulary()
        let sa = Side(a, &vocabulary, weights), sb = Side(b, &vocabulary, weights)
        var pairedA: [Int: [Int]] = [:], pairedB: [Int: [Int]] = [:]
        for p in alignment?.pairs ?? [] {
            for i in p.a { pairedA[i] = p.b }
            for j in p.b { pairedB[j] = p.a }
        }
        let frozen = vocabulary
        let both = Parallel.map(count: 2, workers: parallel ? nil : 1) { k in
            k == 0 ? judge(sa, against: sb, frozen, paired: pairedA) : judge(sb, against: sa, frozen, paired: pairedB)
        }
        return (both[0], both[1])
    }
}

/// Whether the other articles of an event report single sentences of one, on one vocabulary and the event's word
/// weights (the omissions' check that an outlet the alignment left out does not report a statement in other words).
public struct EventVerdicts {
    let vocabulary: SentenceVerdicts.Vocabulary
    let sides: [SentenceVerdicts.Side]

    /// Every article's words at once, so that what counts as a name is read from the whole event.
    public init(tables: [SentenceTable], weights: WordWeights) {
        var vocabulary = SentenceVerdicts.Vocabulary()
        sides = tables.map { SentenceVerdicts.Side($0, &vocabulary, weights) }
        self.vocabulary = vocabulary
    }

    /// The verdicts on sentences of article `a` (their indexes in its table) against the whole of article `b`.
    public func judge(_ sentences: [Int], of a: Int, against b: Int) -> [SentenceJudgement] {
        SentenceVerdicts.judge(sides[a], against: sides[b], vocabulary, only: sentences)
    }
}
