import Analysis
import ArgumentParser
import Foundation
import Lexicon
import Reports
import Text

/// `--format terminal|md|html|json`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case terminal, md, html, json, csv }

extension Slant {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two articles: shared, reworded and one-sided sentences, facts, quotes and framing.",
            discussion: """
                A and B are EVENT/OUTLET references in the corpus, or files (HTML or text; --as-is takes text \
                verbatim). Sentences are aligned through an inverted index of their content words weighted by \
                rarity: a pair is `same` when its wording agrees almost word for word, `reworded` otherwise, with a \
                word-level diff. Every sentence of each side is also judged against all of the other side: same, \
                partly or none (only there), by the share of its content words the other side carries, as written or \
                by stem. Facts are numbers with what they count, dates, actors, places and other names. JSON \
                offsets count Unicode scalars in each article's clean text (`slant show EVENT OUTLET --format json` \
                prints it). CSV: one row per sentence of each side with its verdict, coverage, the other side's \
                sentences that carry it, and the shared words.
                """)

        @OptionGroup var options: AnalysisOptions
        @Argument(help: "The first article: EVENT/OUTLET or a file.") var a: String
        @Argument(help: "The second article: EVENT/OUTLET or a file.") var b: String
        @Option(help: "terminal (default), md, html, json or csv.") var format: DiffFormat = .terminal
        @Flag(name: .customLong("no-color"), help: "No colour in the terminal view (the default when stdout is not a terminal).")
        var noColor = false
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func run() throws {
            let input = try AnalysisInput.load([a, b], options: options)
            let (lexicons, actors) = try input.loadLexicons(options)
            let places = try input.loadPlaces(options)
            let differ = ArticleDiffer(lexicons: lexicons, actors: actors, places: places)
            let diff = differ.diff(input.articles[0], input.articles[1])
            let text: String
            switch format {
            case .json: text = try JSONOutput.encode(diff)
            case .md: text = DiffRenderer.markdown(diff)
            case .html: text = DiffRenderer.html(diff)
            case .csv: text = DiffCSV.render(diff)
            case .terminal:
                let color = !noColor && out == nil && Terminal.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                text = DiffRenderer.terminal(diff, color: color)
            }
            try Output.write(text, to: out)
        }
    }
}
