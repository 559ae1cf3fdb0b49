import Text

/// A span with its text, as every JSON output shows evidence (offsets in Unicode scalars).
public struct SpanText: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(_ span: TextSpan, in scalars: ScalarText) {
        start = span.start
        end = span.end
        text = scalars[span]
    }
}

/// A quote as JSON shows it: `text` is inside the marks and `start`/`end` index it in the article's clean text.
public struct QuoteRecord: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: QuoteKind
    public var cue: SpanText?
    public var source: SpanText?
    public var speaker: String?
    public var actor: String?
    public var group: String?
    public var via: String?
    /// The person or organisation who spoke, when the speaker is one: its name across the event and an id.
    public var entity: EntityRecord?
    /// The words that name the speaker where the quote is attributed.
    public var mention: SpanText?
    public var resolvedBy: ResolvedBy?
    public var confidence: Double
    public var inHeadline: Bool
    public var closed: Bool
    public var fragments: [SpanText]

    public init(_ q: Quote, in scalars: ScalarText) {
        text = scalars[q.content]
        start = q.content.start
        end = q.content.end
        kind = q.kind
        cue = q.cue.map { SpanText($0, in: scalars) }
        source = q.source.map { SpanText($0, in: scalars) }
        speaker = q.speaker
        actor = q.actor
        group = q.group
        via = q.via
        entity = q.speakerKind.map { EntityRecord(id: q.speakerID, name: q.speaker ?? "", kind: $0) }
        mention = q.mention.map { SpanText($0, in: scalars) }
        resolvedBy = q.resolvedBy
        confidence = (q.confidence * 100).rounded() / 100
        inHeadline = q.inHeadline
        closed = q.closed
        fragments = q.fragments.count > 1 ? q.fragments.map { SpanText($0, in: scalars) } : []
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, cue, source, speaker, actor, group, via, entity, mention, resolvedBy = "resolved_by"
        case confidence, inHeadline = "in_headline"
        case closed, fragments
    }

    /// Absent values are written as `null`, so every quote has the same keys.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
        try c.encode(kind, forKey: .kind); try c.encode(cue, forKey: .cue); try c.encode(source, forKey: .source)
        try c.encode(speaker, forKey: .speaker); try c.encode(actor, forKey: .actor); try c.encode(group, forKey: .group)
        try c.encode(via, forKey: .via); try c.encode(entity, forKey: .entity); try c.encode(mention, forKey: .mention)
        try c.encode(resolvedBy, forKey: .resolvedBy); try c.encode(confidence, forKey: .confidence)
        try c.encode(inHeadline, forKey: .inHeadline); try c.encode(closed, forKey: .closed)
        try c.encode(fragments, forKey: .fragments)
    }
}

/// A person or organisation as JSON names it: the id and name it has across the event (nil id for a single article).
public struct EntityRecord: Codable, Sendable, Equatable, Hashable {
    public var id: String?
    public var name: String
    public var kind: EntityKind

    public init(id: String?, name: String, kind: EntityKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

/// A person or organisation of an event as JSON lists it, with every place an article names it.
public struct EntityListing: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: EntityKind
    public var actor: String?
    public var group: String?
    public var mentions: [EntityMentionRecord]

    /// Every entity of an event, in id order; mentions in article order, then text order.
    public static func list(_ event: EventQuotes, articles: [Article]) -> [EntityListing] {
        let scalars = articles.map { ScalarText($0.text) }
        return event.entities.entities.map { e in
            let mentions = e.members.flatMap { m in
                event.articleEntities[m.article].entities[m.entity].mentions.map { span in
                    EntityMentionRecord(article: articles[m.article].id, start: span.start, end: span.end, text: scalars[m.article][span])
                }
            }.sorted { ($0.article, $0.start) < ($1.article, $1.start) }
            return EntityListing(id: e.id, name: e.name, kind: e.kind, actor: e.actor, group: e.group, mentions: mentions)
        }.sorted { $0.id < $1.id }
    }

    enum CodingKeys: String, CodingKey { case id, name, kind, actor, group, mentions }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(kind, forKey: .kind)
        try c.encode(actor, forKey: .actor); try c.encode(group, forKey: .group); try c.encode(mentions, forKey: .mentions)
    }
}

/// Where an article names a person or organisation (Unicode-scalar offsets into its clean text).
public struct EntityMentionRecord: Codable, Sendable, Equatable {
    public var article: String
    public var start: Int
    public var end: Int
    public var text: String
}
