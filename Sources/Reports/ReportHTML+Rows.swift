import Analysis
import Foundation
import Text

/// The framing report of an event with many outlets. Side-by-side columns stop reading well past a handful of outlets,
/// so here outlets are rows, outlet groups (when a groups file gives them) are columns, every measure leads with the
/// outlets furthest from the event's median, headlines are clustered by their dominant frame, and each outlet's full
/// detail (its own-voice words, what it leaves out, its highlighted articles) is on a page of its own next to the report.
extension ReportHTML {
    public enum Layout: String, Sendable, CaseIterable {
        /// Outlets side by side (the report of a handful of outlets).
        case columns
        /// Outlets as rows, groups as columns, detail on outlet pages.
        case rows
    }

    /// Up to this many outlets a report sets them side by side.
    public static let columnsUpTo = 8

    public static func layout(for report: ComparisonReport) -> Layout { report.outlets.count > columnsUpTo ? .rows : .columns }

    /// The report in a layout. In rows with `pages`, also each outlet's page (file name in `pages.folder`, HTML);
    /// without `pages` the outlets' detail is on the report page itself, folded.
    public static func render(_ report: ComparisonReport, layout: Layout, pages: Pages?) -> (report: String, pages: [(file: String, html: String)]) {
        guard layout == .rows else { return (render(report), []) }
        let context = Context(report, pages: pages)
        let view = RowsView(report)
        var body = HTML()
        body += rowsMasthead(report, view, context)
        body += warnings(report)
        body += section("outlets", "1. Outlets and timeline", dayHistogram(report) + outletRows(report, view, context))
        body += section("headlines", "2. Headlines by dominant frame", headlineClusters(report, view, context))
        body += section("frames", "3. Frame profile", measureSection(view.frameMeasures, view, context, intro:
            "Frame matches per 1,000 words of each outlet’s narration (its own sentences, quotations excluded), pooled over the outlets of each column. The outlets furthest from the median outlet come first; only outlets with at least \(RowsView.minimumWords) words in a voice are ranked."))
        body += section("own-voice", "4. In the outlet’s own voice", measureSection(view.ownVoiceMeasures, view, context, intro:
            "Loaded words, hedges, attribution verbs and distancing words per 1,000 words of each outlet’s own voice (quotations excluded).")
            + commonTerms(report, view))
        body += section("quotes", "5. Who gets quoted", speakerRows(report, view, context) + clusterRows(report, view, context))
        body += section("omissions", "6. What outlets leave out", omissionRows(report, view, context))
        body += section("distinctive", "7. Distinctive words", distinctiveRows(report, view, context))
        body += section("articles", "8. Each outlet in detail", outletDirectory(report, view, context))
        body += section("how-to-read", "9. How to read this, and what it cannot show",
                        .element("ul", [:], report.notes.reduce(HTML()) { $0 + .element("li", [:], .text($1)) }))
        body += .element("footer", [:], .text("Made by \(report.generator) from the corpus event “\(report.event.slug)” with the lexicons "
            + report.lexicons.map(\.name).joined(separator: ", ")
            + ". The same report as data: slant report \(report.event.slug) --format json (offsets are Unicode scalars into each article’s clean text)."))
        let page = HTML.page(title: "\(report.event.title) — slant framing report", css: Stylesheet.css + Stylesheet.report + Stylesheet.rows,
                             body: .element("main", [:], body))
        guard let pages else { return (page, []) }
        let anchors = anchorMap(report, context)
        let outletPages = Parallel.map(count: report.outlets.count) { k -> (file: String, html: String) in
            let outlet = report.outlets[k]
            var here = context
            here.current = outlet.outlet
            let body = .element("p", ["class": "kicker"], link(here.reportHref("top"), .text("← " + report.event.title)) + .text(" · slant framing report"))
                + outletDetail(outlet, report, view, here, anchors: anchors, heading: "h1")
            return (pages.files[outlet.outlet]!, HTML.page(title: "\(outlet.outlet) — \(report.event.title) — slant", css: Stylesheet.css + Stylesheet.report + Stylesheet.rows,
                                                           body: .element("main", ["id": "top"], body)))
        }
        return (page, outletPages)
    }

    // MARK: The numbers behind the rows

    /// One measure across the outlets: a lexicon category's matches and the words of the voice it is counted in.
    struct Measure {
        var lexicon: String
        var category: String
        var description: String
        /// Per outlet, in report order.
        var counts: [Int]
        var words: [Int]
        /// The first match of the category (in the measure's voice) in each outlet's articles, to link to.
        var evidence: [Place?]
        /// The median rate of the outlets with enough words (set once the counts are in).
        var medianRate = 0.0

        func rate(_ k: Int) -> Double { words[k] == 0 ? 0 : Double(counts[k]) / Double(words[k]) * 1000 }

        /// The median rate over the outlets with enough words.
        func median(_ ranked: [Int]) -> Double {
            let rates = ranked.map(rate).sorted()
            guard !rates.isEmpty else { return 0 }
            return rates.count % 2 == 1 ? rates[rates.count / 2] : (rates[rates.count / 2 - 1] + rates[rates.count / 2]) / 2
        }

        /// Pooled over some outlets: their matches per 1,000 of their words.
        func pooled(_ outlets: [Int]) -> (rate: Double, count: Int, words: Int) {
            let c = outlets.reduce(0) { $0 + counts[$1] }, w = outlets.reduce(0) { $0 + words[$1] }
            return (w == 0 ? 0 : Double(c) / Double(w) * 1000, c, w)
        }
    }

    /// What the rows layout shows, computed once from the report.
    struct RowsView {
        /// Outlets with fewer words than this in a voice are shown but not ranked on its measures.
        static let minimumWords = 150
        let outlets: [String]
        let index: [String: Int]
        /// Groups in name order ("(no group)" last, when some outlets have none); empty without a groups file.
        let groups: [String]
        let members: [String: [Int]]
        let frameMeasures: [Measure]
        let ownVoiceMeasures: [Measure]
        /// How many omissions each outlet has.
        let leftOut: [Int]
        /// Per outlet, the speakers it quotes: matrix row, words, quotes, and whether it quotes them first.
        let quoted: [[(row: Int, words: Int, quotes: Int, first: Bool)]]

