import ArgumentParser
import Corpus
import Extraction
import Foundation
import Reports
import Text

/// `--corpus DIR`, shared by every command that reads or writes events.
struct CorpusOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: "The corpus folder (default: $SLANT_CORPUS, else ./seeds).")
    var path: String?

    var corpus: Corpus { Corpus.locate(option: path) }
}

/// `--format table|json` for listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

extension Slant {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an event (slant add also creates one when it is missing).")

        @OptionGroup var corpusOptions: CorpusOptions
        @Argument(help: "The event's name; its folder is the slug of it (\"Iraq 2021\" → iraq-2021).") var event: String
        @Option(help: "A title for people (default: the name).") var title: String?
        @Option(help: "What the event is.") var description: String = ""
        @Option(help: "First day (YYYY-MM-DD).") var from: String?
        @Option(help: "Last day (YYYY-MM-DD).") var to: String?
        @Option(help: "Lexicons that score the event, comma-separated (see `slant lexicon list`).") var lexicons: String?

        func run() throws {
            let manifest = try corpusOptions.corpus.createEvent(event, title: title, description: description,
                                                                start: from.flatMap(DateParser.iso), end: to.flatMap(DateParser.iso),
                                                                lexicons: lexicons?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [])
            if let warning = Slug.mixedScriptWarning(event) { Terminal.warn("warning: " + warning) }
            Terminal.out("created event \(manifest.slug) in \(corpusOptions.corpus.root.path)\n")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add outlets' articles to an event: HTML or text files, folders of them, - (standard input) or URLs.",
            discussion: """
                The outlet is the page's site name, else its domain, unless --outlet is given. An article whose \
                content is already in the event is not added again; --replace updates an outlet's article. A missing \
                event is created. --another keeps a further article of an outlet the event has (stored as \
                OUTLET-2 …; reports combine an outlet's articles). A folder adds every .html, .htm, .xhtml and .txt \
                file in it; pages that fail are \
                reported and the others added (exit status 1 if any failed). --outlet, --title, --url and --date name \
                one article, so they take one page.
                """)

        @OptionGroup var corpusOptions: CorpusOptions
        @Argument(help: "The event (its name or slug).") var event: String
        @Argument(help: "HTML or text files, folders, - for standard input, or http(s):// URLs.") var sources: [String]
        @Option(help: "The outlet's name.") var outlet: String?
        @Option(help: "The article's URL (recorded; also names the outlet when the page does not).") var url: String?
        @Option(help: "The publication date, replacing what the page says.") var date: String?
        @Option(help: "The headline, replacing what the page says.") var title: String?
        @Option(name: .customLong("input-format"), help: "Read the source as html or text (default: by extension, then content).")
        var inputFormat: InputFormat = .auto
        @Flag(help: "Replace the outlet's existing article.") var replace = false
        @Flag(help: "Keep this as a further article of an outlet the event already has (a follow-up, an op-ed).") var another = false
        @Option(help: "Seconds to wait for a URL.") var timeout: Double = 20
        @Option(name: .customLong("max-size"), help: "Refuse sources larger than this many megabytes.") var maxSize: Int = 10

        func validate() throws {
            do { _ = try InputFile.bytes(megabytes: maxSize) } catch { throw ValidationError(error.description) }
            guard !sources.isEmpty else { throw ValidationError("Give a page to add: a file, a folder, - or a URL.") }
            if outlet != nil || title != nil || url != nil || date != nil {
                guard sources.count == 1, !Self.isFolder(sources[0]) else {
                    throw ValidationError("--outlet, --title, --url and --date describe one article: give one page with them.")
                }
            }
        }

