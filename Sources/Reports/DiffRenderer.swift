import Analysis
import Foundation
import Text

/// Renders an `ArticleDiff` for the terminal, as Markdown and as a self-contained HTML page.
public enum DiffRenderer {
    /// Voices shown in the framing table.
    static let framingVoices: [VoiceKey] = [.own, .quoted]

    // MARK: Terminal

    /// ANSI styles, or plain markers when colour is off.
    struct Style {
        let color: Bool
        func removed(_ s: String) -> String { color ? "\u{1B}[31;9m\(s)\u{1B}[0m" : "[-\(s)-]" }
        func added(_ s: String) -> String { color ? "\u{1B}[32;1m\(s)\u{1B}[0m" : "{+\(s)+}" }
        func heading(_ s: String) -> String { color ? "\u{1B}[1;4m\(s)\u{1B}[0m" : "== \(s) ==" }
        func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
        func a(_ s: String) -> String { color ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
        func b(_ s: String) -> String { color ? "\u{1B}[32m\(s)\u{1B}[0m" : s }
    }

    /// Control characters in article text would drive the terminal; they are shown as visible escapes.
    static func inert(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar == "\n" || scalar == "\t" { out += " "; continue }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                out += String(format: "\\u{%X}", scalar.value)
                continue
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    public static func terminal(_ diff: ArticleDiff, color: Bool) -> String {
        let style = Style(color: color)
        var out = ""
        func line(_ s: String = "") { out += s + "\n" }
        line(style.a("A") + "  " + describe(diff.a))
        line(style.b("B") + "  " + describe(diff.b))
        line()
        line(summaryLine(diff))
        line()
        line(style.heading("Sentences, in reading order"))
        line(style.dim("= same   ~ reworded (A's words " + style.removed("struck") + ", B's " + style.added("added") + ")   ≈ reported elsewhere, or in part, by the other   < only in A   > only in B"))
        for entry in diff.sequence {
            switch entry.kind {
            case .pair:
                let pair = diff.pairs[entry.index]
                if pair.kind == .same {
                    line("= " + inert(pair.a.text))
                } else {
                    line("~ A " + render(Segments.cut(pair.a, marks: Segments.diffMarks(pair, side: .a)), style))
                    line("  B " + render(Segments.cut(pair.b, marks: Segments.diffMarks(pair, side: .b)), style))
                }
            case .onlyInA: line(style.a("< ") + inert(diff.onlyInA[entry.index].text))
            case .onlyInB: line(style.b("> ") + inert(diff.onlyInB[entry.index].text))
            case .aElsewhereInB:
                let r = diff.aElsewhereInB[entry.index]
                line(style.a("≈ ") + inert(r.text) + style.dim("  (B \(elsewhere(r)): " + r.others.map { "“\(inert($0.text))”" }.joined(separator: " ") + ")"))
            case .bElsewhereInA:
                let r = diff.bElsewhereInA[entry.index]
                line(style.b("≈ ") + inert(r.text) + style.dim("  (A \(elsewhere(r)): " + r.others.map { "“\(inert($0.text))”" }.joined(separator: " ") + ")"))
            }
        }
        line()
        line(style.heading("Facts only one reports"))
        factLines(diff.facts.onlyInA, "only in A", style.a).forEach { line($0) }
        factLines(diff.facts.onlyInB, "only in B", style.b).forEach { line($0) }
        line("  shared: \(diff.facts.shared.count)")
        line()
        line(style.heading("Quotes"))
        for q in diff.quotes.shared {
            line("  both quote \(inert(q.speaker ?? "an unnamed speaker")):")
            for side in q.a { line("    A (\(percent(side.share)) of the longest): “\(inert(side.text))”") }
            for side in q.b { line("    B (\(percent(side.share)) of the longest): “\(inert(side.text))”") }
        }
        for q in diff.quotes.onlyInA { line(style.a("  only in A") + " — \(inert(q.actor ?? q.speaker ?? "unattributed")): “\(inert(q.text))”") }
        for q in diff.quotes.onlyInB { line(style.b("  only in B") + " — \(inert(q.actor ?? q.speaker ?? "unattributed")): “\(inert(q.text))”") }
        if diff.quotes.shared.isEmpty && diff.quotes.onlyInA.isEmpty && diff.quotes.onlyInB.isEmpty { line("  no quotes") }
        if !diff.quotes.speakersOnlyInA.isEmpty { line("  speakers only A gives voice to: " + diff.quotes.speakersOnlyInA.map(inert).joined(separator: "; ")) }
        if !diff.quotes.speakersOnlyInB.isEmpty { line("  speakers only B gives voice to: " + diff.quotes.speakersOnlyInB.map(inert).joined(separator: "; ")) }
        line()
        line(style.heading("Framing (per 1,000 words of each voice)"))
        var rows: [[String]] = []
        for r in diff.framing.rows where framingVoices.contains(r.voice) {
            rows.append([r.lexicon + "/" + r.category, r.voice.rawValue, rate(r.aRate, r.aCount), rate(r.bRate, r.bCount), signed(r.difference)])
        }
        if rows.isEmpty { line("  no lexicon matches") } else { out += TextTable.render(["category", "voice", "A", "B", "B − A"], rows, align: [.left, .right, .right, .right, .right], indent: "  ") }
        line("  headline frame: A " + headlineFrames(diff.framing.headlineFramesA) + "; B " + headlineFrames(diff.framing.headlineFramesB))
        line("  scare quotes: A " + scare(diff.framing.scareQuotesA) + "; B " + scare(diff.framing.scareQuotesB))
        let onlyTerms = diff.framing.terms.filter { $0.a.isEmpty != $0.b.isEmpty }
        if !onlyTerms.isEmpty {
            line("  own-voice terms one side uses:")
            for t in onlyTerms {
                let side = t.a.isEmpty ? style.b("B") : style.a("A")
                line("    \(side) \(t.category): “\(inert((t.a.first ?? t.b.first!).text))”" + (max(t.a.count, t.b.count) > 1 ? " ×\(max(t.a.count, t.b.count))" : ""))
            }
        }
        line("  distinctive words of A: " + words(diff.framing.distinctiveA))
        line("  distinctive words of B: " + words(diff.framing.distinctiveB))
        return out
    }

    static func render(_ segments: [Segment], _ style: Style) -> String {
        segments.map { s in
            switch s.mark {
            case "removed": return style.removed(inert(s.text))
            case "added": return style.added(inert(s.text))
            default: return inert(s.text)
            }
        }.joined()
    }

    static func describe(_ side: DiffSide) -> String {
        var parts = [inert(side.outlet)]
        if !side.title.isEmpty { parts.append("“\(inert(side.title))”") }
        var facts: [String] = []
        if let date = side.date { facts.append(inert(String(date.prefix(10)))) }
        facts.append("\(side.words) words")
        facts.append("\(side.sentences) sentences")
        return parts.joined(separator: " — ") + " (" + facts.joined(separator: ", ") + ")"
    }

    /// How the other side reports a sentence the pairing left alone.
    static func elsewhere(_ r: SentenceRecord) -> String { r.verdict == .same ? "reports it too" : "reports part of it" }

    static func summaryLine(_ diff: ArticleDiff) -> String {
        let s = diff.summary
        let elsewhere = s.aElsewhereInB + s.bElsewhereInA == 0 ? "" : ", \(s.aElsewhereInB + s.bElsewhereInA) reported elsewhere in the other"
        return "\(s.same) same, \(s.reworded) reworded\(elsewhere), \(s.onlyInA) only in A, \(s.onlyInB) only in B; "
            + "B reports \(percent(s.aCoveredByB)) of A's sentences, A \(percent(s.bCoveredByA)) of B's."
    }

    static func factLines(_ facts: [FactRecord], _ label: String, _ color: (String) -> String) -> [String] {
        guard !facts.isEmpty else { return [] }
        var lines: [String] = []
        for kind in FactKind.allCases {
            let items = facts.filter { $0.kind == kind }
            guard !items.isEmpty else { continue }
            lines.append("  " + color(label) + " (\(kind.rawValue)s): " + items.map { inert($0.text) }.joined(separator: "; "))
        }
        return lines
    }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
    static func rate(_ r: Double, _ n: Int) -> String { n == 0 ? "–" : String(format: "%.1f (%d)", r, n) }
    static func signed(_ d: Double) -> String { d == 0 ? "0" : String(format: "%+.1f", d) }
    static func headlineFrames(_ frames: [HeadlineFrame]) -> String {
        let named = frames.compactMap { f in f.category.map { "\(f.lexicon)/\($0)" } }
        return named.isEmpty ? "none" : named.joined(separator: ", ")
    }
    static func scare(_ quotes: [SpanText]) -> String {
        quotes.isEmpty ? "none" : quotes.map { "“\(inert($0.text))”" }.joined(separator: ", ")
    }
    static func words(_ list: [DistinctiveWord]) -> String {
        list.isEmpty ? "none" : list.prefix(8).map { String(format: "%@ (z %.1f, %d/%d)", inert($0.word), $0.z, $0.count, $0.rest) }.joined(separator: ", ")
    }

    // MARK: Markdown

    public static func markdown(_ diff: ArticleDiff) -> String {
        let e = Markdown.escape
        var out = "# \(e(diff.a.outlet)) vs \(e(diff.b.outlet))\n\n"
        out += "- **A**: \(e(describe(diff.a)))\n- **B**: \(e(describe(diff.b)))\n\n\(summaryLine(diff))\n\n"
        out += "## Sentences, in reading order\n\n"
        out += "Words only A uses are ~~struck~~, words only B uses are **bold**.\n\n"
        func md(_ segments: [Segment]) -> String {
            segments.map { s in
                let t = e(s.text)
                let trimmed = t.trimmingCharacters(in: .whitespaces)
                guard let mark = s.mark, !trimmed.isEmpty else { return t }
                return mark == "removed" ? "~~\(trimmed)~~" : "**\(trimmed)**"
            }.joined()
        }
        for entry in diff.sequence {
            switch entry.kind {
            case .pair:
                let pair = diff.pairs[entry.index]
                if pair.kind == .same {
                    out += "- **same**: \(e(pair.a.text))\n"
                } else {
                    out += "- **reworded** (similarity \(String(format: "%.2f", pair.similarity)))\n"
                    out += "  - A: " + md(Segments.cut(pair.a, marks: Segments.diffMarks(pair, side: .a))) + "\n"
                    out += "  - B: " + md(Segments.cut(pair.b, marks: Segments.diffMarks(pair, side: .b))) + "\n"
                }
            case .onlyInA: out += "- **only in A**: \(e(diff.onlyInA[entry.index].text))\n"
            case .onlyInB: out += "- **only in B**: \(e(diff.onlyInB[entry.index].text))\n"
            case .aElsewhereInB, .bElsewhereInA:
                let (r, side, other) = entry.kind == .aElsewhereInB ? (diff.aElsewhereInB[entry.index], "A", "B") : (diff.bElsewhereInA[entry.index], "B", "A")
                out += "- **\(side), \(other) \(elsewhere(r))**: \(e(r.text)) — \(other): " + r.others.map { "“\(e($0.text))”" }.joined(separator: " ") + "\n"
            }
        }
        out += "\n## Facts only one reports\n\n"
        var factRows: [[String]] = []
        for (side, facts) in [("A", diff.facts.onlyInA), ("B", diff.facts.onlyInB)] {
            for f in facts { factRows.append([side, f.kind.rawValue, e(f.text), "\(f.start)–\(f.end)"]) }
        }
        out += factRows.isEmpty ? "None: both report the same facts.\n" : Markdown.table(["only in", "kind", "fact", "offsets"], factRows)
        out += "\n\(diff.facts.shared.count) facts are in both.\n\n## Quotes\n\n"
        for q in diff.quotes.shared {
            out += "- Both quote \(e(q.speaker ?? "an unnamed speaker")):\n"
            for s in q.a { out += "  - A (\(percent(s.share)) of the longest version): “\(e(s.text))”\n" }
            for s in q.b { out += "  - B (\(percent(s.share)) of the longest version): “\(e(s.text))”\n" }
        }
        for (side, quotes) in [("A", diff.quotes.onlyInA), ("B", diff.quotes.onlyInB)] {
            for q in quotes { out += "- Only in \(side) — \(e(q.actor ?? q.speaker ?? "unattributed")): “\(e(q.text))”\n" }
        }
        if !diff.quotes.speakersOnlyInA.isEmpty { out += "\nSpeakers only A gives voice to: \(diff.quotes.speakersOnlyInA.map(e).joined(separator: "; ")).\n" }
        if !diff.quotes.speakersOnlyInB.isEmpty { out += "\nSpeakers only B gives voice to: \(diff.quotes.speakersOnlyInB.map(e).joined(separator: "; ")).\n" }
        out += "\n## Framing\n\nRates per 1,000 words of each voice (count in brackets).\n\n"
        let rows = diff.framing.rows.filter { framingVoices.contains($0.voice) }.map {
            [e($0.lexicon + "/" + $0.category), $0.voice.rawValue, rate($0.aRate, $0.aCount), rate($0.bRate, $0.bCount), signed($0.difference)]
        }
        out += rows.isEmpty ? "No lexicon matches.\n" : Markdown.table(["category", "voice", "A", "B", "B − A"], rows, alignRight: [2, 3, 4])
        out += "\n- Headline frame: A \(e(headlineFrames(diff.framing.headlineFramesA))); B \(e(headlineFrames(diff.framing.headlineFramesB)))\n"
        out += "- Scare quotes: A \(e(scare(diff.framing.scareQuotesA))); B \(e(scare(diff.framing.scareQuotesB)))\n"
        out += "- Distinctive words of A: \(e(words(diff.framing.distinctiveA)))\n"
        out += "- Distinctive words of B: \(e(words(diff.framing.distinctiveB)))\n"
        return out
    }

    // MARK: HTML

    public static func html(_ diff: ArticleDiff) -> String {
        var body = HTML()
        body += .element("h1", [:], .text("\(diff.a.outlet) vs \(diff.b.outlet)"))
        body += .element("p", ["class": "sides"],
                         .element("span", ["class": "tag a"], .text("A")) + .text(" " + describe(diff.a)) + HTML(raw: "<br>")
                         + .element("span", ["class": "tag b"], .text("B")) + .text(" " + describe(diff.b)))
        body += .element("p", [:], .text(summaryLine(diff)))
        body += .element("h2", [:], .text("Sentences, in reading order"))
        body += .element("p", ["class": "legend"],
                         .text("Reworded pairs: ") + .element("del", [:], .text("words only A uses")) + .text(", ")
                         + .element("ins", [:], .text("words only B uses"))
                         + .text(". “Reports it too” and “reports part of it”: a sentence the other side carries elsewhere, merged or in other words (its sentences in grey; hover for the words they share). “Only in”: the other side does not report it in any wording slant can see. Offsets are Unicode scalars into each clean text."))
        var rows = HTML()
        func cell(_ span: SpanText?, _ segments: [Segment]?, _ cls: String) -> HTML {
            guard let span else { return .element("td", ["class": "empty"]) }
            var content = HTML()
            for s in segments ?? [Segment(text: span.text, mark: nil)] {
                switch s.mark {
                case "removed": content += .element("del", [:], .text(s.text))
                case "added": content += .element("ins", [:], .text(s.text))
                default: content += .text(s.text)
                }
            }
            return .element("td", ["class": cls, "title": "\(span.start)–\(span.end)"], content)
        }
        for entry in diff.sequence {
            switch entry.kind {
            case .pair:
                let p = diff.pairs[entry.index]
                let reworded = p.kind != .same
                rows += .element("tr", ["class": p.kind.rawValue],
                                 .element("th", [:], .text(p.kind.rawValue))
                                 + cell(p.a, reworded ? Segments.cut(p.a, marks: Segments.diffMarks(p, side: .a)) : nil, "a")
                                 + cell(p.b, reworded ? Segments.cut(p.b, marks: Segments.diffMarks(p, side: .b)) : nil, "b"))
            case .onlyInA:
                rows += .element("tr", ["class": "only-a"], .element("th", [:], .text("only in A")) + cell(diff.onlyInA[entry.index], nil, "a") + cell(nil, nil, ""))
            case .onlyInB:
                rows += .element("tr", ["class": "only-b"], .element("th", [:], .text("only in B")) + cell(nil, nil, "") + cell(diff.onlyInB[entry.index], nil, "b"))
            case .aElsewhereInB, .bElsewhereInA:
                let isA = entry.kind == .aElsewhereInB
                let r = isA ? diff.aElsewhereInB[entry.index] : diff.bElsewhereInA[entry.index]
                let own = SpanText(start: r.start, end: r.end, text: r.text)
                let others = HTML.element("td", ["class": "elsewhere", "title": "coverage \(r.coverage); shared: " + (r.evidence.words + r.evidence.stems).joined(separator: ", ")
                                                + (r.evidence.phrase.map { "; shared wording: “\($0)”" } ?? "")],
                                          r.others.enumerated().reduce(HTML()) { $0 + ($1.offset > 0 ? .text(" … ") : HTML()) + .text($1.element.text) })
                rows += .element("tr", ["class": "elsewhere"], .element("th", [:], .text("\(isA ? "B" : "A") \(elsewhere(r))"))
                                 + (isA ? cell(own, nil, "a") + others : others + cell(own, nil, "b")))
            }
        }
        body += .element("table", ["class": "align"],
                         .element("thead", [:], HTML(raw: "<tr><th></th><th>A</th><th>B</th></tr>")) + .element("tbody", [:], rows))
        body += .element("h2", [:], .text("Facts only one reports"))
        var facts = HTML()
        for (side, list) in [("A", diff.facts.onlyInA), ("B", diff.facts.onlyInB)] {
            for f in list {
                facts += .element("tr", [:], .element("td", [:], .text(side)) + .element("td", [:], .text(f.kind.rawValue))
                                  + .element("td", [:], .text(f.text)) + .element("td", ["class": "num"], .text("\(f.start)–\(f.end)")))
            }
        }
        body += facts.markup.isEmpty ? .element("p", [:], .text("None: both report the same facts."))
            : .element("table", [:], HTML(raw: "<thead><tr><th>only in</th><th>kind</th><th>fact</th><th>offsets</th></tr></thead>") + .element("tbody", [:], facts))
        body += .element("h2", [:], .text("Quotes"))
        var quotes = HTML()
        for q in diff.quotes.shared {
            var inner = HTML()
            for s in q.a { inner += .element("li", [:], .text("A (\(percent(s.share)) of the longest): “\(s.text)”")) }
            for s in q.b { inner += .element("li", [:], .text("B (\(percent(s.share)) of the longest): “\(s.text)”")) }
            quotes += .element("li", [:], .text("Both quote \(q.speaker ?? "an unnamed speaker"):") + .element("ul", [:], inner))
        }
        for (side, list) in [("A", diff.quotes.onlyInA), ("B", diff.quotes.onlyInB)] {
            for q in list { quotes += .element("li", [:], .text("Only in \(side) — \(q.actor ?? q.speaker ?? "unattributed"): “\(q.text)”")) }
        }
        body += quotes.markup.isEmpty ? .element("p", [:], .text("No quotes.")) : .element("ul", [:], quotes)
        body += .element("h2", [:], .text("Framing"))
        var framing = HTML()
        for r in diff.framing.rows where framingVoices.contains(r.voice) {
            framing += .element("tr", [:], .element("td", [:], .text(r.lexicon + "/" + r.category)) + .element("td", [:], .text(r.voice.rawValue))
                                + .element("td", ["class": "num"], .text(rate(r.aRate, r.aCount)))
                                + .element("td", ["class": "num"], .text(rate(r.bRate, r.bCount)))
                                + .element("td", ["class": "num"], .text(signed(r.difference))))
        }
        body += framing.markup.isEmpty ? .element("p", [:], .text("No lexicon matches."))
            : .element("table", [:], HTML(raw: "<thead><tr><th>category</th><th>voice</th><th>A</th><th>B</th><th>B − A</th></tr></thead>") + .element("tbody", [:], framing))
        body += .element("ul", [:],
                         .element("li", [:], .text("Headline frame: A \(headlineFrames(diff.framing.headlineFramesA)); B \(headlineFrames(diff.framing.headlineFramesB))"))
                         + .element("li", [:], .text("Scare quotes: A \(scare(diff.framing.scareQuotesA)); B \(scare(diff.framing.scareQuotesB))"))
                         + .element("li", [:], .text("Distinctive words of A: \(words(diff.framing.distinctiveA))"))
                         + .element("li", [:], .text("Distinctive words of B: \(words(diff.framing.distinctiveB))")))
        return HTML.page(title: "\(diff.a.outlet) vs \(diff.b.outlet) — slant diff", css: Stylesheet.css + Stylesheet.diff, body: .element("main", [:], body))
    }
}
