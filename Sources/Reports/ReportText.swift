import Analysis
import Foundation
import Text

/// Renders a `ComparisonReport` as Markdown (for notes and GitHub) and as tidy CSV.
public enum ReportMarkdown {
    public static func render(_ report: ComparisonReport) -> String {
        let e = Markdown.escape
        var out = "# \(e(report.event.title))\n\n"
        if !report.event.description.isEmpty { out += e(report.event.description) + "\n\n" }
        var meta = ["\(report.outlets.count) outlets", "\(report.articles.count) articles"]
        if let start = report.event.start { meta.append(start + (report.event.end.map { " – " + $0 } ?? "")) }
        meta.append("lexicons: " + report.lexicons.map(\.name).joined(separator: ", "))
        out += "*slant framing report · " + e(meta.joined(separator: " · ")) + "*\n\n"
        if !report.warnings.isEmpty {
            out += "**Before you compare:**\n\n" + report.warnings.map { w in
                "- " + e(w.message) + (w.outlets.count > 1 ? " " + e("(" + Markdown.names(w.outlets, limit: 12) + ")") : "") + "\n"
            }.joined() + "\n"
        }
        if ReportHTML.layout(for: report) == .rows { return out + rows(report) }

        out += "## 1. Outlets and timeline\n\n"
        out += Markdown.table(["date", "outlet", "article"], report.timeline.map { [e($0.date ?? "undated"), e($0.outlet), e($0.title)] })
        out += "\n"
        out += Markdown.table(["outlet", "own words", "quoted words", "quotes", "speakers", "quoted first"], report.outlets.map {
            [e($0.outlet), "\($0.words(.own))", "\($0.words(.quoted))", "\($0.quotes)", "\($0.speakers)", e($0.firstSpeaker ?? "–")]
        }, alignRight: [1, 2, 3, 4])

        out += "\n## 2. Headlines\n\n"
        let frameNames = report.lexicons.filter { $0.kind == "frames" }.map(\.name)
        var headlineRows: [[String]] = []
        for o in report.outlets {
            for h in o.headlines {
                let frames = h.frames.map { "\($0.lexicon): \($0.category ?? "none")" }.joined(separator: "; ")
                let scare = h.scareQuotes.map { "“\($0.text)”" }.joined(separator: ", ")
                let loaded = h.ownVoiceTerms.map { "\($0.text) (\($0.category))" }.joined(separator: ", ")
                headlineRows.append([e(o.outlet), e(h.text), e(frames), e(scare.isEmpty ? "–" : scare), e(loaded.isEmpty ? "–" : loaded)])
            }
        }
        out += Markdown.table(["outlet", "headline", "dominant frame", "scare quotes", "marked words (own voice)"], headlineRows)

        out += "\n## 3. Frame profile\n\nMatches per 1,000 words of each voice: narration / quotes / headline and lead.\n"
        for chart in report.frames where !chart.categories.isEmpty {
            out += "\n### \(e(chart.lexicon))\n\n"
            out += Markdown.table(["frame"] + chart.outlets.map { e($0.outlet) }, chart.categories.map { category in
                [e(category)] + chart.outlets.map { o in
                    ReportBuilder.voiceGroups.map { g in
                        let v = o.values.first { $0.category == category && $0.voice == g.name }
                        return v.map { $0.count == 0 ? "·" : ReportHTML.number($0.ratePer1000) } ?? "·"
                    }.joined(separator: " / ")
                }
            })
        }

        out += "\n## 4. In the outlet’s own voice\n\n"
        for card in report.ownVoice {
            out += "**\(e(card.outlet))** (\(card.words) words)\n\n"
            if card.categories.isEmpty { out += "- none\n" }
            for c in card.categories {
                out += "- \(e(c.category)) — \(c.count), \(ReportHTML.number(c.ratePer1000)) per 1,000: "
                out += c.terms.map { e($0.evidence[0].text.lowercased()) + ($0.count > 1 ? " ×\($0.count)" : "") }.joined(separator: ", ") + "\n"
            }
            out += "\n"
        }

        out += "## 5. Who gets quoted\n\nWords quoted (quotes); ★ first voice quoted.\n\n"
        let speakers = report.quotes.matrix.filter { $0.level == .speaker }
        out += Markdown.table(["speaker", "group"] + report.outlets.map { e($0.outlet) }, speakers.prefix(40).map { r in
            [e(r.speaker), e(r.groupLabel ?? "")] + report.outlets.map { o in
                let cells = r.cells.filter { $0.outlet == o.outlet }
                let words = cells.reduce(0) { $0 + $1.words }, n = cells.reduce(0) { $0 + $1.quotes }
                return words == 0 ? "–" : "\(words) (\(n))" + (cells.contains { $0.first } ? " ★" : "")
            }
        })
        for cluster in report.quotes.clusters {
            out += "\n**\(e(cluster.actor ?? cluster.speaker ?? "Unattributed"))**, quoted by \(cluster.outlets.count) outlets:\n\n"
            for m in cluster.members {
                out += "- \(e(m.outlet)) \(QuoteShare.phrase(m.share)): “\(e(m.text))”\n"
            }
        }

        out += "\n## 6. What each outlet leaves out\n\n"
        if report.outlets.count < 3 { out += "Omissions need at least three outlets.\n" }
        for o in report.outlets where report.outlets.count >= 3 {
            let missing = report.omissions.filter { $0.missingFrom.contains(o.outlet) }
            out += "**\(e(o.outlet))** leaves out \(missing.count)\n\n"
            if missing.isEmpty { out += "- nothing that most outlets report\n" }
            for item in missing.prefix(25) {
                let text = item.display
                out += "- \(item.kind): \(e(text)) — \(item.reportedBy.count) of \(report.outlets.count) (\(e(item.reportedBy.joined(separator: ", "))))\n"
            }
            if missing.count > 25 { out += "- … and \(missing.count - 25) more (in the JSON report)\n" }
            let inPart = report.omissions.filter { $0.reportedInPartBy.contains(o.outlet) }
            for item in inPart.prefix(25) {
                out += "- reported only in part: \(e(item.display)) — \(item.reportedBy.count) of \(report.outlets.count) in full (\(e(item.reportedBy.joined(separator: ", "))))\n"
            }
            out += "\n"
        }

        out += "## 7. Distinctive words\n\nz-score of the log-odds ratio with an informative Dirichlet prior (count here / in the other outlets).\n\n"
        for d in report.distinctive {
            out += "- **\(e(d.outlet))**: " + (d.words.isEmpty ? "none" : d.words.prefix(10).map {
                e($0.word) + String(format: " %.1f (%d/%d)", $0.z, $0.count, $0.rest)
            }.joined(separator: ", ")) + "\n"
        }

        out += "\n## 8. The articles\n\nEvery match with its offsets (Unicode scalars into the article’s clean text); the HTML report shows them highlighted in the text.\n"
        for a in report.articles {
            out += "\n### \(e(a.outlet)): \(e(a.title))\n\n"
            var lines: [String] = []
            for m in a.matches where !frameNames.contains(m.lexicon) {
                lines.append("\(m.start)–\(m.end) “\(e(m.text))” \(e(m.lexicon)): \(e(m.category)), \(m.voice.rawValue)")
            }
            let frames = a.matches.filter { frameNames.contains($0.lexicon) }.count
            out += lines.isEmpty ? "No loaded words, hedges or attribution verbs.\n" : lines.map { "- " + $0 + "\n" }.joined()
            out += "\n\(frames) frame-lexicon matches; \(a.quotes.filter { $0.kind != .scare }.count) quotes; scare quotes: "
                + (a.scareQuotes.isEmpty ? "none" : a.scareQuotes.map { "“\(e($0.text))”" }.joined(separator: ", ")) + ".\n"
        }

        out += "\n## 9. How to read this, and what it cannot show\n\n" + report.notes.map { "- " + e($0) + "\n" }.joined()
        out += "\n*Made by \(e(report.generator)). The same report as data: `slant report \(report.event.slug) --format json`.*\n"
        return out
    }
}

