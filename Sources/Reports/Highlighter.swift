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
        var boundarySet = Set<Int>()
        for h in highlights { boundarySet.insert(h.start); boundarySet.insert(h.end) }
        for offset in anchors.keys { boundarySet.insert(offset) }
        let boundaries = boundarySet.sorted()
        let sortedHighlights = highlights.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        // Blocks are walked in text order with one cursor into the boundaries and one into the highlights, so the
        // whole text costs one pass however many blocks it has; `active` carries the highlights open at the cursor.
        var rendered = [String](repeating: "", count: blocks.count)
        var next = 0
        var active: [Highlight] = []
        for index in blocks.indices.sorted(by: { blocks[$0].span.start < blocks[$1].span.start }) {
            let block = blocks[index]
            var first = lowerBound(boundaries, block.span.start + 1)
            var cuts = [block.span.start]
            while first < boundaries.count, boundaries[first] < block.span.end { cuts.append(boundaries[first]); first += 1 }
            cuts.append(block.span.end)
            var inner = ""
            if next > 0, let last = active.last, last.start > block.span.start { next = 0; active = [] }   // out of order
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
            rendered[index] = "<\(block.tag)>\(inner)</\(block.tag)>\n"
        }
        var out = HTML()
        for piece in rendered { out += HTML(raw: piece) }
        return out
    }

    /// The index of the first element of `sorted` that is at least `value`.
    private static func lowerBound(_ sorted: [Int], _ value: Int) -> Int {
        sorted.partitionPoint { $0 >= value }
    }
}
