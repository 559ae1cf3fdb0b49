import ArgumentParser
import Corpus
import Extraction
import Foundation
import Lexicon
import Text

/// Options shared by the analysis commands (score, quotes, report, diff).
struct AnalysisOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: "The corpus folder (default: $SLANT_CORPUS, else ./seeds).")
    var corpusPath: String?

    @Option(name: .customLong("lexicons"), help: "The lexicons folder (default: $SLANT_LEXICONS, else ./lexicons).")
    var lexiconsPath: String?

    @Option(name: .customLong("lexicon"), help: "A lexicon to use (a name in the lexicons folder, or a file); repeatable. Default: the event's, or news-generic and policy-frames for files.")
    var lexicon: [String] = []

    @Flag(name: .customLong("as-is"), help: "Take text files verbatim as the clean text (no boilerplate removal), so offsets index the file exactly.")
    var asIs = false

    @Flag(name: .customLong("headline-first-line"), help: "With --as-is: the file's first line is the headline.")
    var headlineFirstLine = false

    var corpus: Corpus { Corpus.locate(option: corpusPath) }
    var library: LexiconLibrary { LexiconLibrary.locate(option: lexiconsPath, corpusRoot: corpus.root) }
}

/// What the analysis commands run on: an event's articles, or files.
struct AnalysisInput {
    var event: EventManifest?
    var articles: [Article]
    var files: [String?]
    var lexiconNames: [String]

    static let defaultLexicons = ["news-generic", "policy-frames", "actors"]

    /// One argument naming an event, `EVENT/OUTLET` references, or files.
    static func load(_ arguments: [String], options: AnalysisOptions) throws -> AnalysisInput {
        let corpus = options.corpus
        if arguments.count == 1, !options.asIs, let slug = try? Slug.make(arguments[0]),
           FileManager.default.fileExists(atPath: corpus.manifestURL(slug).path) {
            let (manifest, stored) = try corpusStep { try corpus.articles(slug) }
            for article in stored { try checkLength(article.text, name: "\(manifest.slug)/\(article.slug)") }
            let names = options.lexicon.isEmpty ? (manifest.lexicons.isEmpty ? defaultLexicons : manifest.lexicons) : options.lexicon
            return AnalysisInput(event: manifest, articles: stored.map { $0.article(event: manifest.slug) },
                                 files: stored.map { _ in nil }, lexiconNames: names)
        }
        var articles: [Article] = []
        var files: [String?] = []
        var eventLexicons: [String]? = nil
        for argument in arguments {
            if let (article, lexicons) = try reference(argument, corpus: corpus, options: options) {
                articles.append(article)
                files.append(nil)
                eventLexicons = eventLexicons ?? lexicons
                continue
            }
            articles.append(try file(argument, options: options))
            files.append(argument)
        }
        let names = options.lexicon.isEmpty ? (eventLexicons ?? defaultLexicons) : options.lexicon
        return AnalysisInput(event: nil, articles: articles, files: files, lexiconNames: names)
    }

    /// `EVENT/OUTLET`, when it names an article in the corpus.
    static func reference(_ argument: String, corpus: Corpus, options: AnalysisOptions) throws -> (Article, [String])? {
        guard !options.asIs, !FileManager.default.fileExists(atPath: argument) else { return nil }
        let parts = argument.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let slug = try? Slug.make(parts[0]),
              FileManager.default.fileExists(atPath: corpus.manifestURL(slug).path) else { return nil }
        let manifest = try corpusStep { try corpus.manifest(slug) }
        let stored = try corpusStep { try corpus.article(slug, parts[1]) }
        try checkLength(stored.text, name: argument)
        return (stored.article(event: slug), manifest.lexicons)
    }

    /// A file: verbatim with --as-is, else extracted (HTML or text) and laid out as the corpus stores articles.
    static func file(_ path: String, options: AnalysisOptions) throws -> Article {
        let bytes = try corpusStep { try InputFile.read(path, maxBytes: 32_000_000) }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        if options.asIs {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                Terminal.error("\(path): --as-is needs UTF-8 text")
                throw ExitCode(1)
            }
            try checkLength(text, name: path)
            return Article(id: path, outlet: name, text: text, headlineFirst: options.headlineFirstLine)
        }
        let extracted: ExtractedArticle
        do {
            extracted = try Extractor.extract(bytes, options: ExtractionOptions(sourceName: path))
        } catch {
            Terminal.error("\(path): \(error)")
            throw ExitCode(1)
        }
        let provenance = StoredProvenance(addedAt: "", addedFrom: path, sourceFile: path, sourceSHA256: extracted.provenance.sha256,
                                          textSHA256: "", inputFormat: extracted.provenance.inputFormat,
                                          encoding: extracted.provenance.encoding, extractor: extracted.provenance.extractor,
                                          overrides: [:])
        let outlet = extracted.metadata.siteName ?? name
        try checkLength(extracted.text, name: path)
        return StoredArticle(outlet: outlet, slug: name, extracted: extracted, provenance: provenance).article(event: "file")
    }

    /// Refuses texts too long to be one article (see `Article.maxCharacters`).
    static func checkLength(_ text: String, name: String) throws {
        if let problem = Article.lengthProblem(characters: text.unicodeScalars.count) {
            Terminal.error("\(name): \(problem)")
            throw ExitCode(1)
        }
    }

    /// The places gazetteer of the lexicons folder, when it has one.
    func loadPlaces(_ options: AnalysisOptions) throws -> Lexicon? {
        do {
            return try options.library.places()
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }

    func loadLexicons(_ options: AnalysisOptions) throws -> (lexicons: [Lexicon], actors: ActorList) {
        do {
            return try options.library.load(lexiconNames)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
