import YAMLSupport
import Text

/// How the scorer uses a lexicon.
public enum LexiconKind: String, Sendable, Codable, CaseIterable {
    /// Categories are competing frames: they get frame shares and a dominant frame.
    case frames
    /// Categories are markers counted on their own: loaded terms, hedges, attribution verbs, intensifiers.
    case markers
}

/// One term of a category: a word, a multi-word phrase, or a glob (`occup*`), with a weight.
public struct LexiconEntry: Sendable, Equatable, Codable {
    public var term: String
    public var weight: Double
    public var note: String?
    /// The line of the file it was read from.
    public var line: Int?
    /// Matches only when the text has the term's exact letters and case (`IS` the group, not the verb).
    public var exactCase: Bool

    public init(term: String, weight: Double = 1, note: String? = nil, line: Int? = nil, exactCase: Bool = false) {
        self.term = term
        self.weight = weight
        self.note = note
        self.line = line
        self.exactCase = exactCase
    }

    public var isGlob: Bool { term.contains("*") }
    public var isPhrase: Bool { Tokenizer.tokens(term, allowGlobs: true).count > 1 }
}

/// A named list of entries.
public struct LexiconCategory: Sendable, Equatable, Codable {
    public var name: String
    public var description: String?
    public var entries: [LexiconEntry]

    public init(name: String, description: String? = nil, entries: [LexiconEntry]) {
        self.name = name
        self.description = description
        self.entries = entries
    }
}

/// A lexicon: named categories of entries, read from one file.
public struct Lexicon: Sendable, Equatable {
    public var name: String
    public var kind: LexiconKind
    public var description: String
    /// The file it was read from.
    public var file: String
    /// The format it was read from (`slant`, `quanteda`, `liwc`, `list`).
    public var format: String
    public var categories: [LexiconCategory]

    public init(name: String, kind: LexiconKind, description: String = "", file: String = "", format: String = "slant",
                categories: [LexiconCategory]) {
        self.name = name
        self.kind = kind
        self.description = description
        self.file = file
        self.format = format
        self.categories = categories
    }

    public var entryCount: Int { categories.reduce(0) { $0 + $1.entries.count } }
}

/// Why a lexicon could not be read; names the file and line (the same error as any YAML file's).
public typealias LexiconError = YAMLFileError