        init(_ report: ComparisonReport) {
            outlets = report.outlets.map(\.outlet)
            index = Dictionary(uniqueKeysWithValues: outlets.enumerated().map { ($1, $0) })
            var members: [String: [Int]] = [:]
            if report.outlets.contains(where: { $0.group != nil }) {
                for (k, o) in report.outlets.enumerated() { members[o.group ?? "(no group)", default: []].append(k) }
            }
            self.members = members
            groups = members.keys.sorted { ($0 == "(no group)" ? 1 : 0, $0) < ($1 == "(no group)" ? 1 : 0, $1) }
            let index = self.index
            // The first match of each outlet, lexicon and category: in narration (what frame rates count), and in the
            // outlet's own voice (what own-voice rates count).
            var firstMatch: [String: Place] = [:]
            for a in report.articles {
                for m in a.matches {
                    let voices = (m.voice == .narration || m.voice == .scareQuote ? ["narration"] : []) + (m.voice.isOwn ? ["own"] : [])
                    for voice in voices {
                        let key = [a.outlet, m.lexicon, m.category, voice].joined(separator: "\u{1}")
                        if firstMatch[key] == nil { firstMatch[key] = Place(article: a.id, offset: m.start) }
                    }
                }
            }
            func evidence(_ outlet: String, _ lexicon: String, _ category: String, voice: String) -> Place? {
                firstMatch[[outlet, lexicon, category, voice].joined(separator: "\u{1}")]
            }
            var frames: [Measure] = []
            for chart in report.frames {
                let description = report.lexicons.first { $0.name == chart.lexicon }
                for category in chart.categories {
                    var m = Measure(lexicon: chart.lexicon, category: category,
                                    description: description?.categories.first { $0.name == category }?.description ?? "",
                                    counts: Array(repeating: 0, count: outlets.count), words: Array(repeating: 0, count: outlets.count),
                                    evidence: Array(repeating: nil, count: outlets.count))
                    for o in chart.outlets {
                        guard let k = index[o.outlet], let v = o.values.first(where: { $0.category == category && $0.voice == "narration" }) else { continue }
                        m.counts[k] = v.count
                        m.words[k] = v.words
                        m.evidence[k] = evidence(o.outlet, chart.lexicon, category, voice: "narration")
                    }
                    if m.counts.contains(where: { $0 > 0 }) { frames.append(m) }
                }
            }
            frameMeasures = frames.map { Self.withMedian($0) }
            var own: [Measure] = []
            for lexicon in report.lexicons where lexicon.kind != "frames" {
                for category in lexicon.categories {
                    var m = Measure(lexicon: lexicon.name, category: category.name, description: category.description,
                                    counts: Array(repeating: 0, count: outlets.count), words: Array(repeating: 0, count: outlets.count),
                                    evidence: Array(repeating: nil, count: outlets.count))
                    for card in report.ownVoice {
                        guard let k = index[card.outlet] else { continue }
                        m.words[k] = card.words
                        if let c = card.categories.first(where: { $0.lexicon == lexicon.name && $0.category == category.name }) {
                            m.counts[k] = c.count
                            m.evidence[k] = evidence(card.outlet, lexicon.name, category.name, voice: "own")
                        }
                    }
                    if m.counts.contains(where: { $0 > 0 }) { own.append(m) }
                }
            }
            ownVoiceMeasures = own.map { Self.withMedian($0) }
            var leftOut = Array(repeating: 0, count: outlets.count)
            for o in report.omissions { for name in o.missingFrom { if let k = index[name] { leftOut[k] += 1 } } }
            self.leftOut = leftOut
            var quoted = [[(row: Int, words: Int, quotes: Int, first: Bool)]](repeating: [], count: outlets.count)
            for (r, row) in report.quotes.matrix.enumerated() where row.level == .speaker {
                var sums: [Int: (row: Int, words: Int, quotes: Int, first: Bool)] = [:]
                for c in row.cells where c.words > 0 || c.quotes > 0 {
                    guard let k = index[c.outlet] else { continue }
                    let s = sums[k] ?? (r, 0, 0, false)
                    sums[k] = (r, s.words + c.words, s.quotes + c.quotes, s.first || c.first)
                }
                for (k, s) in sums { quoted[k].append(s) }
            }
            self.quoted = quoted.map { $0.sorted { $0.row < $1.row } }
        }

        /// A speaker with the outlets that quote them (indices, ascending), the words quoted and how many outlets
        /// quote them first.
        struct SpeakerRow { var row: QuoteMatrixRow; var outlets: [Int]; var words: Int; var first: Int }

        /// The speakers of the quote matrix, those most outlets quote first.
        func speakers(_ report: ComparisonReport) -> [SpeakerRow] {
            report.quotes.matrix.filter { $0.level == .speaker }.map { r -> SpeakerRow in
                let ks = Set(r.cells.filter { $0.words > 0 || $0.quotes > 0 }.compactMap { index[$0.outlet] }).sorted()
                return SpeakerRow(row: r, outlets: ks, words: r.cells.reduce(0) { $0 + $1.words }, first: r.cells.filter(\.first).count)
            }.sorted { a, b in
                // Quotations nobody is named for are no speaker: they come last, however many outlets print them.
                let unattributed = QuoteSelection.matrixSpeaker(actor: nil, speaker: nil)
                if (a.row.speaker == unattributed) != (b.row.speaker == unattributed) { return b.row.speaker == unattributed }
                return (b.outlets.count, b.words, a.row.speaker) < (a.outlets.count, a.words, b.row.speaker)
            }
        }

        /// Omissions reported by at least `broadlyReported` of the outlets.
        func broadOmissions(_ report: ComparisonReport) -> [Omission] {
            report.omissions.filter { Double($0.reportedBy.count) >= ReportHTML.broadlyReported * Double(outlets.count) }
        }

