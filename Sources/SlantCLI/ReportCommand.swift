import Analysis
import ArgumentParser
import Corpus
import Foundation
import Lexicon
import Reports
import Text

/// `--format html|md|json|csv`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, md, json, csv

    var fileExtension: String { self == .md ? "md" : rawValue }
}

extension Slant {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the side-by-side framing report of an event.",
            discussion: """
                Every outlet side by side: timeline, headlines with their dominant frame and scare quotes, frame \
                profiles by voice, loaded words, hedges and attribution verbs in each outlet's own voice, who gets \
                quoted and how each outlet cut shared quotations, what most outlets report and one leaves out, \
                distinctive words, and each article's text with every match highlighted.

                By default it writes reports/<event>.html; --out - prints to standard output. HTML is one \
                self-contained file (no scripts, no remote resources); JSON is the full report model with offsets in \
                Unicode scalars; CSV is long form (event, outlet, article, category, voice, count, rate per 1,000).
                """)

        @OptionGroup var options: AnalysisOptions
        @Argument(help: "The event (a folder of the corpus).") var event: String
        @Option(help: "html (default), md, json or csv.") var format: ReportFormat = .html
        @Option(help: "Where to write (default reports/<event>.<ext>; - for standard output).") var out: String?

        func run() throws {
            let corpus = options.corpus
            let slug = try Slug.make(event)
            guard FileManager.default.fileExists(atPath: corpus.manifestURL(slug).path) else {
                throw CorpusError.noSuchEvent(event, corpus: corpus.root.path)
            }
            let input = try AnalysisInput.load([slug], options: options)
            guard let manifest = input.event, !input.articles.isEmpty else {
                throw CLIError("the event '\(slug)' has no articles yet (slant add \(slug) PAGE)")
            }
            let (lexicons, actors) = try input.loadLexicons(options)
            let places = try input.loadPlaces(options)
            let builder = ReportBuilder(lexicons: lexicons, actors: actors, places: places, version: Slant.configuration.version)
            let report = builder.build(event: ReportEvent(slug: manifest.slug, title: manifest.title, description: manifest.description,
                                                          start: manifest.start, end: manifest.end),
                                       articles: input.articles)
            let text: String
            switch format {
            case .html: text = ReportHTML.render(report)
            case .md: text = ReportMarkdown.render(report)
            case .json: text = try JSONOutput.encode(report)
            case .csv: text = ReportCSV.render(report)
            }
            let target = out ?? "reports/\(slug).\(format.fileExtension)"
            try Output.write(text, to: target == "-" ? nil : target)
            if target != "-" { Terminal.warn("wrote \(target)") }
        }
    }
}
