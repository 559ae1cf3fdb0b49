import Lexicon
import Text

/// One side of a diff: which article it is.
public struct DiffSide: Codable, Sendable, Equatable {
    public var id: String
    public var outlet: String
    public var title: String
    public var date: String?
    public var url: String?
    public var words: Int
    public var sentences: Int

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(outlet, forKey: .outlet); try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date); try c.encode(url, forKey: .url); try c.encode(words, forKey: .words)
        try c.encode(sentences, forKey: .sentences)
    }
}

/// One run of a word-level diff: `equal` (both), `removed` (only A's wording) or `added` (only B's).
public struct DiffStep: Codable, Sendable, Equatable {
    public var op: DiffOp
    public var a: SpanText?
    public var b: SpanText?

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(op, forKey: .op); try c.encode(a, forKey: .a); try c.encode(b, forKey: .b)
    }
}

/// Sentences of A and B that report the same fact. `a` and `b` span from the first to the last sentence of each side;
/// `a_sentences`/`b_sentences` list them when a sentence was split or merged.
public struct DiffPair: Codable, Sendable, Equatable {
    public var a: SpanText
    public var b: SpanText
    public var aSentences: [SpanText]
    public var bSentences: [SpanText]
    public var kind: PairKind
    /// IDF-weighted share of content words the two sides have in common (0–1).
    public var similarity: Double
    public var diff: [DiffStep]

    enum CodingKeys: String, CodingKey {
        case a, b, aSentences = "a_sentences", bSentences = "b_sentences", kind, similarity, diff
    }
}

/// A fact as a diff lists it: its first mention, and how many times the article names it.
public struct FactRecord: Codable, Sendable, Equatable {
    public var kind: FactKind
    public var key: String
    public var text: String
    public var start: Int
    public var end: Int
    public var mentions: Int

    public init(_ fact: Fact) {
        kind = fact.kind
        key = fact.key
        text = fact.text
        start = fact.spans[0].start
        end = fact.spans[0].start + fact.text.unicodeScalars.count
        mentions = fact.spans.count
    }
}

/// Facts one article has and the other lacks, and how many they share.
public struct FactsDelta: Codable, Sendable, Equatable {
    public var onlyInA: [FactRecord]
    public var onlyInB: [FactRecord]
    public var shared: [String]

    enum CodingKeys: String, CodingKey { case onlyInA = "only_in_a", onlyInB = "only_in_b", shared }
}

/// One side's excerpt of a quotation both report, and the share of the longest version it carries.
public struct SharedQuoteSide: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var speaker: String?
    public var share: Double

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start); try c.encode(end, forKey: .end); try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker); try c.encode(share, forKey: .share)
    }
}

/// A quotation both articles report, with the part each kept.
public struct SharedQuote: Codable, Sendable, Equatable {
    public var speaker: String?
    public var longest: String
    public var a: [SharedQuoteSide]
    public var b: [SharedQuoteSide]

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker); try c.encode(longest, forKey: .longest)
        try c.encode(a, forKey: .a); try c.encode(b, forKey: .b)
    }
}

/// Quotes in common, quotes only one side carries, and the speakers only one side lets speak.
public struct QuotesDelta: Codable, Sendable, Equatable {
    public var shared: [SharedQuote]
    public var onlyInA: [QuoteRecord]
    public var onlyInB: [QuoteRecord]
    public var speakersOnlyInA: [String]
    public var speakersOnlyInB: [String]
    public var speakersShared: [String]

    enum CodingKeys: String, CodingKey {
        case shared, onlyInA = "only_in_a", onlyInB = "only_in_b", speakersOnlyInA = "speakers_only_in_a"
        case speakersOnlyInB = "speakers_only_in_b", speakersShared = "speakers_shared"
    }
}

/// A lexicon category in one voice, on both sides: counts and rates per 1,000 words of that voice.
public struct FramingRow: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String
    public var voice: VoiceKey
    public var aCount: Int
    public var aRate: Double
    public var bCount: Int
    public var bRate: Double
    /// `b_rate − a_rate`.
    public var difference: Double

    enum CodingKeys: String, CodingKey {
        case lexicon, category, voice, aCount = "a_count", aRate = "a_rate", bCount = "b_count", bRate = "b_rate", difference
    }
}