extension ReportMarkdown {
    /// The body of the report of an event with many outlets: outlets as rows, groups as columns, the outlets furthest
    /// from the median first (as the HTML report's rows layout).
    static func rows(_ report: ComparisonReport) -> String {
        let e = Markdown.escape
        let view = ReportHTML.RowsView(report)
        let n = view.outlets.count
        var out = "## 1. Outlets\n\n"
        out += Markdown.table(["outlet"] + (view.groups.isEmpty ? [] : ["group"]) + ["articles", "date", "own words", "quoted words", "quotes", "speakers", "leaves out"],
                              report.outlets.enumerated().map { k, o in
            let dates = report.articles.filter { o.articles.contains($0.id) }.compactMap { $0.date.map { String($0.prefix(10)) } }
            return [e(o.outlet)] + (view.groups.isEmpty ? [] : [e(o.group ?? "")]) + ["\(o.articles.count)", dates.min() ?? "–", "\(o.words(.own))",
                                                                                         "\(o.words(.quoted))", "\(o.quotes)", "\(o.speakers)", "\(view.leftOut[k])"]
        }, alignRight: Set(2...8))

        out += "\n## 2. Headlines by dominant frame\n"
        for lexicon in report.lexicons where lexicon.kind == "frames" {
            let clusters = ReportHTML.headlineFrames(report, lexicon: lexicon.name)
            guard !clusters.isEmpty else { continue }
            let total = clusters.reduce(0) { $0 + $1.headlines.count }
            out += "\n### \(e(lexicon.name))\n\n"
            out += Markdown.table(["dominant frame", "headlines"] + view.groups.map(e), clusters.map { c in
                [e(c.category), "\(c.headlines.count) (\(ReportHTML.percent(c.headlines.count, total)))"] + view.groups.map { g in
                    let members = Set(view.members[g]!.map { view.outlets[$0] })
                    return "\(c.headlines.filter { members.contains($0.outlet) }.count)"
                }
            }, alignRight: Set(1...(1 + view.groups.count)))
            for c in clusters {
                var texts: [String: [String]] = [:]
                for h in c.headlines { texts[h.headline.text, default: []].append(h.outlet) }
                out += "\n**\(e(c.category))**:\n\n"
                for (text, outlets) in texts.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }).prefix(8) {
                    out += "- “\(e(text))” — \(outlets.count) outlet\(outlets.count == 1 ? "" : "s") (\(e(Markdown.names(outlets, limit: 6))))\n"
                }
                if texts.count > 8 { out += "- … and \(texts.count - 8) more headlines\n" }
            }
        }

        func measures(_ list: [ReportHTML.Measure]) -> String {
            guard !list.isEmpty else { return "No outlet uses these lexicons’ words.\n" }
            return Markdown.table(["measure", "all outlets", "median outlet"] + view.groups.map(e) + ["furthest from the median"], list.map { m in
                [e(m.category) + " (" + e(m.lexicon) + ")", ReportHTML.number(m.pooled(Array(0..<n)).rate), ReportHTML.number(m.medianRate)]
                    + view.groups.map { ReportHTML.number(m.pooled(view.members[$0]!).rate) }
                    + [view.furthest(m, limit: 3).map { k in e(view.outlets[k]) + " \(ReportHTML.number(m.rate(k))) (\(m.counts[k]) in \(m.words[k]))" }.joined(separator: "; ")]
            }, alignRight: Set(1...(2 + view.groups.count)))
        }
        out += "\n## 3. Frame profile\n\nFrame matches per 1,000 words of each outlet’s narration, pooled per column; outlets with at least \(ReportHTML.RowsView.minimumWords) words are ranked.\n\n"
        out += measures(view.frameMeasures)
        out += "\n## 4. In the outlet’s own voice\n\nPer 1,000 words of each outlet’s own voice (quotations excluded).\n\n"
        out += measures(view.ownVoiceMeasures)

        out += "\n## 5. Who gets quoted\n\nThe speakers most outlets quote; per group, how many of its outlets quote them.\n\n"
        let speakers = view.speakers(report)
        out += Markdown.table(["speaker", "group", "outlets", "words quoted"] + view.groups.map(e), speakers.prefix(30).map { s in
            let outlets = Set(s.outlets)
            return [e(s.row.speaker), e(s.row.groupLabel ?? ""), "\(outlets.count) (\(ReportHTML.percent(outlets.count, n)))", "\(s.words)"]
                + view.groups.map { g in "\(view.members[g]!.filter { outlets.contains($0) }.count) of \(view.members[g]!.count)" }
        }, alignRight: Set(2...(3 + view.groups.count)))
        if speakers.count > 30 { out += "\n… and \(speakers.count - 30) more speakers (in the JSON report).\n" }

        out += "\n## 6. What outlets leave out\n\nWhat at least \(Int(ReportHTML.broadlyReported * 100)) % of the outlets report, and the outlets that do not.\n\n"
        let broad = view.broadOmissions(report)
        if n < 3 || broad.isEmpty { out += "Nothing is reported that widely and left out by others.\n" }
        for o in broad.prefix(30) {
            let text = o.display
            let inPart = o.reportedInPartBy.isEmpty ? "" : "; in part by \(e(Markdown.names(o.reportedInPartBy, limit: 8)))"
            let notBy = o.missingFrom.isEmpty ? "" : "; not by \(e(Markdown.names(o.missingFrom, limit: 8)))"
            out += "- \(o.kind): \(e(text)) — reported by \(o.reportedBy.count) of \(n)\(inPart)\(notBy)\n"
        }
        if broad.count > 30 { out += "- … and \(broad.count - 30) more (in the JSON report)\n" }

        out += "\n## 7. Distinctive words\n\nThe outlets whose own voice stands out most (log-odds z-score).\n\n"
        let ranked = ReportHTML.RowsView.rankedDistinctive(report)
        for d in ranked.prefix(25) {
            out += "- **\(e(d.outlet))**: " + d.words.prefix(5).map { e($0.word) + String(format: " %.1f", $0.z) }.joined(separator: ", ") + "\n"
        }
        if ranked.count > 25 { out += "- … and \(ranked.count - 25) more outlets\n" }

        out += "\n## 8. How to read this, and what it cannot show\n\n" + report.notes.map { "- " + e($0) + "\n" }.joined()
        out += "\n*Made by \(e(report.generator)). Each outlet’s detail and highlighted articles: the HTML report; everything as data: `slant report \(report.event.slug) --format json`.*\n"
        return out
    }
}

