@testable import Analysis
import Testing
import Text

@Suite("Which pairs of articles the event aligns")
struct AlignmentCandidatesTests {
    /// `versions` different stories, each printed by many outlets with a sentence of their own.
    static func tables(_ count: Int, versions: Int) -> [SentenceTable] {
        let stories = [
            "The senate passed the budget bill on Tuesday after a long debate over defence spending.",
            "Floods forced thousands of residents from their homes along the river valley overnight.",
            "The central bank raised interest rates by half a point to curb stubborn inflation.",
            "A wildfire near the national park burned across dry hills and closed two highways.",
        ]
        return (0..<count).map { k in
            SentenceTable(Article(id: "a\(k)", outlet: "Outlet \(k)", text: "Headline \(k)\n\n\(stories[k % versions]) Outlet \(k) reported it first.", headlineFirst: true))
        }
    }

    @Test func smallEventsAlignEveryPair() {
        let t = Self.tables(10, versions: 2)
        let pairs = AlignmentCandidates.pairs(t, weights: WordWeights(t))
        #expect(pairs.enumerated().allSatisfy { $0.element == Array(($0.offset + 1)..<10) })
    }

    @Test func largeEventsAlignNearAndSpreadNeighbours() {
        let n = 200
        let t = Self.tables(n, versions: 4)
        let pairs = AlignmentCandidates.pairs(t, weights: WordWeights(t), allPairsUpTo: 60, neighbours: 8)
        let total = pairs.reduce(0) { $0 + $1.count }
        #expect(total <= n * 8 && total >= n * 4, "linear in the articles: \(total)")
        #expect(pairs.enumerated().allSatisfy { i, list in list.allSatisfy { $0 > i } && list == list.sorted() })
        // Each article is aligned with copies of its own story, and the versions are joined to each other.
        var sets = DisjointSets(count: n)
        for (i, list) in pairs.enumerated() { for j in list { sets.join(i, j) } }
        #expect(Set((0..<n).map { sets.find($0) }).count == 1, "one connected event")
        #expect((0..<n).allSatisfy { i in pairs[i].contains { $0 % 4 == i % 4 } || pairs.indices.contains { pairs[$0].contains(i) && $0 % 4 == i % 4 } })
    }
}
