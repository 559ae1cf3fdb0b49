import Text

/// What a quoted span is: a full quotation, a quoted fragment inside the outlet's sentence, or distancing quotes.
public enum QuoteKind: String, Codable, Sendable, CaseIterable {
    case direct, partial, scare
}

/// A quotation in an article (the citron model): content, cue and source spans over the article's clean text,
/// the speaker as written, the actor it resolves to, and a confidence.
public struct Quote: Sendable, Equatable, Hashable {
    /// Inside the marks.
    public var content: TextSpan
    /// Including the opening and closing marks.
    public var outer: TextSpan
    /// The content in each paragraph, for quotes that run over several (one fragment otherwise).
    public var fragments: [TextSpan]
    public var kind: QuoteKind
    /// The attribution verb or phrase ("said", "told reporters", "according to").
    public var cue: TextSpan?
    /// The speaker's words in this sentence (a name, a pronoun, "a senior administration official").
    public var source: TextSpan?
    /// The speaker: the name as written with titles stripped, the person a pronoun refers to, or the unnamed source.
    public var speaker: String?
    /// The canonical actor the speaker resolves to, and its group.
    public var actor: String?
    public var group: String?
    /// Who passed the quote on ("The Associated Press reported … said").
    public var via: String?
    /// The speaker as a person or organisation of the article (an index into its `ArticleEntities`), when the speaker
    /// is one; nil for unnamed sources and unattributed quotes.
    public var entity: Int? = nil
    /// The speaker's id among the event's people and organisations (`EventEntities`), once the event is known.
    public var speakerID: String? = nil
    /// What the speaker is: a person, an organisation, or (nil) an unnamed source or nobody.
    public var speakerKind: EntityKind? = nil
    /// The words that name the speaker where the quote is attributed ("she", "Ms. Pelosi", "the speaker").
    public var mention: TextSpan? = nil
    /// How the speaker was found.
    public var resolvedBy: ResolvedBy? = nil
    public var confidence: Double
    public var inHeadline: Bool
    /// False when the closing mark never came (the quote was cut at its paragraph's end).
    public var closed: Bool

    public var isScare: Bool { kind == .scare }
}