        /// Outlets with distinctive words, the one whose top word stands out most first.
        static func rankedDistinctive(_ report: ComparisonReport) -> [OutletDistinctive] {
            report.distinctive.filter { !$0.words.isEmpty }.sorted { a, b in (b.words[0].z, a.outlet) < (a.words[0].z, b.outlet) }
        }

        /// The outlets ranked on a measure: those with enough words.
        func ranked(_ m: Measure) -> [Int] { m.words.indices.filter { m.words[$0] >= Self.minimumWords } }

        static func withMedian(_ m: Measure) -> Measure {
            var m = m
            m.medianRate = m.median(m.words.indices.filter { m.words[$0] >= minimumWords })
            return m
        }

        /// The outlets furthest from the median on a measure, furthest first (ties in report order).
        func furthest(_ m: Measure, limit: Int) -> [Int] {
            let candidates = ranked(m), median = m.medianRate
            return candidates.filter { m.rate($0) != median }.sorted { (abs(m.rate($1) - median), $0) < (abs(m.rate($0) - median), $1) }.prefix(limit).map { $0 }
        }
    }

    /// A place in an article's text.
    struct Place { var article: String; var offset: Int }

    /// An outlet's value on a measure, linked to its first match when it has one.
    static func measureValue(_ m: Measure, _ k: Int, _ value: HTML, _ context: Context) -> HTML {
        guard let place = m.evidence[k] else { return value }
        return link(context.href(article: place.article, fragment: context.anchor(article: place.article, offset: place.offset)), value)
    }

