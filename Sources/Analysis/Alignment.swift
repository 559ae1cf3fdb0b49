import Foundation
import Text

/// An article cut into sentences, with the content words alignment compares.
public struct SentenceTable: Sendable {
    public struct Sentence: Sendable {
        public var span: TextSpan
        /// Distinct content words (folded, numbers without separators, plurals singular).
        public var words: [String]
        /// Every word, for word-level diffs: normalized form and span.
        public var tokens: [(word: String, span: TextSpan)]
        public var inHeadline: Bool
    }

    public let article: Article
    public let sentences: [Sentence]

    public init(_ article: Article) {
        self.article = article
        let text = article.text
        let allTokens = Tokenizer.tokens(text)
        var sentences: [Sentence] = []
        var regions: [(TextSpan, Bool)] = []
        if !article.headline.isEmpty { regions.append((article.headline, true)) }
        regions += article.paragraphs.map { ($0, false) }
        let scalars = Array(text.unicodeScalars)
        var t = 0
        for (region, headline) in regions {
            for s in Sentences.split(Array(scalars[region.start..<region.end])) {
                let span = TextSpan(s.start + region.start, s.end + region.start)
                while t < allTokens.count, Int(allTokens[t].start) < span.start { t += 1 }
                var tokens: [(String, TextSpan)] = []
                var k = t
                var words: [String] = []
                var seen: Set<String> = []
                while k < allTokens.count, Int(allTokens[k].end) <= span.end {
                    let w = Tokenizer.folded(allTokens[k], in: text)
                    let n = Self.normalize(w)
                    tokens.append((n.isEmpty ? w : n, allTokens[k].span))
                    if !QuoteSelection.functionWords.contains(w), !n.isEmpty, seen.insert(n).inserted { words.append(n) }
                    k += 1
                }
                sentences.append(Sentence(span: span, words: words, tokens: tokens, inHeadline: headline))
            }
        }
        self.sentences = sentences
    }

    /// Numbers without separators, simple plurals singular ("troops" → "troop"), "U.S." as "us", "'s" dropped.
    static func normalize(_ w: String) -> String {
        let utf8 = w.utf8
        guard let first = utf8.first, let last = utf8.last else { return w }
        // Most words need nothing: no digit first, no dot, no final s.
        if last != UInt8(ascii: "s"), !(0x30...0x39).contains(first), !utf8.contains(UInt8(ascii: ".")) { return w }
        if w == "'s" { return "" }
        if w.utf8.contains(UInt8(ascii: ".")), w.utf8.count <= 6, w.first?.isLetter == true { return String(w.filter { $0 != "." }) }
        if w.first?.isNumber == true { return String(w.filter { $0 != "," }) }
        if utf8.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if utf8.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }
}

/// Inverse document frequencies over a set of sentence tables (two articles, or a whole event).
public struct WordWeights: Sendable {
    public let idf: [String: Double]
    let defaultWeight: Double

    public init(_ tables: [SentenceTable]) {
        var df: [String: Int] = [:]
        var n = 0
        for table in tables {
            for s in table.sentences {
                n += 1
                for w in s.words { df[w, default: 0] += 1 }
            }
        }
        var idf: [String: Double] = [:]
        for (w, d) in df { idf[w] = log(1 + Double(n) / Double(d)) }
        self.idf = idf
        self.defaultWeight = log(1 + Double(max(n, 1)))
    }

    public func weight(_ w: String) -> Double { idf[w] ?? defaultWeight }
}

/// What a run of a word-level diff is: in both, only A's wording, or only B's.
public enum DiffOp: String, Codable, Sendable {
    case equal, removed, added
}

/// How closely two aligned sentences agree: near word for word, or the same fact in other words.
public enum PairKind: String, Codable, Sendable {
    case same, reworded
}

/// One step of a word-level diff.
public struct DiffSegment: Codable, Sendable, Equatable {
    public var op: DiffOp
    public var a: TextSpan?
    public var b: TextSpan?
}

/// Sentences of A and B that report the same fact.
public struct AlignedPair: Sendable {
    public var a: [Int]
    public var b: [Int]
    public var kind: PairKind
    public var similarity: Double
    /// Word-level diff of the two sides (reworded pairs).
    public var diff: [DiffSegment]
}