        static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "txt"]

        static func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }

        /// The pages named: files and URLs as given, folders as the pages inside them (sorted).
        func pages() throws -> [String] {
            try sources.flatMap { source -> [String] in
                guard Self.isFolder(source) else { return [source] }
                let items = try FileManager.default.contentsOfDirectory(atPath: source).filter {
                    !$0.hasPrefix(".") && Self.pageExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased())
                }.sorted()
                if items.isEmpty { throw CLIError("\(source): the folder holds no .html, .htm, .xhtml or .txt page") }
                return items.map { (source.hasSuffix("/") ? source : source + "/") + $0 }
            }
        }

        func run() throws {
            let pages = try pages()
            var failures: [String] = []
            for page in pages {
                do {
                    try add(page)
                } catch let failure as CommandFailure where pages.count > 1 {
                    failures.append(failure.description)
                }
            }
            if !failures.isEmpty {
                throw CLIError(messages: failures + ["\(failures.count) of \(pages.count) pages were not added; the others were"])
            }
        }

        private func add(_ source: String) throws {
            let corpus = corpusOptions.corpus
            let input = try readSource(source)
            var options = AddOptions(outlet: outlet, url: url, date: date, title: title, inputFormat: inputFormat, replace: replace)
            options.another = another
            options.maxBytes = maxSize * 1_000_000
            let (outcome, created, note) = try corpus.add(input, to: event, options: options)
            let slug = (try? Slug.make(event)) ?? event
            if created { Terminal.out("created event \(slug)\n") }
            switch outcome {
            case let .added(entry), let .replaced(entry):
                if let warning = Slug.mixedScriptWarning(entry.outlet) { Terminal.warn("warning: " + warning) }
                if let note {
                    Terminal.warn("warning: \(source): \(note) (recorded in the article's provenance)")
                }
            case .unchanged: break
            }
            switch outcome {
            case let .added(entry):
                Terminal.out("added \(entry.outlet) (\(entry.slug)) to \(slug): \(entry.title.isEmpty ? "untitled" : "“\(entry.title)”"), \(entry.words) words\n")
            case let .replaced(entry):
                Terminal.out("replaced \(entry.outlet) (\(entry.slug)) in \(slug): “\(entry.title)”, \(entry.words) words\n")
            case let .unchanged(entry):
                Terminal.out("unchanged: this content is already in \(slug) as \(entry.outlet) (\(entry.slug)); nothing was written\n")
            }
        }

        private func readSource(_ source: String) throws -> ArticleInput {
            let lower = source.lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
                let page = try HTTPFetcher.fetch(source, timeout: timeout, maxBytes: maxSize * 1_000_000)
                let path = URL(string: page.finalURL)?.path ?? ""
                let name = page.contentType.hasPrefix("text/plain") ? "page.txt" : (path.isEmpty ? "page.html" : path)
                return ArticleInput(bytes: page.bytes, origin: source, sourceName: name.hasSuffix(".txt") ? name : name + ".html",
                                    fetchedURL: page.finalURL, contentType: page.contentType)
            }
            let bytes = try InputFile.read(source, maxBytes: maxSize * 1_000_000)
            return ArticleInput(bytes: bytes, origin: source == "-" ? "-" : source, sourceName: source == "-" ? nil : source)
        }
    }

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the events of the corpus.")
        @OptionGroup var corpusOptions: CorpusOptions
        @Option(help: "table or json.") var format: ListingFormat = .table

        struct Row: Encodable {
            let event: String, title: String, description: String, start: String?, end: String?
            let lexicons: [String], articles: Int, outlets: [String]
        }

        func run() throws {
            let corpus = corpusOptions.corpus
            var rows: [Row] = []
            var failures: [String] = []
            for slug in corpus.eventSlugs() {
                do {
                    let m = try corpus.manifest(slug)
                    rows.append(Row(event: m.slug, title: m.title, description: m.description, start: m.start, end: m.end,
                                    lexicons: m.lexicons, articles: m.articles.count, outlets: m.articles.map(\.outlet)))
                } catch {
                    failures.append(error.description)
                }
            }
            switch format {
            case .json: Terminal.out(try JSONOutput.encode(rows))
            case .table:
                if rows.isEmpty { Terminal.out("no events in \(corpus.root.path) (add one with `slant add EVENT SOURCE`)\n") }
                Terminal.out(TextTable.render(["event", "articles", "dates", "title"], rows.map {
                    [$0.event, String($0.articles), [$0.start, $0.end].compactMap { $0 }.joined(separator: " – "), $0.title]
                }))
            }
            if !failures.isEmpty { throw CLIError(messages: failures) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an event's articles: outlets, titles, dates, word counts.")
        @OptionGroup var corpusOptions: CorpusOptions
        @Argument(help: "The event.") var event: String
        @Option(help: "table or json.") var format: ListingFormat = .table

        struct Row: Encodable {
            let event: String, outlet: String, slug: String, title: String, authors: [String], date: String?, url: String?
            let words: Int

            /// Absent values are written as `null`, so every row has the same keys.
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(event, forKey: .event); try c.encode(outlet, forKey: .outlet); try c.encode(slug, forKey: .slug)
                try c.encode(title, forKey: .title); try c.encode(authors, forKey: .authors); try c.encode(date, forKey: .date)
                try c.encode(url, forKey: .url); try c.encode(words, forKey: .words)
            }
            enum CodingKeys: String, CodingKey { case event, outlet, slug, title, authors, date, url, words }
        }

        func run() throws {
            let manifest = try corpusOptions.corpus.manifest(event)
            let rows = manifest.articles.map {
                Row(event: manifest.slug, outlet: $0.outlet, slug: $0.slug, title: $0.title, authors: $0.authors, date: $0.date,
                    url: $0.url, words: $0.words)
            }
            switch format {
            case .json: Terminal.out(try JSONOutput.encode(rows))
            case .table:
                Terminal.out("\(manifest.title) (\(manifest.slug)), \(rows.count) article\(rows.count == 1 ? "" : "s")\n\n")
                Terminal.out(TextTable.render(["outlet", "date", "words", "title"], rows.map {
                    [$0.slug, $0.date.map { String($0.prefix(10)) } ?? "–", String($0.words), $0.title]
                }))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an article's clean text and metadata.")
        @OptionGroup var corpusOptions: CorpusOptions
        @Argument(help: "The event.") var event: String
        @Argument(help: "The outlet (slug or name).") var outlet: String
        @Option(help: "text or json.") var format: ExtractOutputFormat = .text

        struct Output: Encodable {
            let event: String, outlet: String, slug: String, title: String, authors: [String], date: String?, url: String?
            let siteName: String?, language: String?, description: String?, text: String, headline: TextSpan
            let blocks: [StoredBlock], captions: [String], sources: [String: MetadataSource], provenance: StoredProvenance
            enum CodingKeys: String, CodingKey {
                case event, outlet, slug, title, authors, date, url, siteName = "site_name", language, description, text
                case headline, blocks, captions, sources, provenance
            }

            /// Absent values are written as `null`, so the keys are always there.
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(event, forKey: .event); try c.encode(outlet, forKey: .outlet); try c.encode(slug, forKey: .slug)
                try c.encode(title, forKey: .title); try c.encode(authors, forKey: .authors); try c.encode(date, forKey: .date)
                try c.encode(url, forKey: .url); try c.encode(siteName, forKey: .siteName)
                try c.encode(language, forKey: .language); try c.encode(description, forKey: .description)
                try c.encode(text, forKey: .text); try c.encode(headline, forKey: .headline); try c.encode(blocks, forKey: .blocks)
                try c.encode(captions, forKey: .captions); try c.encode(sources, forKey: .sources)
                try c.encode(provenance, forKey: .provenance)
            }
        }

        func run() throws {
            let corpus = corpusOptions.corpus
            let manifest = try corpus.manifest(event)
            let a = try corpus.article(event, outlet)
            switch format {
            case .json:
                let m = a.metadata
                Terminal.out(try JSONOutput.encode(Output(
                    event: manifest.slug, outlet: a.outlet, slug: a.slug, title: a.title, authors: m.authors, date: m.date,
                    url: m.url, siteName: m.siteName, language: m.language, description: m.description, text: a.text,
                    headline: a.headline, blocks: a.blocks, captions: a.captions, sources: m.sources, provenance: a.provenance)))
            case .text:
                let m = a.metadata
                var header = "outlet:  \(a.outlet)\n"
                if !m.authors.isEmpty { header += "authors: \(m.authors.joined(separator: ", "))\n" }
                if let d = m.date { header += "date:    \(d)\n" }
                if let u = m.url { header += "url:     \(u)\n" }
                header += "words:   \(a.wordCount)\n"
                Terminal.out(header + "\n" + a.text + "\n")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an outlet's article from an event.")
        @OptionGroup var corpusOptions: CorpusOptions
        @Argument(help: "The event.") var event: String
        @Argument(help: "The outlet (slug or name).") var outlet: String

        func run() throws {
            let entry = try corpusOptions.corpus.remove(event: event, outlet: outlet)
            Terminal.out("removed \(entry.outlet) (\(entry.slug)) from \((try? Slug.make(event)) ?? event)\n")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the corpus: manifests against files, hashes, and re-extraction with the current extractor.")
        @OptionGroup var corpusOptions: CorpusOptions
        @Argument(help: "One event (default: all).") var event: String?

        func run() throws {
            let corpus = corpusOptions.corpus
            let findings = corpus.check(event)
            for f in findings { Terminal.out(f.description + "\n") }
            let events = event.map { [$0] } ?? corpus.eventSlugs()
            if findings.isEmpty {
                Terminal.out("ok: \(events.count) event\(events.count == 1 ? "" : "s") checked, no problems\n")
            } else {
                throw CLIError("\(findings.count) problem\(findings.count == 1 ? "" : "s") found")
            }
        }
    }
}
