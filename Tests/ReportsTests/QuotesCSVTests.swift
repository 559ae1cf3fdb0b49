import Foundation
import Testing
@testable import Analysis
@testable import Reports
import Text

@Suite("Quotes as CSV")
struct QuotesCSVTests {
    static func article(_ id: String, _ outlet: String, _ body: String) -> Article {
        Article(id: id, outlet: outlet, text: "Headline\n\n" + body, headlineFirst: true)
    }

    static func extractor() throws -> QuoteExtractor {
        let (_, actors) = try ReportTests.library.load(["actors"])
        return QuoteExtractor(actors: actors, places: try ReportTests.library.places())
    }

    @Test func quotesCSVHasOneRowPerQuoteWithTheEntity() throws {
        let articles = [Self.article("a", "A, Inc.", "Nancy Pelosi spoke.\n\n“We will not wait,” she said.")]
        let event = EventQuotes(articles: articles, extractor: try Self.extractor())
        let csv = QuotesCSV.render(articles: articles, quotes: event.quotes)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] + "\n" == QuotesCSV.header)
        #expect(lines[1].hasPrefix("\"A, Inc.\",a,"), "cells with commas are quoted")
        #expect(lines[1].contains(",direct,Nancy Pelosi,nancy-pelosi,person,"))
        #expect(lines[1].contains(",pronoun,"))
        #expect(lines[1].hasSuffix(",\"We will not wait,\""), "a cell with a comma is quoted")
    }
}