/// Which sentences two articles share, reword, or have alone.
public struct Alignment: Sendable {
    public var pairs: [AlignedPair]
    public var onlyA: [Int]
    public var onlyB: [Int]
}

/// Aligns the sentences of two articles without comparing every pair: an inverted index over B's content words proposes
/// candidates for each sentence of A, scored by IDF-weighted overlap.
///
/// A pair reports the same fact when the words they share weigh at least `pairThreshold` of the lighter sentence and
/// `minimumOtherCover` of the heavier; an unmatched sentence next to a paired one, and contained (`containment`) in
/// that one's partner, joins the pair (a split or a merge). Pairs are `same` when their words agree at
/// `sameThreshold` or more, else `reworded`.
public enum SentenceAligner {
    public static let pairThreshold = 0.4
    public static let minimumOtherCover = 0.25
    /// Containment enough for a sentence next to one already paired with the same partner to join the pair (a split
    /// or a merge); only neighbours join, so a pair's sentences are consecutive on each side.
    public static let containment = 0.4
    public static let sameThreshold = 0.9
    /// The most partners in B a sentence of A is weighed against (its best by score).
    public static let candidatesPerSentence = 24

    public static func align(_ a: SentenceTable, _ b: SentenceTable, weights: WordWeights) -> Alignment {
        let wa = a.sentences.map { s in s.words.reduce(0) { $0 + weights.weight($1) } }
        let wb = b.sentences.map { s in s.words.reduce(0) { $0 + weights.weight($1) } }
        var index: [String: [Int]] = [:]
        for (j, s) in b.sentences.enumerated() { for w in s.words { index[w, default: []].append(j) } }

        struct Candidate { var i: Int; var j: Int; var shared: Double; var score: Double }
        var candidates: [Candidate] = []
        var shared = [Double](repeating: 0, count: b.sentences.count)
        var touched: [Int] = []
        for (i, s) in a.sentences.enumerated() where wa[i] > 0 {
            touched.removeAll(keepingCapacity: true)
            for w in s.words {
                guard let postings = index[w] else { continue }
                let weight = weights.weight(w)
                for j in postings {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += weight
                }
            }
            let first = candidates.count
            for j in touched {
                let sh = shared[j]
                shared[j] = 0
                guard wb[j] > 0 else { continue }
                let coverA = sh / wa[i], coverB = sh / wb[j]
                if max(coverA, coverB) >= containment || min(coverA, coverB) >= minimumOtherCover {
                    candidates.append(Candidate(i: i, j: j, shared: sh, score: sh / (wa[i] * wb[j]).squareRoot()))
                }
            }
            // Only a sentence's best few partners are kept: text that repeats one sentence thousands of times would
            // otherwise make every pair a candidate.
            if candidates.count - first > candidatesPerSentence {
                var mine = Array(candidates[first...])
                mine.sort { ($0.score, -$0.j) > ($1.score, -$1.j) }
                candidates.removeSubrange(first...)
                candidates.append(contentsOf: mine.prefix(candidatesPerSentence))
            }
        }
        candidates.sort { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }

        // One-to-one pairs first, best first; then an unmatched sentence mostly contained in a matched one joins it
        // (a sentence split in two, or two merged into one). Aligned groups are the connected components.
        var matchedA = [Bool](repeating: false, count: a.sentences.count)
        var matchedB = [Bool](repeating: false, count: b.sentences.count)
        var edges: [(Int, Int)] = []
        for c in candidates where !matchedA[c.i] && !matchedB[c.j] {
            let coverA = c.shared / wa[c.i], coverB = c.shared / wb[c.j]
            guard max(coverA, coverB) >= pairThreshold, min(coverA, coverB) >= minimumOtherCover else { continue }
            matchedA[c.i] = true; matchedB[c.j] = true
            edges.append((c.i, c.j))
        }
        var partnerOfA = [Int](repeating: -1, count: a.sentences.count)
        var partnerOfB = [Int](repeating: -1, count: b.sentences.count)
        for (i, j) in edges { partnerOfA[i] = j; partnerOfB[j] = i }
        func neighbours(_ partners: [Int], _ x: Int, _ y: Int) -> Bool {
            (x > 0 && partners[x - 1] == y) || (x + 1 < partners.count && partners[x + 1] == y)
        }
        for c in candidates where !a.sentences[c.i].inHeadline && !b.sentences[c.j].inHeadline {
            if !matchedB[c.j], matchedA[c.i], neighbours(partnerOfB, c.j, c.i), c.shared / wb[c.j] >= containment {
                matchedB[c.j] = true; partnerOfB[c.j] = c.i; edges.append((c.i, c.j))
            } else if !matchedA[c.i], matchedB[c.j], neighbours(partnerOfA, c.i, c.j), c.shared / wa[c.i] >= containment {
                matchedA[c.i] = true; partnerOfA[c.i] = c.j; edges.append((c.i, c.j))
            }
        }
        let nA = a.sentences.count
        var sets = DisjointSets(count: nA + b.sentences.count)
        for (i, j) in edges { sets.join(i, nA + j) }
        var groups: [Int: (a: [Int], b: [Int])] = [:]
        for i in a.sentences.indices where matchedA[i] { groups[sets.find(i), default: ([], [])].a.append(i) }
        for j in b.sentences.indices where matchedB[j] { groups[sets.find(nA + j), default: ([], [])].b.append(j) }
        let pairs = groups.values.filter { !$0.a.isEmpty && !$0.b.isEmpty }
            .sorted { ($0.a.min()!, $0.b.min()!) < ($1.a.min()!, $1.b.min()!) }
            .map { makePair(a, b, $0.a.sorted(), $0.b.sorted(), weights: weights) }
        let onlyA = a.sentences.indices.filter { !matchedA[$0] }
        let onlyB = b.sentences.indices.filter { !matchedB[$0] }
        return Alignment(pairs: pairs, onlyA: onlyA, onlyB: onlyB)
    }