/// A term from a non-frame lexicon (loaded words, hedges, attribution verbs…) in the outlets' own voice.
public struct TermRow: Codable, Sendable, Equatable {
    public var lexicon: String
    public var category: String
    public var term: String
    public var a: [SpanText]
    public var b: [SpanText]
}

/// How the two articles' framing differs.
public struct FramingDelta: Codable, Sendable, Equatable {
    public var rows: [FramingRow]
    public var headlineFramesA: [HeadlineFrame]
    public var headlineFramesB: [HeadlineFrame]
    public var scareQuotesA: [SpanText]
    public var scareQuotesB: [SpanText]
    public var terms: [TermRow]
    /// Words typical of A against B, and of B against A (log-odds with an informative Dirichlet prior, own voice).
    public var distinctiveA: [DistinctiveWord]
    public var distinctiveB: [DistinctiveWord]

    enum CodingKeys: String, CodingKey {
        case rows, headlineFramesA = "headline_frames_a", headlineFramesB = "headline_frames_b"
        case scareQuotesA = "scare_quotes_a", scareQuotesB = "scare_quotes_b", terms
        case distinctiveA = "distinctive_a", distinctiveB = "distinctive_b"
    }
}

/// Counts of the alignment.
public struct DiffSummary: Codable, Sendable, Equatable {
    public var same: Int
    public var reworded: Int
    public var onlyInA: Int
    public var onlyInB: Int
    /// Share of A's sentences that B reports too, and the reverse.
    public var aCoveredByB: Double
    public var bCoveredByA: Double
    /// Sentences the one-to-one pairing left alone that the other side reports all the same (elsewhere, merged,
    /// in other words), or in part.
    public var aElsewhereInB: Int
    public var bElsewhereInA: Int

    enum CodingKeys: String, CodingKey {
        case same, reworded, onlyInA = "only_in_a", onlyInB = "only_in_b", aCoveredByB = "a_covered_by_b", bCoveredByA = "b_covered_by_a"
        case aElsewhereInB = "a_elsewhere_in_b", bElsewhereInA = "b_elsewhere_in_a"
    }
}

/// Everything `slant diff` shows about two articles; offsets are Unicode scalars into each side's clean text.
public struct ArticleDiff: Codable, Sendable, Equatable {
    public var a: DiffSide
    public var b: DiffSide
    public var summary: DiffSummary
    public var pairs: [DiffPair]
    /// Sentences the other side does not report in any wording slant can see (verdict none).
    public var onlyInA: [SpanText]
    public var onlyInB: [SpanText]
    /// Sentences not paired one to one that the other side reports all the same or in part, with where.
    public var aElsewhereInB: [SentenceRecord]
    public var bElsewhereInA: [SentenceRecord]
    public var facts: FactsDelta
    public var quotes: QuotesDelta
    public var framing: FramingDelta
    /// Display order: every pair and only-in sentence once, in the reading order of A with B's own sentences placed
    /// after the B sentence that precedes them.
    public var sequence: [DiffEntry]
    /// Every sentence of A judged against all of B (and of B against A): same, partly or none, with the sentences of
    /// the other side that carry it and the evidence.
    public var sentencesA: [SentenceRecord]
    public var sentencesB: [SentenceRecord]

    enum CodingKeys: String, CodingKey {
        case a, b, summary, pairs, onlyInA = "only_in_a", onlyInB = "only_in_b", facts, quotes, framing, sequence
        case sentencesA = "sentences_a", sentencesB = "sentences_b", aElsewhereInB = "a_elsewhere_in_b", bElsewhereInA = "b_elsewhere_in_a"
    }
}

/// A sentence with its verdict against the other article.
public struct SentenceRecord: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var verdict: Verdict
    /// The other article's sentences that report it.
    public var others: [SpanText]
    /// The share of its content-word weight found there.
    public var coverage: Double
    public var evidence: MatchEvidence
}

/// A place in the reading order: a pair, or a sentence only in A or only in B (an index into the matching list).
public struct DiffEntry: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case pair, onlyInA = "only_in_a", onlyInB = "only_in_b", aElsewhereInB = "a_elsewhere_in_b", bElsewhereInA = "b_elsewhere_in_a"
    }

    public var kind: Kind
    public var index: Int
}
