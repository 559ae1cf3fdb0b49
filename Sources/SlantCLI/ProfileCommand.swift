import Analysis
import ArgumentParser
import Foundation
import Reports
import Text

/// `--format csv|json|md`.
enum ProfileFormat: String, ExpressibleByArgument, CaseIterable { case csv, json, md }

extension Slant {
    struct Profile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare outlets across events, from analysis records (slant analyze).",
            discussion: """
                Per outlet: every lexicon category's rate per 1,000 words of each voice, scare quotes per 1,000 \
                words of the outlet's own voice, the share of its words that are quotations, and the share of its \
                quoted words given to each group of speakers, each with a 95 % bootstrap interval over the events it \
                covers. --compare A B: A − B on each measure over the events both cover. Records from several runs, \
                concatenated, give the same profile as one run over all the articles.
                """)

        @Option(name: .customLong("records"), parsing: .upToNextOption, help: "Files of records (JSON lines; - for standard input).")
        var records: [String]
        @Option(help: "csv (one row per outlet, measure and voice), json or md.") var format: ProfileFormat = .csv
        @Option(name: .customLong("compare"), parsing: .upToNextOption, help: "Two outlets: A − B, paired by event.")
        var compare: [String] = []
        @Option(help: "Write here instead of standard output.") var out: String?

        func validate() throws {
            if records.isEmpty { throw ValidationError("give --records FILE…") }
            if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes two outlets") }
        }

        func run() throws {
            var all: [ArticleRecord] = []
            let decoder = JSONDecoder()
            for path in records {
                let data: Data
                if path == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else {
                    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                        throw CLIError("\(path): cannot read (\(error.localizedDescription))")
                    }
                }
                var lineNumber = 0
                for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
                    lineNumber += 1
                    guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                    do {
                        let record = try decoder.decode(ArticleRecord.self, from: Data(line))
                        guard record.schema == ArticleRecord.schema else {
                            throw CLIError("\(path):\(lineNumber): a record of schema \(record.schema), not \(ArticleRecord.schema)")
                        }
                        all.append(record)
                    } catch let error as CLIError { throw error } catch {
                        throw CLIError("\(path):\(lineNumber): not an analysis record")
                    }
                }
            }
            let versions = Set(all.map(\.lexicons))
            if versions.count > 1 {
                throw CLIError("the records were made with different lexicons (\(versions.count) versions); their counts do not add up")
            }
            let profiles = OutletProfiles(records: all)
            for name in compare where !profiles.outlets.contains(name) {
                throw CLIError("no records of outlet '\(name)' (outlets: \(profiles.outlets.joined(separator: ", ")))")
            }
            let rows = profiles.rows
            let comparison = compare.count == 2 ? (compare[0], compare[1], profiles.compare(compare[0], compare[1])) : nil
            let text: String
            switch format {
            case .csv: text = comparison.map { ProfileText.csv($0.2) } ?? ProfileText.csv(rows)
            case .json: text = try ProfileText.json(records: all.count, profiles: profiles, rows: rows, compare: comparison)
            case .md: text = ProfileText.markdown(records: all.count, profiles: profiles, rows: rows, compare: comparison)
            }
            if let out {
                try Output.write(text, to: out)
            } else {
                Terminal.out(text)
            }
        }
    }
}
