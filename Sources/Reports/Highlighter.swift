import Text

/// A styled span of an article's text: CSS classes and a tooltip.
struct Highlight {
    var start: Int
    var end: Int
    var classes: [String]
    var label: String
}

/// Renders an article's clean text as HTML paragraphs with overlapping highlights and anchors at given offsets.
///
/// The text is cut at every highlight boundary; each piece becomes one `<span>` carrying the classes and tooltips of
/// all highlights covering it, so overlaps need no nesting. Anchors (`<span id>`) mark offsets that links point to.
enum Highlighter {
    static func render(text: String, blocks: [(span: TextSpan, tag: String)], highlights: [Highlight], anchors: [Int: String]) -> HTML {
        let scalars = Array(text.unicodeScalars)
        var boundaries = Set<Int>()
        for h in highlights { boundaries.insert(h.start); boundaries.insert(h.end) }
        for offset in anchors.keys { boundaries.insert(offset) }
        let sortedHighlights = highlights.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var out = HTML()
        for block in blocks {
            let cuts = ([block.span.start, block.span.end] + boundaries.filter { $0 > block.span.start && $0 < block.span.end }).sorted()
            var inner = ""
            // Highlights that can cover this block, in start order; `active` are those open at the current piece.
            var next = sortedHighlights.firstIndex { $0.end > block.span.start } ?? sortedHighlights.count
            var active: [Highlight] = []
            if let id = anchors[block.span.start] { inner += "<span class=\"anchor\" id=\"\(HTML.escape(id))\"></span>" }
            for (lo, hi) in zip(cuts, cuts.dropFirst()) where hi > lo {
                if lo > block.span.start, let id = anchors[lo] { inner += "<span class=\"anchor\" id=\"\(HTML.escape(id))\"></span>" }
                while next < sortedHighlights.count, sortedHighlights[next].start <= lo {
                    active.append(sortedHighlights[next])
                    next += 1
                }
                active.removeAll { $0.end <= lo }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[lo..<hi])
                let piece = HTML.escape(String(view))
                let covering = active.filter { $0.start <= lo && $0.end >= hi }
                if covering.isEmpty {
                    inner += piece
                } else {
                    var classes: [String] = []
                    for h in covering { for c in h.classes where !classes.contains(c) { classes.append(c) } }
                    var labels: [String] = []
                    for h in covering where !labels.contains(h.label) { labels.append(h.label) }
                    inner += "<span class=\"\(HTML.escape(classes.joined(separator: " ")))\" title=\"\(HTML.escape(labels.joined(separator: "\n")))\">\(piece)</span>"
                }
            }
            out += HTML(raw: "<\(block.tag)>\(inner)</\(block.tag)>\n")
        }
        return out
    }
}
