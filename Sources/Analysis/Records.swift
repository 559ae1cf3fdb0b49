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
        confidence = (q.confidence * 100).rounded() / 100
        inHeadline = q.inHeadline
        closed = q.closed
        fragments = q.fragments.count > 1 ? q.fragments.map { SpanText($0, in: scalars) } : []
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, cue, source, speaker, actor, group, via, confidence, inHeadline = "in_headline"
        case closed, fragments
    }

    /// Absent values are written as `null`, so every quote has the same keys.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
        try c.encode(kind, forKey: .kind); try c.encode(cue, forKey: .cue); try c.encode(source, forKey: .source)
        try c.encode(speaker, forKey: .speaker); try c.encode(actor, forKey: .actor); try c.encode(group, forKey: .group)
        try c.encode(via, forKey: .via); try c.encode(confidence, forKey: .confidence)
        try c.encode(inHeadline, forKey: .inHeadline); try c.encode(closed, forKey: .closed)
        try c.encode(fragments, forKey: .fragments)
    }
}