/// The report's counts in tidy long form: one row per event, outlet, article, category and voice.
public enum ReportCSV {
    public static func render(_ report: ComparisonReport) -> String {
        var out = "event,outlet,article,category,voice,voice_kind,count,rate_per_1000\n"
        for a in report.articles {
            for c in a.counts {
                out += CSV.row([report.event.slug, a.outlet, a.id, c.lexicon + "/" + c.category, c.voice.rawValue, CSV.voiceKind(c.voice),
                                String(c.count), String(c.ratePer1000)])
            }
        }
        return out
    }
}

/// `slant report --format csv --table omissions`: what each outlet leaves out in tidy long form, one row per omission
/// and outlet of the event, with the outlet's status (`reports`, `in_part` or `leaves_out`) and, where it reports it,
/// the span that shows so (offsets in Unicode scalars of the article's clean text).
public enum OmissionsCSV {
    public static let header = "event,omission,kind,key,text,outlet,status,reported_by,in_part_by,left_out_by,article,start,end,evidence\n"

    public static func render(_ report: ComparisonReport) -> String {
        var out = header
        let order = report.outlets.map(\.outlet)
        for (number, o) in report.omissions.enumerated() {
            let status = Dictionary(o.reportedBy.map { ($0, "reports") } + o.reportedInPartBy.map { ($0, "in_part") }
                                    + o.missingFrom.map { ($0, "leaves_out") }, uniquingKeysWith: { first, _ in first })
            let counts = [o.reportedBy.count, o.reportedInPartBy.count, o.missingFrom.count].map(String.init)
            for outlet in order {
                guard let state = status[outlet] else { continue }
                var cells = [report.event.slug, String(number + 1), o.kind.rawValue, o.key, o.text, outlet, state] + counts
                if let e = o.evidence.first(where: { $0.outlet == outlet }) {
                    cells += [e.article, String(e.start), String(e.end), e.text]
                } else {
                    cells += ["", "", "", ""]
                }
                out += CSV.row(cells)
            }
        }
        return out
    }
}
