import Analysis
import ArgumentParser
import Foundation
import Lexicon
import Reports
import Text

/// `--format table|json|csv`.
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

extension Slant {
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score how each article and outlet words an event, by lexicon category and voice.",
            discussion: """
                Voices: headline, lead (the first two sentences of the body), narration (the outlet's own words), \
                quote (words of people it quotes) and scare_quote (distancing quotes). Rates are per 1,000 words of \
                the same voice; "own" is every voice but quote. --explain lists every match behind the numbers (in \
                JSON: each article's matches and scare quotes, offsets in Unicode scalars of the article's clean \
                text).
                """)

        @OptionGroup var options: AnalysisOptions
        @Argument(help: "An event, EVENT/OUTLET references, or files.") var inputs: [String]
        @Option(help: "table, json or csv.") var format: ScoreFormat = .table
        @Flag(help: "Show the matches behind every number.") var explain = false

        struct LexiconSummary: Encodable {
            let name: String, kind: String, file: String, format: String, categories: [String], entries: Int
        }

        struct Output: Encodable {
            let event: String?
            let lexicons: [LexiconSummary]
            let articles: [ArticleScore]
            let outlets: [FramingProfile]
            let distinctive: [OutletWords]
        }

        struct ArticleScore: Encodable {
            let profile: FramingProfile
            let file: String?
            let explain: Bool
            enum CodingKeys: String, CodingKey {
                case id, outlet, title, file, words, counts, headlineFrames = "headline_frames", frameShares = "frame_shares"
                case matches, scareQuotes = "scare_quotes"
            }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(profile.id, forKey: .id); try c.encode(profile.outlet, forKey: .outlet)
                try c.encode(profile.title, forKey: .title); try c.encode(file, forKey: .file)
                try c.encode(profile.words, forKey: .words); try c.encode(profile.counts, forKey: .counts)
                try c.encode(profile.headlineFrames, forKey: .headlineFrames); try c.encode(profile.frameShares, forKey: .frameShares)
                try c.encode(profile.scareQuotes, forKey: .scareQuotes)
                if explain { try c.encode(profile.matches, forKey: .matches) }
            }
        }

        struct OutletWords: Encodable { let outlet: String; let words: [DistinctiveWord] }

        func run() throws {
            let input = try AnalysisInput.load(inputs, options: options)
            let (lexicons, actors) = try input.loadLexicons(options)
            let analysis = EventAnalysis(articles: input.articles, lexicons: lexicons, actors: actors, places: try input.loadPlaces(options))
            switch format {
            case .json:
                var outlets = analysis.outletProfiles
                for i in outlets.indices { outlets[i].matches = [] }
                let output = Output(
                    event: input.event?.slug,
                    lexicons: lexicons.map { LexiconSummary(name: $0.name, kind: $0.kind.rawValue, file: $0.file, format: $0.format,
                                                            categories: $0.categories.map(\.name), entries: $0.entryCount) },
                    articles: zip(analysis.profiles, input.files).map { ArticleScore(profile: $0, file: $1, explain: explain) },
                    outlets: outlets,
                    distinctive: zip(analysis.outlets, analysis.distinctive).map { OutletWords(outlet: $0, words: $1) })
                Terminal.out(try JSONOutput.encode(output))
            case .csv:
                Terminal.out(ScoreCSV.render(events: input.eventSlugs.map { $0 ?? "" }, analysis: analysis))
            case .table:
                Terminal.out(ScoreTable.render(analysis, explain: explain))
            }
        }
    }
}
