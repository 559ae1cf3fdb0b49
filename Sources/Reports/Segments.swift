import Analysis
import Text

/// A text cut at marked spans, so each renderer can style the marked parts its own way.
public struct Segment: Sendable, Equatable {
    public var text: String
    /// The mark's label, or nil for plain text.
    public var mark: String?
}

public enum Segments {
    /// Cuts `span` (a span of an article with its text) at the marks inside it; overlapping marks keep the first.
    public static func cut(_ span: SpanText, marks: [(start: Int, end: Int, mark: String)]) -> [Segment] {
        let scalars = Array(span.text.unicodeScalars)
        var segments: [Segment] = []
        var position = 0
        func emit(_ lo: Int, _ hi: Int, _ mark: String?) {
            guard hi > lo else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lo..<hi])
            if let last = segments.last, last.mark == mark {
                segments[segments.count - 1].text += String(view)
            } else {
                segments.append(Segment(text: String(view), mark: mark))
            }
        }
        for m in marks.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            let lo = max(m.start - span.start, position), hi = min(m.end - span.start, scalars.count)
            guard hi > lo else { continue }
            emit(position, lo, nil)
            emit(lo, hi, m.mark)
            position = hi
        }
        emit(position, scalars.count, nil)
        return segments
    }

    /// The marks of one side of a reworded pair: words only this side has (`removed` for A, `added` for B).
    public static func diffMarks(_ pair: DiffPair, side: DiffSideName) -> [(start: Int, end: Int, mark: String)] {
        pair.diff.compactMap { step in
            switch side {
            case .a: return step.op == .removed ? step.a.map { ($0.start, $0.end, "removed") } : nil
            case .b: return step.op == .added ? step.b.map { ($0.start, $0.end, "added") } : nil
            }
        }
    }
}

/// Which side of a diff.
public enum DiffSideName: Sendable { case a, b }
