import ArgumentParser
import Extraction
import Corpus
import Foundation
import Synchronization
import Text

extension InputFormat: ExpressibleByArgument {}

/// `--format text|json` of `slant extract`.
enum ExtractOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Slant {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the article text and metadata from a news page (HTML or flattened text).",
            discussion: """
                One page:   slant extract PAGE.html [--format json]
                A batch:    slant extract --files-from LIST --out DIR [--format text|json] [--jobs N]
                In batch mode each input PATH/NAME.EXT becomes DIR/NAME.txt (or .json); pages that fail are reported
                on stderr and skipped, and the exit status is 1 if any failed.
                """
        )

        @Argument(help: "The page to extract (an HTML or text file, or - for standard input).")
        var page: String?

        @Option(help: "Output format: text (title, blank line, paragraphs) or json (metadata, blocks, provenance).")
        var format: ExtractOutputFormat = .text

        @Option(name: .customLong("input-format"), help: "Read the input as html or text (default: by extension, then content).")
        var inputFormat: InputFormat = .auto

        @Option(help: "The page's URL, recorded in the metadata when the page does not give one.")
        var url: String?

        @Option(name: .customLong("files-from"), help: "Batch mode: a file listing input paths, one per line.")
        var filesFrom: String?

        @Option(help: "Batch mode: the directory to write NAME.txt or NAME.json into.")
        var out: String?

        @Option(help: "Batch mode: pages extracted in parallel (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .customLong("max-size"), help: "Refuse inputs larger than this many megabytes.")
        var maxSize: Int = 32

        func validate() throws {
            if filesFrom != nil || out != nil {
                guard filesFrom != nil, out != nil else { throw ValidationError("--files-from and --out go together.") }
                guard page == nil else { throw ValidationError("Give either a PAGE or --files-from, not both.") }
            } else if page == nil {
                throw ValidationError("Give a PAGE to extract, or --files-from LIST --out DIR.")
            }
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
            do { _ = try InputFile.bytes(megabytes: maxSize) } catch { throw ValidationError(error.description) }
        }

        private var maxBytes: Int { maxSize * 1_000_000 }

        func run() throws {
            if let list = filesFrom, let out {
                try runBatch(list: list, outDir: out)
                return
            }
            let path = page!
            let article = try extract(path: path)
            if let note = article.provenance.note { Terminal.warn("warning: \(path): \(note)") }
            // Written piece by piece through a small buffer: a large page is never held again as one output string.
            var buffer = ""
            func emit(_ piece: String) {
                buffer += piece
                if buffer.utf8.count >= 1 << 16 { Terminal.out(buffer); buffer.removeAll(keepingCapacity: true) }
            }
            switch format {
            case .json:
                try ExtractionJSON.write(article, to: emit)
            case .text:
                if let title = article.metadata.title, !title.isEmpty { emit(title + (article.blocks.isEmpty ? "" : "\n\n")) }
                for (i, block) in article.blocks.enumerated() { emit(block.text + (i == article.blocks.count - 1 ? "" : "\n\n")) }
                emit("\n")
            }
            Terminal.out(buffer)
        }

        private func options(for path: String) -> ExtractionOptions {
            var options = ExtractionOptions(inputFormat: inputFormat, sourceName: path, url: url, maxBytes: maxBytes)
            options.hashInput = format == .json
            return options
        }

        private func extract(path: String) throws(InputError) -> ExtractedArticle {
            let bytes = try InputFile.read(path, maxBytes: maxBytes)
            do {
                return try Extractor.extract(bytes, options: options(for: path))
            } catch {
                throw InputError(path: path, message: error.description)
            }
        }

        private func render(_ article: ExtractedArticle) throws -> Data {
            switch format {
            case .text: return Data((article.text + "\n").utf8)
            case .json: return try JSONOutput.encodeData(ExtractionJSON(article))
            }
        }

        static func baseName(_ path: String) -> String {
            URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }

        /// One output name per input: its base name, or, for inputs whose base name an earlier input already took
        /// (`a/page.html`, `b/page.html`), the name with `-2`, `-3`, … added. Compared without case, so the names
        /// stay distinct on case-insensitive file systems too.
        static func outputNames(for paths: [String]) -> [String] {
            var taken: Set<String> = []
            return paths.map { path in
                let base = baseName(path)
                var name = base
                var k = 2
                while !taken.insert(name.lowercased()).inserted {
                    name = "\(base)-\(k)"
                    k += 1
                }
                return name
            }
        }

        private func runBatch(list: String, outDir: String) throws {
            let listText = String(decoding: try InputFile.read(list, maxBytes: 64_000_000), as: UTF8.self)
            let paths = listText.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let outURL = URL(fileURLWithPath: outDir, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
            } catch {
                throw CLIError("\(outDir): cannot create the output directory (\(error.localizedDescription))")
            }
            let ext = format == .json ? "json" : "txt"
            let names = Self.outputNames(for: paths)
            for (i, path) in paths.enumerated() where names[i] != Self.baseName(path) {
                Terminal.warn("note: \(path) shares its file name with an earlier input; it is written as \(names[i]).\(ext)")
            }
            let progress = ProgressBar(total: paths.count, enabled: Terminal.stderrIsTerminal)
            // Per page: a failure, or a note worth the user's attention (decoding, fallback extraction).
            let outcomes: [(failure: String?, note: String?)] = Parallel.map(count: paths.count, workers: jobs) { i in
                defer { progress.advance() }
                do {
                    let article = try extract(path: paths[i])
                    try Output.write(try render(article), toPath: outURL.appendingPathComponent(names[i] + "." + ext).path)
                    return (nil, article.provenance.note.map { "warning: \(paths[i]): \($0)" })
                } catch let error as CommandFailure {
                    return (error.description, nil)
                } catch {
                    return ("\(paths[i]): \(error.localizedDescription)", nil)
                }
            }
            progress.finish()
            for note in outcomes.compactMap(\.note) { Terminal.warn(note) }
            let failed = outcomes.compactMap(\.failure)
            if !failed.isEmpty {
                throw CLIError(messages: failed.sorted() + ["\(failed.count) of \(paths.count) pages failed; the others were written to \(outDir)"])
            }
        }
    }
}
