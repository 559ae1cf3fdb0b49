import Foundation
import TestSupport
import Testing
import Text
@testable import Analysis
import Corpus
import Lexicon

@Suite("Quotes across outlets")
struct QuoteSelectionTests {
    static func seedEvent() throws -> (articles: [Article], quotes: [[Quote]], selection: QuoteSelection) {
        let corpus = Corpus(root: repositoryRoot.appendingPathComponent("seeds"))
        let (manifest, stored) = try corpus.articles("iraq-2021-combat-mission")
        let articles = stored.map { $0.article(event: manifest.slug) }
        let actors = try ActorList.load(file: repositoryRoot.appendingPathComponent("lexicons/actors.yaml").path)
        let quotes = articles.map { QuoteExtractor(actors: actors).quotes(in: $0) }
        return (articles, quotes, QuoteSelection(articles: articles, quotes: quotes, actors: actors))
    }

    @Test func theCombatMissionQuoteIsOneClusterAcrossThreeOutlets() throws {
        let (_, _, selection) = try Self.seedEvent()
        let cluster = try #require(selection.clusters.first { $0.text.contains("combat mission") })
        #expect(cluster.actor == "Joe Biden")
        #expect(cluster.outlets == ["Graphic News", "Antiwar.com", "American Military News"])
        let graphic = try #require(cluster.members.first { $0.outlet == "Graphic News" })
        #expect(graphic.text == "not going to be in a combat mission")
        #expect(graphic.kind == .partial)
        #expect(graphic.share < 0.3, "Graphic News kept only the end of the sentence")
        let amn = try #require(cluster.members.first { $0.outlet == "American Military News" })
        #expect(amn.text.contains("deal it ISIS as it arises"), "transcription differences stay in one cluster")
        #expect(amn.share > 0.7)
        let covered = ScalarText(cluster.text)[graphic.covers]
        #expect(covered.hasSuffix("combat mission"))
    }

    @Test func theMatrixShowsWhoLetsWhomSpeak() throws {
        let (articles, _, selection) = try Self.seedEvent()
        let biden = try #require(selection.matrix.first { $0.level == .speaker && $0.actor == "Joe Biden" })
        #expect(biden.cells.count == articles.count)
        #expect(biden.cells.first { $0.outlet == "Graphic News" }?.first == true)
        #expect((biden.cells.first { $0.outlet == "teleSUR English" }?.quotes ?? -1) == 0)
        let kadhimi = try #require(selection.matrix.first { $0.actor == "Mustafa al-Kadhimi" })
        #expect(kadhimi.cells.first { $0.outlet == "American Military News" }?.quotes == 3)
        let official = try #require(selection.matrix.first { $0.speaker == "senior administration official" })
        #expect(official.cells.first { $0.outlet == "American Military News" }?.quotes == 2, "a/the official are one speaker")
        let groups = selection.matrix.filter { $0.level == .group }
        #expect(groups.contains { $0.group == "iran-aligned-militias" && $0.cells.first { $0.outlet == "Graphic News" }!.quotes == 2 })
    }

    @Test func scareQuotesInTheSeeds() throws {
        let (articles, quotes, _) = try Self.seedEvent()
        var scare: [String: [String]] = [:]
        for (article, list) in zip(articles, quotes) {
            let scalars = ScalarText(article.text)
            scare[article.outlet] = list.filter { $0.kind == .scare }.map { scalars[$0.content] }
        }
        // "agreed that the U.S. “combat” mission …": the leaders' word inside their reported agreement, so a quote.
        #expect(scare["Antiwar.com"] == ["Combat Mission"])
        #expect(scare["Official Medium Page"]?.contains("war on terror") == true)
        #expect(scare["teleSUR English"] == ["combat mission"])
        #expect(scare["Graphic News"] == [])
        #expect(scare["American Military News"] == [])
    }
}
