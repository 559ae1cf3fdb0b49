import Analysis
import Corpus
import Foundation
@testable import Reports
import Testing
import TestSupport
import Text

@Suite("Diff as CSV")
struct DiffCSVTests {
    @Test func oneRowPerSentenceOfEachSide() throws {
        let corpus = Corpus(root: repositoryRoot.appendingPathComponent("seeds"))
        let (manifest, stored) = try corpus.articles("iraq-2021-combat-mission")
        let articles = stored.map { $0.article(event: manifest.slug) }
        let antiwar = try #require(articles.first { $0.outlet == "Antiwar.com" })
        let amn = try #require(articles.first { $0.outlet == "American Military News" })
        let (lexicons, actors) = try ReportTests.library.load(["news-generic", "policy-frames", "actors"])
        let diff = ArticleDiffer(lexicons: lexicons, actors: actors, places: try ReportTests.library.places()).diff(antiwar, amn)
        let csv = DiffCSV.render(diff)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "side,article,start,end,verdict,coverage,other_sentences,shared_words,stem_matches,shared_phrase,text")
        #expect(lines.count == 1 + diff.a.sentences + diff.b.sentences)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("a,") || $0.hasPrefix("b,") })
        // Biden's combat-mission sentence is reported by the other outlet, and no attribution verb is shared evidence;
        // the New York Times figure is only in Antiwar.com.
        let biden = try #require(diff.sentencesA.first { $0.text.contains("combat mission,” Biden told") })
        #expect(biden.verdict == .same && !biden.evidence.words.contains("told"))
        #expect(diff.onlyInA.contains { $0.text.contains("New York Times") })
    }
}
