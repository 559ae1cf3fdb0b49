import Analysis
import ArgumentParser
import Corpus
import Foundation
import Lexicon
import Reports
import Text

/// `--table counts|omissions`: which of the report's tables `--format csv` writes.
enum CSVTable: String, ExpressibleByArgument, CaseIterable {
    case counts, omissions
}

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
                Unicode scalars; CSV is long form (event, outlet, article, category, voice, count, rate per 1,000), \
                or with --table omissions one row per omission and outlet (reports, in_part or leaves_out, with the \
                span that shows it).

                Past \(ReportHTML.columnsUpTo) outlets the HTML report sets outlets as rows (--layout rows): groups of \
                outlets as columns (from --groups, else groups.yaml in the corpus folder), the outlets furthest from \
                the event's median first, headlines clustered by dominant frame, and one page per outlet in a folder \
                next to the report (<report>-outlets/; with --out - the outlets' detail is folded into the one page).
                """)

        @OptionGroup var options: AnalysisOptions
        @Argument(help: "The event (a folder of the corpus).") var event: String
        @Option(help: "html (default), md, json or csv.") var format: ReportFormat = .html
        @Option(help: "Where to write (default reports/<event>.<ext>; - for standard output).") var out: String?
        @Option(help: "With --format csv: counts (default) or omissions.") var table: CSVTable = .counts
        @Option(help: "HTML layout: auto (rows past \(ReportHTML.columnsUpTo) outlets), columns or rows.") var layout: LayoutChoice = .auto
        @Option(help: "A YAML file of groups of outlets (GROUP: [OUTLET, …]); default: groups.yaml in the corpus folder, if any.")
        var groups: String?

        func validate() throws {
            if table != .counts && format != .csv {
                throw ValidationError("--table \(table.rawValue) is a CSV table; add --format csv")
            }
        }

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
            let groupsFile = groups ?? {
                let path = corpus.root.appendingPathComponent("groups.yaml").path
                return FileManager.default.fileExists(atPath: path) ? path : nil
            }()
            let groupOf = try groupsFile.map(Slant.Profile.readGroups) ?? [:]
            let builder = ReportBuilder(lexicons: lexicons, actors: actors, places: places, version: Slant.configuration.version)
            let report = builder.build(event: ReportEvent(slug: manifest.slug, title: manifest.title, description: manifest.description,
                                                          start: manifest.start, end: manifest.end),
                                       articles: input.articles, groups: groupOf)
            let target = out ?? "reports/\(slug)\(table == .omissions ? "-omissions" : "").\(format.fileExtension)"
            let text: String
            var pages: [(file: String, html: String)] = []
            var folder: String?
            switch format {
            case .html:
                let chosen = layout.resolve(report)
                if chosen == .rows && target != "-" {
                    let url = URL(fileURLWithPath: target)
                    let stem = url.deletingPathExtension().lastPathComponent
                    folder = url.deletingLastPathComponent().appendingPathComponent(stem + "-outlets").path
                    let rendered = ReportHTML.render(report, layout: .rows, pages: ReportHTML.Pages(
                        folder: stem + "-outlets", report: url.lastPathComponent, outlets: report.outlets.map(\.outlet)))
                    text = rendered.report
                    pages = rendered.pages
                } else {
                    text = ReportHTML.render(report, layout: chosen, pages: nil).report
                }
            case .md: text = ReportMarkdown.render(report)
            case .json: text = try JSONOutput.encode(report)
            case .csv: text = table == .omissions ? OmissionsCSV.render(report) : ReportCSV.render(report)
            }
            if let folder {
                // The report's own path must be writable as a file before its pages are written beside it.
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw CorpusError.io(file: target, message: "is a directory; name a file to write")
                }
                try Self.writePages(pages, into: folder)
            }
            try Output.write(text, to: target == "-" ? nil : target)
            if target != "-" { Terminal.warn("wrote \(target)" + (folder.map { " and \(pages.count) outlet pages in \($0)/" } ?? "")) }
        }

        /// Writes the outlet pages into their folder (each file replaced atomically) and removes pages of outlets
        /// the report no longer has.
        static func writePages(_ pages: [(file: String, html: String)], into folder: String) throws {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError("\(folder): cannot create the folder for the outlet pages (\(error.localizedDescription))")
            }
            for page in pages { try Output.write(page.html, to: folder + "/" + page.file) }
            let current = Set(pages.map(\.file))
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".html") && !current.contains(name) {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }
}

/// `--layout auto|columns|rows`.
enum LayoutChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, columns, rows

    func resolve(_ report: ComparisonReport) -> ReportHTML.Layout {
        switch self {
        case .auto: return ReportHTML.layout(for: report)
        case .columns: return .columns
        case .rows: return .rows
        }
    }
}
