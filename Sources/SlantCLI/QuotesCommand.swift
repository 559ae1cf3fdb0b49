import Analysis
import ArgumentParser
import Foundation
import Lexicon
import Text

extension Slant {
    struct Quotes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract and attribute quotes; for an event, cluster them across outlets and build the quote-selection matrix.")

        @OptionGroup var options: AnalysisOptions
        @Argument(help: "An event, EVENT/OUTLET references, or files.") var inputs: [String]
        @Option(help: "table or json.") var format: ListingFormat = .table

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
            let clusters: [QuoteCluster]
            let matrix: [QuoteMatrixRow]
        }

        func run() throws {
            let input = try AnalysisInput.load(inputs, options: options)
            let (_, actors) = try input.loadLexicons(options)
            let extractor = QuoteExtractor(actors: actors)
            let quotes = input.articles.map { extractor.quotes(in: $0) }
            let selection = QuoteSelection(articles: input.articles, quotes: quotes, actors: actors)
            switch format {
            case .json:
                let articles = zip(input.articles, zip(quotes, input.files)).map { article, pair in
                    let scalars = ScalarText(article.text)
                    return ArticleOutput(outlet: article.outlet, title: article.title, file: pair.1, id: article.id,
                                         quotes: pair.0.map { QuoteRecord($0, in: scalars) })
                }
                Terminal.out(try JSONOutput.encode(Output(articles: articles, clusters: selection.clusters, matrix: selection.matrix)))
            case .table:
                for (article, list) in zip(input.articles, quotes) {
                    let scalars = ScalarText(article.text)
                    Terminal.out("\(article.outlet) — \(article.title)\n")
                    for q in list {
                        let who = q.kind == .scare ? "(scare quote)" : (q.speaker.map { s in s + (q.actor.map { $0 == s ? "" : " → \($0)" } ?? "") } ?? "(unattributed)")
                        Terminal.out("  [\(q.kind.rawValue)] \(who): “\(Self.clip(scalars[q.content]))”\n")
                    }
                    Terminal.out("\n")
                }
                if !selection.matrix.isEmpty && input.articles.count > 1 {
                    Terminal.out("Quote selection (words quoted per speaker and outlet; * quoted first)\n")
                    let outlets = input.articles.map(\.outlet)
                    var rows: [[String]] = []
                    for row in selection.matrix where row.level == "speaker" {
                        rows.append([row.speaker] + outlets.map { outlet in
                            guard let cell = row.cells.first(where: { $0.outlet == outlet }), cell.quotes > 0 else { return "–" }
                            return "\(cell.words)\(cell.first ? "*" : "")"
                        })
                    }
                    Terminal.out(Table.render(header: ["speaker"] + outlets, rows: rows))
                }
            }
        }

        static func clip(_ s: String) -> String {
            s.count > 90 ? String(s.prefix(87)) + "…" : s
        }
    }
}
