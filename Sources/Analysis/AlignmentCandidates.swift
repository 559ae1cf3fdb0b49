import Text

/// Which pairs of an event's articles the statement aligner compares. Small events: every pair. Large events (dozens
/// to hundreds of outlets retelling a few versions of a story): each article with the articles most like it, so the
/// work grows with the articles times `neighbours` instead of their square. Sentences still join into one statement
/// across the whole event, since statements are the connected parts of the alignment graph, and an outlet the graph
/// missed is still found by the paraphrase check (`OmissionFinder.paraphraseShare`).
public enum AlignmentCandidates {
    /// Events with at most this many articles align every pair.
    public static let allPairsUpTo = 60
    /// Elsewhere each article aligns with this many others (half its most similar, half spread over the rest), and
    /// with those that chose it.
    public static let neighbours = 8

    /// For each article `i`, the articles `j > i` to align it with, ascending.
    public static func pairs(_ tables: [SentenceTable], weights: WordWeights, allPairsUpTo: Int = allPairsUpTo,
                             neighbours: Int = neighbours) -> [[Int]] {
        let n = tables.count
        guard n > allPairsUpTo else { return (0..<n).map { Array(($0 + 1)..<max($0 + 1, n)) } }
        // Each article as the sorted ids of its distinct content words, weighted by their rarity in the event.
        var ids: [String: Int32] = [:]
        var idf: [Double] = []
        let documents: [[Int32]] = tables.map { table in
            var seen: Set<Int32> = []
            for sentence in table.sentences where !sentence.inHeadline {
                for w in sentence.words {
                    let id: Int32
                    if let known = ids[w] { id = known } else {
                        id = Int32(idf.count)
                        ids[w] = id
                        idf.append(weights.weight(w))
                    }
                    seen.insert(id)
                }
            }
            return seen.sorted()
        }
        let norms = documents.map { doc in doc.reduce(0.0) { $0 + idf[Int($1)] * idf[Int($1)] }.squareRoot() }
        // Cosine similarity of each article with every later one (merging sorted id lists), on all cores.
        let upper: [[Float]] = Parallel.map(count: n) { i in
            let a = documents[i]
            return ((i + 1)..<max(i + 1, n)).map { j -> Float in
                let b = documents[j]
                var x = 0, y = 0, dot = 0.0
                while x < a.count && y < b.count {
                    if a[x] == b[y] { dot += idf[Int(a[x])] * idf[Int(a[x])]; x += 1; y += 1 } else if a[x] < b[y] { x += 1 } else { y += 1 }
                }
                let norm = norms[i] * norms[j]
                return norm > 0 ? Float(dot / norm) : 0
            }
        }
        func similarity(_ i: Int, _ j: Int) -> Float { i < j ? upper[i][j - i - 1] : upper[j][i - j - 1] }
        // Each article's nearest articles (ties to the earlier article), and as many spread evenly over the rest of
        // its ranking: copies of one wire story are each other's nearest, and the spread links join the versions.
        let chosen: [[Int]] = Parallel.map(count: n) { i in
            let ranked = (0..<n).filter { $0 != i }.sorted { (similarity(i, $0), -$0) > (similarity(i, $1), -$1) }
            let near = min(neighbours / 2, ranked.count)
            let rest = ranked.count - near, spread = min(neighbours - near, rest)
            return Array(ranked.prefix(near)) + (0..<spread).map { ranked[near + $0 * rest / spread] }
        }
        var later = [Set<Int>](repeating: [], count: n)
        for (i, list) in chosen.enumerated() {
            for j in list { later[min(i, j)].insert(max(i, j)) }
        }
        return later.map { $0.sorted() }
    }
}
