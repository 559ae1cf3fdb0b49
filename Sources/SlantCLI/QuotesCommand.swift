import Analysis
import ArgumentParser
import Foundation
import Lexicon
import Reports
import Text

extension Slant {
    struct Quotes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract and attribute quotes; for an event, cluster them across outlets and build the quote-selection matrix.")

        @OptionGroup var options: AnalysisOptions
        @Argument(help: "An event, EVENT/OUTLET references, or files.") var inputs: [String]
        @Option(help: "table, json (quotes, people and organisations, clusters, matrix) or csv (one row per quote).")
        var format: QuotesFormat = .table

        enum QuotesFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

        struct ArticleOutput: Encodable {
            let outlet: String, title: String, file: String?, id: String, quotes: [QuoteRecord]
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(outlet, forKey: .outlet); try c.encode(title, forKey: .title); try c.encode(file, forKey: .file)
                try c.encode(id, forKey: .id); try c.encode(quotes, forKey: .quotes)
            }
            enum CodingKeys: String, CodingKey { case outlet, title, file, id, quotes }
        }

        struct Output: Encodable {
            let articles: [ArticleOutput]
            let entities: [EntityListing]
            let clusters: [QuoteCluster]
            let matrix: [QuoteMatrixRow]
        }

        func run() throws {
            let input = try AnalysisInput.load(inputs, options: options)
            let (_, actors) = try input.loadLexicons(options)
            let extractor = QuoteExtractor(actors: actors, places: try input.loadPlaces(options))
            let event = EventQuotes(articles: input.articles, extractor: extractor)
            let quotes = event.quotes
            let selection = QuoteSelection(articles: input.articles, quotes: quotes, actors: actors)
            switch format {
            case .json:
                let articles = zip(input.articles, zip(quotes, input.files)).map { article, pair in
                    let scalars = ScalarText(article.text)
                    return ArticleOutput(outlet: article.outlet, title: article.title, file: pair.1, id: article.id,
                                         quotes: pair.0.map { QuoteRecord($0, in: scalars) })
                }
                Terminal.out(try JSONOutput.encode(Output(articles: articles, entities: EntityListing.list(event, articles: input.articles),
                                                          clusters: selection.clusters, matrix: selection.matrix)))
            case .csv:
                Terminal.out(QuotesCSV.render(articles: input.articles, quotes: quotes))
            case .table:
                Terminal.out(QuoteTable.render(articles: input.articles, quotes: quotes, matrix: selection.matrix))
            }
        }
    }
}