    static func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "0 %" : "\(Int((Double(part) / Double(whole) * 100).rounded())) %" }

    /// An outlet's name linking to its page.
    static func outletLink(_ outlet: String, _ context: Context) -> HTML { link(context.outletHref(outlet), .text(outlet)) }

    /// Names, the first few shown and all of them behind a disclosure.
    static func folded(_ names: [HTML], shown: Int = 8, label: String) -> HTML {
        var out = HTML()
        for (k, n) in names.prefix(shown).enumerated() { out += (k > 0 ? .text(", ") : HTML()) + n }
        guard names.count > shown else { return out }
        var all = HTML()
        for (k, n) in names.enumerated() { all += (k > 0 ? .text(", ") : HTML()) + n }
        return out + .text(", …") + .element("details", ["class": "names"], .element("summary", [:], .text("all \(names.count) \(label)")) + .element("p", ["class": "small"], all))
    }

    // MARK: Sections

    /// The dominant frame of each headline, per frame lexicon: category (or "none") → headlines (article, outlet).
    static func headlineFrames(_ report: ComparisonReport, lexicon: String) -> [(category: String, headlines: [(outlet: String, headline: ReportHeadline)])] {
        var byCategory: [String: [(outlet: String, headline: ReportHeadline)]] = [:]
        for o in report.outlets {
            for h in o.headlines where !h.text.isEmpty {
                let category = h.frames.first { $0.lexicon == lexicon }?.category ?? "none"
                byCategory[category, default: []].append((o.outlet, h))
            }
        }
        return byCategory.map { ($0.key, $0.value) }.sorted { a, b in
            (a.category == "none" ? 1 : 0, -a.headlines.count, a.category) < (b.category == "none" ? 1 : 0, -b.headlines.count, b.category)
        }
    }

    static func rowsMasthead(_ report: ComparisonReport, _ view: RowsView, _ context: Context) -> HTML {
        var meta: [String] = ["\(report.outlets.count) outlets", "\(report.articles.count) articles"]
        if !view.groups.isEmpty {
            meta.append("groups: " + view.groups.map { "\($0) \(view.members[$0]!.count)" }.joined(separator: ", "))
        }
        if let start = report.event.start { meta.append(start + (report.event.end.map { " – " + $0 } ?? "")) }
        meta.append("lexicons: " + report.lexicons.map(\.name).joined(separator: ", "))
        // The main frame split: each frame lexicon's dominant frames of the headlines, one line each.
        var split = HTML()
        for lexicon in report.lexicons where lexicon.kind == "frames" {
            let clusters = headlineFrames(report, lexicon: lexicon.name)
            let total = clusters.reduce(0) { $0 + $1.headlines.count }
            guard total > 0 else { continue }
            var parts = HTML()
            for (k, c) in clusters.prefix(5).enumerated() {
                parts += (k > 0 ? .text(" · ") : HTML()) + .element("strong", [:], .text(c.category))
                    + .text(" \(c.headlines.count) (\(percent(c.headlines.count, total)))")
            }
            if clusters.count > 5 { parts += .text(" · \(clusters.count - 5) more") }
            split += .element("p", ["class": "split"], .text("Dominant frame of the \(total) headlines (\(lexicon.name)): ") + parts)
        }
        let toc = [("outlets", "Outlets"), ("headlines", "Headlines"), ("frames", "Frames"), ("own-voice", "Own voice"),
                   ("quotes", "Quotes"), ("omissions", "Omissions"), ("distinctive", "Words"), ("articles", "Each outlet"),
                   ("how-to-read", "How to read")]
        return .element("header", ["class": "masthead", "id": "top"],
                        .element("p", ["class": "kicker"], .text("slant · framing report"))
                        + .element("h1", [:], .text(report.event.title))
                        + (report.event.description.isEmpty ? HTML() : .element("p", ["class": "lede"], .text(report.event.description)))
                        + .element("p", ["class": "muted"], .text(meta.joined(separator: " · ")))
                        + split
                        + .element("nav", ["class": "toc"], toc.enumerated().reduce(HTML()) { acc, item in
                            acc + link("#" + item.element.0, .text("\(item.offset + 1) \(item.element.1)"))
                        }))
    }

    /// Articles per day as bars, with the event's dates.
    static func dayHistogram(_ report: ComparisonReport) -> HTML {
        var perDay: [Int: Int] = [:]
        for entry in report.timeline { if let d = entry.date.flatMap(day) { perDay[d, default: 0] += 1 } }
        let undated = report.timeline.count - perDay.values.reduce(0, +)
        guard let first = perDay.keys.min(), let lastDay = perDay.keys.max() else {
            return .element("p", ["class": "muted"], .text("No article has a publication date."))
        }
        let last = max(lastDay, first + 1)
        let width = 1000.0, left = 20.0, right = 20.0, top = 20.0, height = 70.0
        let maxCount = perDay.values.max() ?? 1
        // A day is at most 60 units wide; a short span sits centred.
        let slot = min(60, (width - left - right) / Double(last - first + 1))
        let start = left + ((width - left - right) - slot * Double(last - first + 1)) / 2
        func x(_ d: Int) -> Double { start + Double(d - first) * slot }
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(top + height + 24))\" role=\"img\" aria-label=\"Articles per day\">"
        svg += "<line x1=\"\(number(left))\" y1=\"\(number(top + height))\" x2=\"\(number(width - right))\" y2=\"\(number(top + height))\" class=\"axis\"/>"
        // Labels (counts above the bars, days and months below) are set only where they do not run into another.
        var above: [(Double, Double)] = [], below: [(Double, Double)] = []
        func free(_ lane: inout [(Double, Double)], _ center: Double, _ text: String) -> Bool {
            let half = Double(text.count) * 3.6 + 4
            guard !lane.contains(where: { center - half < $0.1 && center + half > $0.0 }) else { return false }
            lane.append((center - half, center + half))
            return true
        }
        let peak = perDay.filter { $0.value == maxCount }.keys.sorted()
        for (d, n) in perDay.sorted(by: { $0.key < $1.key }) {
            let h = max(2, Double(n) / Double(maxCount) * (height - 16))
            let date = isoDay(d)
            svg += "<rect x=\"\(number(x(d) + slot * 0.1))\" y=\"\(number(top + height - h))\" width=\"\(number(max(1.5, slot * 0.8)))\" height=\"\(number(h))\" class=\"dot\"><title>\(HTML.escape(date)): \(n) article\(n == 1 ? "" : "s")</title></rect>"
        }
        for (d, n) in perDay.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) where free(&above, x(d) + slot / 2, "\(n)") {
            let h = max(2, Double(n) / Double(maxCount) * (height - 16))
            svg += "<text x=\"\(number(x(d) + slot / 2))\" y=\"\(number(top + height - h - 4))\" class=\"tick-label\">\(n)</text>"
        }
        // Days with the most articles first, then the months.
        for d in perDay.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).map(\.key) where perDay.count <= 12 || peak.contains(d) {
            let label = String(isoDay(d).suffix(5))
            if free(&below, x(d) + slot / 2, label) {
                svg += "<text x=\"\(number(x(d) + slot / 2))\" y=\"\(number(top + height + 18))\" class=\"tick-label\">\(HTML.escape(label))</text>"
            }
        }
        for (d, text) in monthTicks(first, last) where free(&below, x(d), text) {
            svg += "<text x=\"\(number(x(d)))\" y=\"\(number(top + height + 18))\" class=\"tick-label\">\(HTML.escape(text))</text>"
        }
        svg += "</svg>"
        var note = "Articles per day, \(isoDay(first)) to \(isoDay(lastDay))."
        if undated > 0 { note += " \(undated) of \(report.timeline.count) articles are undated." }
        return HTML(raw: svg) + .element("p", ["class": "muted"], .text(note))
    }

    static func isoDay(_ d: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(d) * 86400))
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    static func outletRows(_ report: ComparisonReport, _ view: RowsView, _ context: Context) -> HTML {
        var rows = HTML()
        let showGroups = !view.groups.isEmpty
        for (k, outlet) in report.outlets.enumerated() {
            let dates = report.articles.filter { outlet.articles.contains($0.id) }.compactMap { $0.date.map { String($0.prefix(10)) } }
            var cells: [(HTML, String?)] = []
            if showGroups { cells.append((.text(outlet.group ?? ""), nil)) }
            cells += [(.text("\(outlet.articles.count)"), "num"), (.text(dates.min() ?? "–"), "num"),
                      (.text("\(outlet.words(.own))"), "num"), (.text("\(outlet.words(.quoted))"), "num"),
                      (.text("\(outlet.quotes)"), "num"), (.text("\(outlet.speakers)"), "num"), (.text("\(view.leftOut[k])"), "num")]
            rows += HTML.row(header: outletLink(outlet.outlet, context), cells)
        }
        let head = "<thead><tr><th>outlet</th>" + (showGroups ? "<th>group</th>" : "")
            + "<th class=\"num\">articles</th><th class=\"num\">date</th><th class=\"num\">own words</th><th class=\"num\">quoted words</th><th class=\"num\">quotes</th><th class=\"num\">speakers</th><th class=\"num\">leaves out</th></tr></thead>"
        var groupTable = HTML()
        if showGroups {
            var body = HTML()
            for g in view.groups {
                let ks = view.members[g]!
                let own = ks.reduce(0) { $0 + report.outlets[$1].words(.own) }, quoted = ks.reduce(0) { $0 + report.outlets[$1].words(.quoted) }
                body += HTML.row(header: .text(g), [(.text("\(ks.count)"), "num"), (.text("\(ks.reduce(0) { $0 + report.outlets[$1].articles.count })"), "num"),
                                                    (.text("\(own)"), "num"), (.text("\(quoted)"), "num"),
                                                    (.text(percent(quoted, own + quoted)), "num")])
            }
            groupTable = .element("table", ["class": "compact"], HTML(raw: "<thead><tr><th>group</th><th class=\"num\">outlets</th><th class=\"num\">articles</th><th class=\"num\">own words</th><th class=\"num\">quoted words</th><th class=\"num\">share quoted</th></tr></thead>")
                                  + .element("tbody", [:], body))
        }
        return groupTable + .element("details", ["class": "rows"], .element("summary", [:], .text("All \(report.outlets.count) outlets: articles, dates, words, quotes, omissions"))
                                     + .element("div", ["class": "scroll"], .element("table", ["class": "compact"], HTML(raw: head) + .element("tbody", [:], rows))))
    }

    static func headlineClusters(_ report: ComparisonReport, _ view: RowsView, _ context: Context) -> HTML {
        var out = HTML()
        out += .element("p", ["class": "legend"], .text("Each headline’s dominant frame is the frame category with the most weight among its matches. Outlets that print the same headline are listed together; highlighted: ")
                         + .element("span", ["class": "scare"], .text("scare quotes")) + .text(" and ")
                         + .element("span", ["class": "loaded"], .text("loaded words")) + .text(" in the outlet’s own voice."))
        let frameLexicons = report.lexicons.filter { $0.kind == "frames" }.map(\.name)
        let articleIndex = context.articleIndex
        for lexicon in frameLexicons {
            let clusters = headlineFrames(report, lexicon: lexicon)
            guard !clusters.isEmpty else { continue }
            let total = clusters.reduce(0) { $0 + $1.headlines.count }
            out += .element("h3", [:], .text(lexicon))
            // The split, and by group.
            var head = "<thead><tr><th>dominant frame</th><th class=\"num\">headlines</th>"
            for g in view.groups { head += "<th class=\"num\">\(HTML.escape(g))</th>" }
            head += "</tr></thead>"
            var body = HTML()
            for c in clusters {
                var cells: [(HTML, String?)] = [(.text("\(c.headlines.count) (\(percent(c.headlines.count, total)))"), "num")]
                for g in view.groups {
                    let inGroup = Set(view.members[g]!.map { view.outlets[$0] })
                    let n = c.headlines.filter { inGroup.contains($0.outlet) }.count
                    let all = report.outlets.filter { inGroup.contains($0.outlet) }.reduce(0) { $0 + $1.headlines.filter { !$0.text.isEmpty }.count }
                    cells.append((.text("\(n) (\(percent(n, all)))"), "num"))
                }
                body += HTML.row(header: link("#hl-\(slug(lexicon))-\(slug(c.category))", .text(c.category)), cells)
            }
            out += .element("div", ["class": "scroll"], .element("table", ["class": "compact"], HTML(raw: head) + .element("tbody", [:], body)))
            // Each cluster: its distinct headlines, most printed first.
            for c in clusters {
                var texts: [String: [(outlet: String, headline: ReportHeadline)]] = [:]
                for h in c.headlines { texts[h.headline.text, default: []].append(h) }
                let distinct = texts.values.sorted { ($1.count, $0[0].headline.text) < ($0.count, $1[0].headline.text) }
                var items = HTML(), rest = HTML()
                for (k, group) in distinct.enumerated() {
                    let h = group[0].headline
                    var highlights: [Highlight] = h.scareQuotes.map { Highlight(start: $0.start, end: $0.end, classes: ["scare"], label: "scare quotes") }
                    highlights += h.ownVoiceTerms.map {
                        Highlight(start: $0.start, end: $0.end, classes: [family(lexicon: $0.lexicon, category: $0.category, frameLexicons: frameLexicons)], label: "\($0.lexicon): \($0.category)")
                    }
                    let text: HTML = articleIndex[h.article].map { i in
                        Highlighter.render(text: report.articles[i].text, blocks: [(TextSpan(h.start, h.end), "span")], highlights: highlights, anchors: [:])
                    } ?? .text(h.text)
                    let item = HTML.element("li", [:], .element("span", ["class": "headline-line"], text) + .element("span", ["class": "muted small"], .text(" — "))
                                            + .element("span", ["class": "small"], folded(group.map { outletLink($0.outlet, context) }, shown: 6, label: "outlets")))
                    if k < 8 { items += item } else { rest += item }
                }
                var block = HTML.element("ul", ["class": "headlines"], items)
                if distinct.count > 8 {
                    block += .element("details", [:], .element("summary", [:], .text("\(distinct.count - 8) more headlines")) + .element("ul", ["class": "headlines"], rest))
                }
                out += .element("div", ["class": "frame-cluster", "id": "hl-\(slug(lexicon))-\(slug(c.category))"],
                                .element("h4", [:], .text("\(c.category) — \(c.headlines.count) headline\(c.headlines.count == 1 ? "" : "s"), \(distinct.count) distinct")) + block)
            }
        }
        return out
    }

    /// A table of measures: pooled over all outlets, the median outlet, each group, and the outlets furthest from the
    /// median; then every outlet's value, outlets furthest from the medians overall first.
    static func measureSection(_ measures: [Measure], _ view: RowsView, _ context: Context, intro: String) -> HTML {
        guard !measures.isEmpty else { return .element("p", ["class": "muted"], .text("No outlet uses these lexicons’ words.")) }
        var out = HTML.element("p", ["class": "legend"], .text(intro))
        let everyone = Array(view.outlets.indices)
        var head = "<thead><tr><th>measure</th><th class=\"num\">all outlets</th><th class=\"num\">median outlet</th>"
        for g in view.groups { head += "<th class=\"num\">\(HTML.escape(g))</th>" }
        head += "<th>furthest from the median</th></tr></thead>"
        var body = HTML()
        for m in measures {
            let all = m.pooled(everyone), median = m.medianRate
            var cells: [(HTML, String?)] = [
                (HTML.element("span", ["title": "\(all.count) in \(all.words) words"], .text(number(all.rate))), "num"), (.text(number(median)), "num"),
            ]
            for g in view.groups {
                let p = m.pooled(view.members[g]!)
                cells.append((.element("span", ["title": "\(p.count) in \(p.words) words"], .text(number(p.rate))), "num"))
            }
            var furthest = HTML()
            for (n, k) in view.furthest(m, limit: 3).enumerated() {
                if n > 0 { furthest += .text("; ") }
                let value = HTML.text("\(number(m.rate(k))) (\(m.counts[k]) in \(m.words[k]))")
                furthest += outletLink(view.outlets[k], context) + .text(" ")
                    + measureValue(m, k, value, context)
            }
            let name = HTML.text(m.category) + .element("span", ["class": "muted small"], .text(" " + m.lexicon))
            body += HTML.row(header: m.description.isEmpty ? name : .element("span", ["title": m.description], name), cells + [(furthest, "small")])
        }
        out += .element("div", ["class": "scroll"], .element("table", ["class": "compact measures"], HTML(raw: head) + .element("tbody", [:], body)))
        // Every outlet, furthest from the medians overall first.
        let medians = measures.map(\.medianRate)
        let distance = view.outlets.indices.map { k in
            zip(measures, medians).reduce(0.0) { $0 + ($1.0.words[k] >= RowsView.minimumWords ? abs($1.0.rate(k) - $1.1) : 0) }
        }
        let order = view.outlets.indices.sorted { (distance[$1], $0) < (distance[$0], $1) }
        var fullHead = "<thead><tr><th>outlet</th><th class=\"num\">words</th>"
        for m in measures { fullHead += "<th class=\"num\" title=\"\(HTML.escape(m.lexicon))\">\(HTML.escape(m.category))</th>" }
        fullHead += "<th class=\"num\">distance</th></tr></thead>"
        var rows = ""
        for k in order {
            var row = "<tr><th scope=\"row\">" + outletLink(view.outlets[k], context).markup + "</th><td class=\"num\">\(measures[0].words[k])</td>"
            for m in measures {
                row += m.counts[k] == 0 ? "<td class=\"num muted\">·</td>" : "<td class=\"num\" title=\"\(m.counts[k]) in \(m.words[k]) words\">\(number(m.rate(k)))</td>"
            }
            rows += row + "<td class=\"num\">\(number(distance[k]))</td></tr>"
        }
        out += .element("details", ["class": "rows"], .element("summary", [:], .text("Every outlet’s rates (per 1,000 words), furthest from the medians first"))
                        + .element("div", ["class": "scroll"], .element("table", ["class": "compact"], HTML(raw: fullHead) + .element("tbody", [:], HTML(raw: rows)))))
        return out
    }

    /// The terms most outlets use in their own voice, per category.
    static func commonTerms(_ report: ComparisonReport, _ view: RowsView) -> HTML {
        var byCategory: [String: [String: Set<String>]] = [:]      // "lexicon: category" → term → outlets
        var order: [String] = []
        for card in report.ownVoice {
            for c in card.categories {
                let key = "\(c.lexicon): \(c.category)"
                if byCategory[key] == nil { order.append(key) }
                for t in c.terms { byCategory[key, default: [:]][t.evidence[0].text.lowercased(), default: []].insert(card.outlet) }
            }
        }
        guard !order.isEmpty else { return HTML() }
        var items = HTML()
        for key in order.sorted() {
            let terms = byCategory[key]!.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.prefix(10)
            items += .element("li", [:], .element("strong", [:], .text(key)) + .text(": "
                + terms.map { "\($0.key) (\($0.value.count))" }.joined(separator: ", ")))
        }
        return .element("h3", [:], .text("The words most outlets use (number of outlets)")) + .element("ul", ["class": "small"], items)
    }

    static func speakerRows(_ report: ComparisonReport, _ view: RowsView, _ context: Context) -> HTML {
        let rows = view.speakers(report)
        guard !rows.isEmpty else { return .element("p", ["class": "muted"], .text("No quotations found.")) }
        var head = "<thead><tr><th>speaker</th><th>group</th><th class=\"num\">outlets</th><th class=\"num\">words quoted</th><th class=\"num\">quoted first</th>"
        for g in view.groups { head += "<th>\(HTML.escape(g))</th>" }
        if view.groups.isEmpty { head += "<th>outlets quoting</th>" }
        head += "</tr></thead>"
        var body = HTML()
        let shown = 30
        for r in rows.prefix(shown) {
            var cells: [(HTML, String?)] = [(.text(r.row.groupLabel ?? ""), "muted"),
                                             (.text("\(r.outlets.count) (\(percent(r.outlets.count, view.outlets.count)))"), "num"),
                                             (.text("\(r.words)"), "num"), (.text("\(r.first)"), "num")]
            let columns: [(String, [Int])] = view.groups.isEmpty ? [("outlets", Array(view.outlets.indices))] : view.groups.map { ($0, view.members[$0]!) }
            for (_, members) in columns {
                let inCell = r.outlets.filter { Set(members).contains($0) }
                let label = view.groups.isEmpty ? "" : "\(inCell.count) of \(members.count)"
                cells.append((inCell.isEmpty ? .text(view.groups.isEmpty ? "–" : label)
                    : .element("details", ["class": "names"], .element("summary", [:], .text(view.groups.isEmpty ? "\(inCell.count) outlets" : label))
                               + .element("p", ["class": "small"], inCell.enumerated().reduce(HTML()) { $0 + ($1.offset > 0 ? .text(", ") : HTML()) + outletLink(view.outlets[$1.element], context) })),
                              "small"))
            }
            body += HTML.row(header: .text(r.row.speaker), cells)
        }
        var out = HTML.element("p", ["class": "legend"], .text("The speakers most outlets quote, with how many outlets in each group quote them (open a cell for the outlets)."))
        out += .element("div", ["class": "scroll"], .element("table", ["class": "compact matrix"], HTML(raw: head) + .element("tbody", [:], body)))
        if rows.count > shown { out += .element("p", ["class": "muted"], .text("… and \(rows.count - shown) more speakers (in the JSON report and on the outlet pages).")) }
        return out
    }

    static func clusterRows(_ report: ComparisonReport, _ view: RowsView, _ context: Context) -> HTML {
        var out = HTML.element("h3", [:], .text("The same quotation, cut differently"))
        let clusters = report.quotes.clusters.sorted { ($1.outlets.count, $0.id) < ($0.outlets.count, $1.id) }
        guard !clusters.isEmpty else { return out + .element("p", ["class": "muted"], .text("No quotation appears in more than one outlet.")) }
        out += .element("p", ["class": "legend"], .text("The quotations most outlets carry; under each, the cuts outlets made of it (kept words highlighted), the most common first."))
        let shown = 12
        for cluster in clusters.prefix(shown) {
            var cuts: [String: [QuoteClusterMember]] = [:]
            for m in cluster.members { cuts["\(m.covers.start)-\(m.covers.end)", default: []].append(m) }
            let ordered = cuts.values.sorted { ($1.count, $0[0].covers.start, $0[0].covers.end) < ($0.count, $1[0].covers.start, $1[0].covers.end) }
            let kept = ScalarText(cluster.text)
            var items = HTML()
            for members in ordered.prefix(4) {
                let m = members[0], covers = m.covers
                let outlets = members.map(\.outlet).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                items += .element("li", [:],
                                  .element("span", ["class": "muted"], .text("\(outlets.count) outlet\(outlets.count == 1 ? "" : "s") · \(QuoteShare.phrase(m.share)): "))
                                  + .element("span", ["class": "small"], folded(outlets.map { o in
                                      let e = members.first { $0.outlet == o }!
                                      return link(context.evidence(Evidence(outlet: o, article: e.article, start: e.start, end: e.end, text: e.text)), .text(o))
                                  }, shown: 5, label: "outlets"))
                                  + .element("blockquote", [:], .element("span", ["class": "cut"], .text(kept[TextSpan(0, covers.start)]))
                                             + .element("span", ["class": "kept"], .text(kept[covers])) + .element("span", ["class": "cut"], .text(kept[TextSpan(covers.end, kept.count)]))))
            }
            if ordered.count > 4 { items += .element("li", ["class": "muted"], .text("… and \(ordered.count - 4) other cuts")) }
            out += .element("div", ["class": "cluster"],
                            .element("p", [:], .element("strong", [:], .text(cluster.actor ?? cluster.speaker ?? "Unattributed"))
                                     + .element("span", ["class": "muted"], .text(" · quoted by \(cluster.outlets.count) outlets (\(percent(cluster.outlets.count, view.outlets.count)))")))
                            + .element("ul", ["class": "members"], items))
        }
        if clusters.count > shown { out += .element("p", ["class": "muted"], .text("… and \(clusters.count - shown) more shared quotations (in the JSON report).")) }
        return out
    }

    /// Share of outlets that must report a fact for the headline list of omissions.
    static let broadlyReported = 0.8

    static func omissionRows(_ report: ComparisonReport, _ view: RowsView, _ context: Context) -> HTML {
        guard report.outlets.count >= 3 else {
            return .element("p", ["class": "muted"], .text("Omissions need at least three outlets: a fact most outlets report and one leaves out."))
        }
        let n = view.outlets.count
        let broad = view.broadOmissions(report)
        var out = HTML.element("p", ["class": "legend"], .text("What at least \(Int(broadlyReported * 100)) % of the outlets report, and the outlets that do not, most widely reported first. Statements are sentences the aligner matched across outlets; facts are numbers with what they count, dates, named actors, places and names. Each item links to where an outlet reports it; each outlet’s page lists everything it leaves out."))
        func item(_ o: Omission) -> HTML {
            let kind = omissionKinds.first { $0.0 == o.kind }?.1 ?? o.kind.rawValue
            let text = o.display
            let source = o.evidence.first.map { e in link(context.evidence(e), .text("where \(e.outlet) reports it"), title: "“\(e.text)”") } ?? HTML()
            return .element("li", [:], .element("span", ["class": "muted small"], .text(kind + " · ")) + .text(text)
                            + .element("div", ["class": "small muted"], .text("reported by \(o.reportedBy.count) of \(n) (\(percent(o.reportedBy.count, n))) · ") + source
                                       + (o.reportedInPartBy.isEmpty ? HTML() : .text(" · in part by: ")
                                          + folded(o.reportedInPartBy.map { outletLink($0, context) }, shown: 6, label: "outlets"))
                                       + (o.missingFrom.isEmpty ? HTML() : .text(" · not by: ")
                                          + folded(o.missingFrom.map { outletLink($0, context) }, shown: 6, label: "outlets"))))
        }
        if broad.isEmpty {
            out += .element("p", ["class": "muted"], .text("Nothing is reported by \(Int(broadlyReported * 100)) % of the outlets and left out by others."))
        } else {
            out += .element("ol", ["class": "omissions"], broad.prefix(30).reduce(HTML()) { $0 + item($1) })
            if broad.count > 30 { out += .element("p", ["class": "muted"], .text("… and \(broad.count - 30) more (in the JSON report).")) }
        }
        let rest = report.omissions.filter { Double($0.reportedBy.count) < broadlyReported * Double(n) }
        if !rest.isEmpty {
            out += .element("details", ["class": "rows"], .element("summary", [:], .text("\(rest.count) more reported by more than half of the outlets"))
                            + .element("ol", ["class": "omissions"], rest.prefix(40).reduce(HTML()) { $0 + item($1) }))
        }
        // The outlets that leave out most of what is widely reported.
        var missing = Array(repeating: 0, count: n)
        for o in broad { for name in o.missingFrom { if let k = view.index[name] { missing[k] += 1 } } }
        let worst = view.outlets.indices.filter { missing[$0] > 0 }.sorted { (missing[$1], $0) < (missing[$0], $1) }
        if !worst.isEmpty {
            out += .element("h3", [:], .text("The outlets that leave out most of it"))
            out += .element("p", ["class": "small"], folded(worst.map { k in outletLink(view.outlets[k], context) + .text(" \(missing[k])") }, shown: 15, label: "outlets"))
        }
        return out
    }

    static func distinctiveRows(_ report: ComparisonReport, _ view: RowsView, _ context: Context) -> HTML {
        let ranked = RowsView.rankedDistinctive(report)
        guard !ranked.isEmpty else { return .element("p", ["class": "muted"], .text("No word sets an outlet apart.")) }
        var body = HTML()
        for d in ranked.prefix(25) {
            let words = d.words.prefix(5).map { "\($0.word) \(String(format: "%.1f", $0.z))" }.joined(separator: ", ")
            body += HTML.row(header: outletLink(d.outlet, context), [(.text(words), nil)])
        }
        var out = HTML.element("p", ["class": "legend"], .text("The outlets whose own voice stands out most from the rest of the event, with their most distinctive words (log-odds z-score; under 2 is weak evidence). Every outlet’s list is on its page."))
        out += .element("table", ["class": "compact"], HTML(raw: "<thead><tr><th>outlet</th><th>words (z)</th></tr></thead>") + .element("tbody", [:], body))
        if ranked.count > 25 { out += .element("p", ["class": "muted"], .text("… and \(ranked.count - 25) more outlets.")) }
        return out
    }

    static func outletDirectory(_ report: ComparisonReport, _ view: RowsView, _ context: Context) -> HTML {
        if context.pages != nil {
            var items = HTML()
            for o in report.outlets { items += .element("li", [:], outletLink(o.outlet, context)) }
            return .element("p", ["class": "legend"], .text("Each outlet has a page: its headlines, its rates beside the event’s medians, its own-voice words, who it quotes, what it leaves out, and its articles with every match highlighted."))
                + .element("ul", ["class": "directory"], items)
        }
        let anchors = anchorMap(report, context)
        var out = HTML.element("p", ["class": "legend"], .text("Each outlet’s detail: its headlines, its rates beside the event’s medians, its own-voice words, who it quotes, what it leaves out, and its articles with every match highlighted."))
        for o in report.outlets {
            out += .element("details", ["class": "outlet-detail", "id": "outlet-\(view.index[o.outlet]!)"],
                            .element("summary", [:], .text(o.outlet)) + outletDetail(o, report, view, context, anchors: anchors, heading: "h3"))
        }
        return out
    }

    /// One outlet's detail: what its page shows.
    static func outletDetail(_ outlet: OutletSummary, _ report: ComparisonReport, _ view: RowsView, _ context: Context,
                             anchors: [Int: [Int: String]], heading: String) -> HTML {
        let k = view.index[outlet.outlet]!
        var out = HTML.element(heading, [:], .text(outlet.outlet))
        var meta = ["\(outlet.articles.count) article\(outlet.articles.count == 1 ? "" : "s")", "\(outlet.words(.own)) words in its own voice",
                    "\(outlet.words(.quoted)) quoted", "\(outlet.quotes) quotes from \(outlet.speakers) speakers"]
        if let g = outlet.group { meta.insert("group: \(g)", at: 0) }
        out += .element("p", ["class": "muted"], .text(meta.joined(separator: " · ")))
        // Headlines and their frames.
        var headlines = HTML()
        for h in outlet.headlines {
            let frames = h.frames.map { "\($0.lexicon): \($0.category ?? "none")" }.joined(separator: "; ")
            headlines += .element("li", [:], link(context.articleAnchor(h.article), .text(h.text.isEmpty ? "(no headline)" : h.text))
                                  + .element("span", ["class": "muted small"], .text(" — dominant frame " + frames)))
        }
        out += .element("ul", [:], headlines)
        // Its rates beside the event's.
        var rows = HTML()
        for m in view.frameMeasures + view.ownVoiceMeasures where m.counts[k] > 0 || m.medianRate > 0 {
            let median = m.medianRate
            let value = HTML.text("\(number(m.rate(k))) (\(m.counts[k]) in \(m.words[k]))")
            let linked = measureValue(m, k, value, context)
            rows += HTML.row(header: .text(m.category) + .element("span", ["class": "muted small"], .text(" " + m.lexicon)),
                             [(linked, "num"), (.text(number(median)), "num"), (.text((m.rate(k) >= median ? "+" : "") + number(m.rate(k) - median)), "num")])
        }
        out += .element(heading == "h1" ? "h2" : "h4", [:], .text("Rates beside the event’s median outlet (per 1,000 words)"))
        out += .element("div", ["class": "scroll"], .element("table", ["class": "compact"], HTML(raw: "<thead><tr><th>measure</th><th class=\"num\">this outlet</th><th class=\"num\">median outlet</th><th class=\"num\">difference</th></tr></thead>") + .element("tbody", [:], rows)))
        // Who it quotes.
        var quoted = HTML()
        for q in view.quoted[k] {
            let r = report.quotes.matrix[q.row]
            quoted += HTML.row(header: .text(r.speaker), [(.text(r.groupLabel ?? ""), "muted"), (.text("\(q.words)"), "num"), (.text("\(q.quotes)"), "num"),
                                                          (.text(q.first ? "★" : ""), nil)])
        }
        out += .element(heading == "h1" ? "h2" : "h4", [:], .text("Who it quotes"))
        out += quoted.markup.isEmpty ? .element("p", ["class": "muted"], .text("No quotations."))
            : .element("table", ["class": "compact"], HTML(raw: "<thead><tr><th>speaker</th><th>group</th><th class=\"num\">words</th><th class=\"num\">quotes</th><th>first</th></tr></thead>") + .element("tbody", [:], quoted))
        // Own voice, omissions, distinctive words.
        var cards = HTML()
        if let card = report.ownVoice.first(where: { $0.outlet == outlet.outlet }) { cards += ownVoiceCard(card, report, context) }
        cards += omissionCard(outlet.outlet, report, context)
        if let d = report.distinctive.first(where: { $0.outlet == outlet.outlet }) { cards += distinctiveCard(d) }
        out += .element("div", ["class": "cards wide"], cards)
        // The articles.
        out += .element(heading == "h1" ? "h2" : "h4", [:], .text("The article\(outlet.articles.count == 1 ? "" : "s")"))
        out += articleLegend(report)
        for id in outlet.articles {
            guard let i = context.articleIndex[id] else { continue }
            out += article(i, report, context, anchors: anchors[i] ?? [:])
        }
        return out
    }
}
