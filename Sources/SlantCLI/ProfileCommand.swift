import Analysis
import ArgumentParser
import Corpus
import Foundation
import Reports
import Text
import YAMLSupport

/// `--format csv|json|md`.
enum ProfileFormat: String, ExpressibleByArgument, CaseIterable { case csv, json, md, html }

/// `--by outlet|group`.
enum ProfileUnit: String, ExpressibleByArgument, CaseIterable { case outlet, group }

extension Slant {
    struct Profile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare outlets across events: corpus events, or analysis records (slant analyze).",
            discussion: """
                Per outlet: every lexicon category's rate per 1,000 words of each voice, scare quotes per 1,000 \
                words of the outlet's own voice, the share of its words that are quotations, and the share of its \
                quoted words given to each group of speakers, each with a 95 % bootstrap interval over the events it \
                covers. --compare A B: A − B on each measure over the events both cover. Records from several runs, \
                concatenated, give the same profile as one run over all the articles. From corpus events (EVENT… or \
                --all) the records are made on the spot, whole events at a time, so the profile also gives the share \
                of what most outlets of an event report that each outlet leaves out (left_out) or reports only in \
                part (reported_in_part), and each outlet's distinctive words (as from records made with slant analyze \
                --words). Who is quoted first: quoted_first/GROUP.
                """)

        @OptionGroup var options: LexiconOptions
        @Argument(help: "Corpus events to profile (or --all; or --records).") var events: [String] = []
        @Flag(help: "Every event of the corpus.") var all = false

        @Option(name: .customLong("records"), parsing: .upToNextOption, help: "Files of records (JSON lines; - for standard input).")
        var records: [String] = []
        @Option(help: "csv (one row per outlet, measure and voice), json, md or html (a self-contained page).") var format: ProfileFormat = .csv
        @Option(name: .customLong("compare"), parsing: .upToNextOption, help: "Two outlets: A − B, paired by event.")
        var compare: [String] = []
        @Option(help: "Write here instead of standard output.") var out: String?
        @Option(help: "outlet, or group (the group the --groups file or the records give each outlet).") var by: ProfileUnit = .outlet
        @Option(help: "A YAML file of groups of outlets: GROUP: [OUTLET, …].") var groups: String?
        @Option(help: "A measure adding lexicon categories: NAME=LEXICON/CATEGORY+LEXICON/CATEGORY…; repeatable.")
        var combine: [String] = []

        /// GROUP: [OUTLET, …] → the group of each outlet.
        static func readGroups(_ path: String) throws -> [String: String] {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch { throw CLIError("\(path): cannot read") }
            var result: [String: String] = [:]
            do {
                guard let root = try YAMLValue.parse(text, file: path) else { return [:] }
                for (group, outlets) in try root.mapping() {
                    for outlet in try outlets.elements() {
                        let name = try outlet.string()
                        if let other = result[name], other != group { throw outlet.error("'\(name)' is in two groups (\(other), \(group))") }
                        result[name] = group
                    }
                }
            } catch let error as YAMLFileError {
                throw CLIError(error.description)
            }
            return result
        }

        func validate() throws {
            if records.isEmpty && events.isEmpty && !all { throw ValidationError("give EVENT…, --all or --records FILE…") }
            if all && !events.isEmpty { throw ValidationError("give EVENT… or --all, not both") }
            if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes two outlets") }
        }

        func run() throws {
            let groupOf = try groups.map(Self.readGroups) ?? [:]
            let combined = try combine.map { spec -> (name: String, parts: [String]) in
                let halves = spec.split(separator: "=", maxSplits: 1).map(String.init)
                guard halves.count == 2, !halves[0].isEmpty, !halves[1].isEmpty else { throw CLIError("--combine \(spec): write NAME=LEXICON/CATEGORY+…") }
                return (halves[0], halves[1].split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) })
            }
            // Records are decoded a chunk at a time on all cores and folded into sums, so memory grows with the
            // outlets and events, not with the records.
            var sums = ProfileSums()
            var lexicons: [ArticleRecord.LexiconVersion]? = nil
            func add(_ record: ArticleRecord, _ place: () -> String) throws {
                if lexicons == nil { lexicons = record.lexicons }
                guard record.lexicons == lexicons else {
                    throw CLIError("\(place()): a record made with different lexicons from the first; their counts do not add up")
                }
                sums.add(record, unit: by == .outlet ? record.outlet : groupOf[record.outlet] ?? record.group ?? "(no group)")
            }
            let slugs = all ? options.corpus.eventSlugs() : try events.map { try Slug.make($0) }
            if all && slugs.isEmpty { throw CLIError("the corpus \(options.corpus.root.path) has no events") }
            if !slugs.isEmpty {
                // One set of lexicons for every event (the events' own, together), so their counts add up.
                var names = options.lexicon
                if names.isEmpty {
                    for slug in slugs {
                        for name in try options.corpus.manifest(slug).effectiveLexicons where !names.contains(name) { names.append(name) }
                    }
                }
                let library = try options.library()
                let (loaded, actors) = try library.load(names)
                let maker = RecordMaker(lexicons: loaded, actors: actors, places: try library.places())
                for slug in slugs {
                    let (manifest, stored) = try options.corpus.articles(slug)
                    let articles = stored.map { $0.article(event: manifest.slug) }
                    for record in maker.records(ofEvent: manifest.slug, articles: articles, words: true) { try add(record) { "event \(slug)" } }
                }
            }
            for path in records {
                // The one bounded reader every input goes through (standard input for -).
                let data = Data(try InputFile.read(path, maxBytes: 16_000_000_000))
                let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
                var chunkStart = 0
                while chunkStart < lines.count {
                    let chunk = chunkStart..<min(lines.count, chunkStart + 4_096)
                    let decoded = Parallel.map(count: chunk.count) { j -> Result<ArticleRecord?, CLIError> in
                        let i = chunk.lowerBound + j
                        let line = lines[i]
                        guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { return .success(nil) }
                        guard let record = try? JSONDecoder().decode(ArticleRecord.self, from: Data(line)) else {
                            return .failure(CLIError("\(path):\(i + 1): not an analysis record"))
                        }
                        guard record.schema == ArticleRecord.schema else {
                            return .failure(CLIError("\(path):\(i + 1): a record of schema \(record.schema), not \(ArticleRecord.schema)"))
                        }
                        return .success(record)
                    }
                    for (j, result) in decoded.enumerated() {
                        guard let record = try result.get() else { continue }
                        try add(record) { "\(path):\(chunk.lowerBound + j + 1)" }
                    }
                    chunkStart = chunk.upperBound
                }
            }
            guard sums.records > 0 else {
                throw CLIError(records.isEmpty ? "the events have no articles yet"
                               : "no analysis records in \(records.joined(separator: ", ")) (make them with `slant analyze`)")
            }
            let profiles = OutletProfiles(sums: sums, combined: combined)
            for name in compare where !profiles.outlets.contains(name) {
                throw CLIError("no records of outlet '\(name)' (outlets: \(profiles.outlets.joined(separator: ", ")))")
            }
            let comparison = compare.count == 2 ? (compare[0], compare[1], profiles.compare(compare[0], compare[1])) : nil
            let rows = format == .csv && comparison != nil ? [] : profiles.rows     // the CSV of a comparison has its rows only
            let text: String
            switch format {
            case .csv: text = comparison.map { ProfileText.csv($0.2) } ?? ProfileText.csv(rows)
            case .json: text = try ProfileText.json(records: sums.records, profiles: profiles, rows: rows, compare: comparison)
            case .md: text = ProfileText.markdown(records: sums.records, profiles: profiles, rows: rows, compare: comparison)
            case .html: text = ProfileHTML.render(records: sums.records, profiles: profiles, rows: rows, compare: comparison)
            }
            if let out {
                try Output.write(text, to: out)
            } else {
                Terminal.out(text)
            }
        }
    }
}
