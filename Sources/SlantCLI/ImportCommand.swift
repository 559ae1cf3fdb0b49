import ArgumentParser
import Corpus
import Extraction
import Foundation
import Text

extension Slant {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add many articles at once: a folder of pages, a .csv or a .jsonl.",
            discussion: """
                A folder: every .html, .htm, .xhtml and .txt page in it goes into --event (the outlet from the page, \
                or --outlet). A .csv (with a header row) or a .jsonl (one object per line): the columns or fields \
                event, outlet, date, url, title and one of path (a page file, relative to the list's folder), html or \
                text. An outlet's further article in an event is kept beside the first (OUTLET-2 …) unless \
                --replace is given. Pages are extracted on all cores and each event's manifest is written once per \
                batch; a row \
                that fails is reported with its row and skipped (exit status 1 at the end), and nothing is ever \
                half-written.
                """)

        @OptionGroup var corpusOptions: CorpusOptions
        @Argument(help: "A folder, a .csv or a .jsonl file.") var source: String
        @Option(help: "The event of every article (a folder's; a list's rows without one).") var event: String?
        @Option(help: "The outlet of every article of a folder (default: each page's site name).") var outlet: String?
        @Flag(help: "Replace an outlet's existing article in an event.") var replace = false
        @Option(name: .customLong("max-size"), help: "Refuse pages larger than this many megabytes.") var maxSize: Int = 10
        @Option(help: "Articles extracted and committed together (each event's manifest is written once per batch).")
        var batch = 2_000

        func run() throws {
            let rows = try Self.rows(of: source, event: event, outlet: outlet)
            guard !rows.isEmpty else { throw CLIError("\(source): no articles to import") }
            let corpus = corpusOptions.corpus
            let progress = ProgressBar(total: rows.count, enabled: Terminal.stderrIsTerminal)
            var failures: [String] = [], notes: [String] = []
            var added = 0, unchanged = 0
            var events: Set<String> = [], created: Set<String> = []
            var start = 0
            while start < rows.count {
                let chunk = rows[start..<min(rows.count, start + max(1, batch))]
                var items: [ImportItem] = []
                for row in chunk {
                    do {
                        items.append(try row.item(maxBytes: maxSize * 1_000_000, replace: replace))
                    } catch let failure as CommandFailure {
                        failures.append("\(row.name): \(failure.description)")
                        progress.advance()
                    }
                }
                for outcome in corpus.importArticles(items, progress: { progress.advance() }) {
                    switch outcome {
                    case let .added(event, _, isNew, note):
                        added += 1; events.insert(event)
                        if let note { notes.append("warning: " + note) }
                        if isNew { created.insert(event) }
                    case let .unchanged(event, _): unchanged += 1; events.insert(event)
                    case let .failed(message): failures.append(message)
                    }
                }
                start = chunk.endIndex
            }
            progress.finish()
            for message in notes + failures { Terminal.warn(message) }
            Terminal.out("imported \(added) article\(added == 1 ? "" : "s") into \(events.count) event\(events.count == 1 ? "" : "s")"
                + (created.isEmpty ? "" : " (\(created.count) new)") + (unchanged > 0 ? "; \(unchanged) already there" : "")
                + (failures.isEmpty ? "" : "; \(failures.count) failed") + "\n")
            if !failures.isEmpty { throw CLIError("\(failures.count) of \(rows.count) articles were not imported; the others were") }
        }

        /// One article to import, as the source describes it.
        struct Row {
            var name: String
            var event: String?
            var outlet: String?
            var date: String?
            var url: String?
            var title: String?
            var path: String?
            var html: String?
            var text: String?
            /// What is wrong with the row itself (a line that is not JSON).
            var problem: String? = nil

            func item(maxBytes: Int, replace: Bool) throws -> ImportItem {
                if let problem { throw CLIError(problem) }
                guard let event, !event.isEmpty else { throw CLIError("no event (give a column \"event\" or --event)") }
                let given = [path, html, text].compactMap { $0 }.count
                guard given == 1 else { throw CLIError("give one of \"path\", \"html\" and \"text\"") }
                var options = AddOptions(outlet: outlet.flatMap { $0.isEmpty ? nil : $0 }, url: url.flatMap { $0.isEmpty ? nil : $0 },
                                         date: date.flatMap { $0.isEmpty ? nil : $0 }, title: title.flatMap { $0.isEmpty ? nil : $0 },
                                         replace: replace)
                options.maxBytes = maxBytes
                let input: ArticleInput
                if let path {
                    input = ArticleInput(bytes: try InputFile.read(path, maxBytes: maxBytes), origin: path, sourceName: path)
                } else if let html {
                    options.inputFormat = .html
                    input = ArticleInput(bytes: Array(html.utf8), origin: name, sourceName: "page.html")
                } else {
                    options.inputFormat = .text
                    let heading = title ?? ""
                    input = ArticleInput(bytes: Array((heading.isEmpty ? text! : heading + "\n\n" + text!).utf8), origin: name,
                                         sourceName: "page.txt")
                }
                return ImportItem(input: input, options: options, event: event, row: name)
            }
        }

        static func rows(of source: String, event: String?, outlet: String?) throws -> [Row] {
            if Add.isFolder(source) {
                guard event != nil else { throw ValidationError("a folder needs --event") }
                let names = try FileManager.default.contentsOfDirectory(atPath: source).filter {
                    !$0.hasPrefix(".") && Add.pageExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased())
                }.sorted()
                return names.map { Row(name: $0, event: event, outlet: outlet, path: (source as NSString).appendingPathComponent($0)) }
            }
            let folder = (source as NSString).deletingLastPathComponent
            let bytes = try InputFile.read(source, maxBytes: 2_000_000_000)
            guard let text = String(validating: bytes, as: UTF8.self) else { throw CLIError("\(source): not UTF-8 text") }
            var fields: [(name: String, values: [String: String])] = []
            switch URL(fileURLWithPath: source).pathExtension.lowercased() {
            case "jsonl", "ndjson":
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where !line.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) {
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                        fields.append(("line \(n + 1)", ["\u{0}problem": "not a JSON object"]))
                        continue
                    }
                    var values: [String: String] = [:]
                    for (key, value) in object { if let s = value as? String { values[key] = s } }
                    fields.append(("line \(n + 1)", values))
                }
            case "csv":
                let table = try CSVReader.parse(text, file: source)
                guard let header = table.first else { return [] }
                for (n, cells) in table.dropFirst().enumerated() where !(cells.count == 1 && cells[0].isEmpty) {
                    guard cells.count == header.count else {
                        throw CLIError("\(source): row \(n + 2) has \(cells.count) cells, the header \(header.count)")
                    }
                    fields.append(("row \(n + 2)", Dictionary(zip(header, cells), uniquingKeysWith: { a, _ in a })))
                }
            default:
                throw CLIError("\(source): give a folder, a .csv or a .jsonl file")
            }
            return fields.map { row in
                let v = row.values
                let path = v["path"].flatMap { $0.isEmpty ? nil : ($0.hasPrefix("/") ? $0 : (folder as NSString).appendingPathComponent($0)) }
                return Row(name: row.name, event: v["event"].flatMap { $0.isEmpty ? nil : $0 } ?? event, outlet: v["outlet"] ?? outlet,
                           date: v["date"], url: v["url"], title: v["title"], path: path,
                           html: v["html"].flatMap { $0.isEmpty ? nil : $0 }, text: v["text"].flatMap { $0.isEmpty ? nil : $0 },
                           problem: v["\u{0}problem"])
            }
        }
    }
}

/// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes; CRLF or LF rows.
enum CSVReader {
    static func parse(_ text: String, file: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var line = 1
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = d }
                    } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw CLIError("\(file):\(line): a quote inside an unquoted field") }
                quoted = true; wasQuoted = true
            case ",":
                row.append(field); field = ""; wasQuoted = false
            case "\r":
                continue
            case "\n":
                row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false; line += 1
            default:
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw CLIError("\(file): a quoted field is never closed") }
        if !field.isEmpty || !row.isEmpty || wasQuoted { row.append(field); rows.append(row) }
        return rows
    }
}
