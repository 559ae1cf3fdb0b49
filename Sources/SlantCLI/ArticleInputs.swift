import ArgumentParser
import Corpus
import Extraction
import Foundation
import Lexicon
import Text

/// `--corpus`, `--lexicons` and `--lexicon`: where the events and lexicons come from.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: "The corpus folder (default: $SLANT_CORPUS, else ./seeds).")
    var corpusPath: String?

    @Option(name: .customLong("lexicons"),
            help: "Your lexicons folder; its files override or extend the lexicons shipped with slant (default: $SLANT_LEXICONS, else ./lexicons, else lexicons/ beside the corpus).")
    var lexiconsPath: String?

    @Option(name: .customLong("lexicon"), help: "A lexicon to use (a name, or a file); repeatable. Default: the event's lexicons, or news-generic, policy-frames and actors.")
    var lexicon: [String] = []

    var corpus: Corpus { Corpus.locate(option: corpusPath) }
    func library() throws -> LexiconLibrary { try LexiconLibrary.locate(option: lexiconsPath, corpusRoot: corpus.root) }
}

/// Options shared by the analysis commands (score, quotes, report, diff): the corpus and lexicons, and how text files
/// are read.
struct AnalysisOptions: ParsableArguments {
    @OptionGroup var sources: LexiconOptions

    @Flag(name: .customLong("as-is"), help: "Take text files verbatim as the clean text (no boilerplate removal), so offsets index the file exactly.")
    var asIs = false

    @Flag(name: .customLong("headline-first-line"), help: "With --as-is: the file's first line is the headline.")
    var headlineFirstLine = false

    var lexicon: [String] { sources.lexicon }
    var corpus: Corpus { sources.corpus }
    func library() throws -> LexiconLibrary { try sources.library() }
}

/// What the analysis commands run on: events, `EVENT/OUTLET` references, or files.
struct AnalysisInput {
    /// The event, when the input is exactly one.
    var event: EventManifest?
    var articles: [Article]
    /// For each article, the file it was read from (nil for corpus articles).
    var files: [String?]
    var lexiconNames: [String]
    /// For each article, the corpus event it belongs to (nil for a file).
    var eventSlugs: [String?]

    /// Events, `EVENT/OUTLET` references or files, in any mix; one rule for lexicons everywhere: `--lexicon` if given,
    /// else the lexicons of the events involved (an event that names none has the defaults), else the defaults.
    static func load(_ arguments: [String], options: AnalysisOptions) throws -> AnalysisInput {
        let corpus = options.corpus
        var articles: [Article] = []
        var files: [String?] = []
        var eventSlugs: [String?] = []
        var events: [EventManifest] = []
        var eventLexicons: [String] = []
        func use(_ manifest: EventManifest) {
            for name in manifest.effectiveLexicons where !eventLexicons.contains(name) { eventLexicons.append(name) }
        }
        for argument in arguments {
            if !options.asIs, !FileManager.default.fileExists(atPath: argument), let slug = try? Slug.make(argument),
               FileManager.default.fileExists(atPath: corpus.manifestURL(slug).path) {
                let (manifest, stored) = try corpus.articles(slug)
                for article in stored { try checkLength(article.text, name: "\(manifest.slug)/\(article.slug)") }
                events.append(manifest)
                use(manifest)
                articles += stored.map { $0.article(event: manifest.slug) }
                files += stored.map { _ in nil }
                eventSlugs += stored.map { _ in manifest.slug }
            } else if let (article, manifest) = try reference(argument, corpus: corpus, options: options) {
                use(manifest)
                articles.append(article)
                files.append(nil)
                eventSlugs.append(manifest.slug)
            } else {
                articles.append(try file(argument, options: options))
                files.append(argument)
                eventSlugs.append(nil)
            }
        }
        let names = !options.lexicon.isEmpty ? options.lexicon : (eventLexicons.isEmpty ? EventManifest.defaultLexicons : eventLexicons)
        return AnalysisInput(event: events.count == 1 && arguments.count == 1 ? events[0] : nil, articles: articles,
                             files: files, lexiconNames: names, eventSlugs: eventSlugs)
    }

    /// `EVENT/OUTLET`, when it names an article in the corpus.
    static func reference(_ argument: String, corpus: Corpus, options: AnalysisOptions) throws -> (Article, EventManifest)? {
        guard !options.asIs, !FileManager.default.fileExists(atPath: argument) else { return nil }
        let parts = argument.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let slug = try? Slug.make(parts[0]),
              FileManager.default.fileExists(atPath: corpus.manifestURL(slug).path) else { return nil }
        let manifest = try corpus.manifest(slug)
        let stored = try corpus.article(slug, parts[1])
        try checkLength(stored.text, name: argument)
        return (stored.article(event: slug), manifest)
    }

    /// A file: verbatim with --as-is, else extracted (HTML or text) and laid out as the corpus stores articles.
    static func file(_ path: String, options: AnalysisOptions) throws -> Article {
        let bytes = try InputFile.read(path, maxBytes: 32_000_000)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        if options.asIs {
            guard let text = String(validating: bytes, as: UTF8.self) else { throw InputError(path: path, message: "--as-is needs UTF-8 text") }
            // (An empty file is no article with nothing in it: say so, as without --as-is.)
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw InputError(path: path, message: bytes.isEmpty ? "the file is empty" : "the file holds only white space")
            }
            try checkLength(text, name: path)
            return Article(id: path, outlet: name, text: text, headlineFirst: options.headlineFirstLine)
        }
        let extracted: ExtractedArticle
        do {
            extracted = try Extractor.extract(bytes, options: ExtractionOptions(sourceName: path))
        } catch {
            throw InputError(path: path, message: error.description)
        }
        let article = extracted.article(id: path, outlet: extracted.metadata.siteName ?? name)
        try checkLength(article.text, name: path)
        return article
    }

    /// Refuses texts too long to be one article (see `Article.maxCharacters`).
    static func checkLength(_ text: String, name: String) throws {
        if let problem = Article.lengthProblem(characters: text.unicodeScalars.count) {
            throw InputError(path: name, message: problem)
        }
    }

    /// The places gazetteer: the lexicons folder's, else the one shipped with slant.
    func loadPlaces(_ options: AnalysisOptions) throws -> Lexicon? {
        try options.library().places()
    }

    func loadLexicons(_ options: AnalysisOptions) throws -> (lexicons: [Lexicon], actors: ActorList) {
        try options.library().load(lexiconNames)
    }
}