    static func makePair(_ a: SentenceTable, _ b: SentenceTable, _ ia: [Int], _ ib: [Int], weights: WordWeights) -> AlignedPair {
        let ta = ia.flatMap { a.sentences[$0].tokens }
        let tb = ib.flatMap { b.sentences[$0].tokens }
        let matched = QuoteSelection.lcs(ta.map(\.word), tb.map(\.word))
        let agreement = ta.isEmpty || tb.isEmpty ? 0 : Double(matched.count) / Double(max(ta.count, tb.count))
        let wordsA = Set(ia.flatMap { a.sentences[$0].words }), wordsB = Set(ib.flatMap { b.sentences[$0].words })
        let sharedWeight = wordsA.intersection(wordsB).reduce(0) { $0 + weights.weight($1) }
        let total = wordsA.union(wordsB).reduce(0) { $0 + weights.weight($1) }
        let kind: PairKind = agreement >= sameThreshold ? .same : .reworded
        return AlignedPair(a: ia, b: ib, kind: kind, similarity: total == 0 ? 0 : (sharedWeight / total * 1000).rounded() / 1000,
                           diff: kind == .same ? [] : wordDiff(ta, tb, matched))
    }

    /// Equal, removed and added runs of words between two token lists, from their longest common subsequence.
    static func wordDiff(_ ta: [(word: String, span: TextSpan)], _ tb: [(word: String, span: TextSpan)],
                         _ matched: [(Int, Int)]) -> [DiffSegment] {
        var segments: [DiffSegment] = []
        func push(_ op: DiffOp, _ a: TextSpan?, _ b: TextSpan?) {
            if let last = segments.last, last.op == op {
                segments[segments.count - 1].a = merge(last.a, a)
                segments[segments.count - 1].b = merge(last.b, b)
            } else {
                segments.append(DiffSegment(op: op, a: a, b: b))
            }
        }
        var i = 0, j = 0
        for (mi, mj) in matched + [(ta.count, tb.count)] {
            while i < mi { push(.removed, ta[i].span, nil); i += 1 }
            while j < mj { push(.added, nil, tb[j].span); j += 1 }
            if mi < ta.count && mj < tb.count { push(.equal, ta[mi].span, tb[mj].span); i = mi + 1; j = mj + 1 }
        }
        return segments
    }

    static func merge(_ x: TextSpan?, _ y: TextSpan?) -> TextSpan? {
        guard let x else { return y }
        guard let y else { return x }
        return TextSpan(min(x.start, y.start), max(x.end, y.end))
    }
}
