import Analysis
import Foundation
import Text

/// Renders a `ComparisonReport` as one self-contained HTML page: inline CSS and SVG, no scripts, no remote resources.
/// Every piece of article text goes through `HTML.escape`; links leave the page only for http(s) article URLs.
public enum ReportHTML {
    public static func render(_ report: ComparisonReport) -> String {
        let context = Context(report)
        var body = HTML()
        body += masthead(report)
        body += warnings(report)
        body += section("outlets", "1. Outlets and timeline", timeline(report) + outletTable(report))
        body += section("headlines", "2. Headlines", headlines(report, context))
        body += section("frames", "3. Frame profile", frames(report, context))
        body += section("own-voice", "4. In the outlet’s own voice", ownVoice(report, context))
        body += section("quotes", "5. Who gets quoted", quotes(report, context))
        body += section("omissions", "6. What each outlet leaves out", omissions(report, context))
        body += section("distinctive", "7. Distinctive words", distinctive(report))
        body += section("articles", "8. The articles", articles(report, context))
        body += section("how-to-read", "9. How to read this, and what it cannot show",
                        .element("ul", [:], report.notes.reduce(HTML()) { $0 + .element("li", [:], .text($1)) }))
        body += .element("footer", [:], .text("Made by \(report.generator) from the corpus event “\(report.event.slug)” with the lexicons "
            + report.lexicons.map(\.name).joined(separator: ", ")
            + ". The same report as data: slant report \(report.event.slug) --format json (offsets are Unicode scalars into each article’s clean text)."))
        return HTML.page(title: "\(report.event.title) — slant framing report", css: Stylesheet.css + Stylesheet.report,
                         body: .element("main", [:], body))
    }

    /// Warnings, each summary with the first outlets it concerns and the rest behind a disclosure.
    static func warnings(_ report: ComparisonReport) -> HTML {
        guard !report.warnings.isEmpty else { return HTML() }
        var items = HTML()
        for w in report.warnings {
            var item = HTML.text(w.message)
            if w.outlets.count > 1 {
                item += .text(" ") + .element("details", ["class": "names"], .element("summary", [:], .text("which"))
                                              + .element("p", ["class": "small"], .text(w.outlets.joined(separator: ", "))))
            }
            items += .element("li", [:], item)
        }
        return section("warnings", "Before you compare", .element("ul", ["class": "warnings"], items))
    }

    // MARK: Shared pieces

    /// Where the outlet pages of a report are: each outlet's detail and articles on a page of its own, in a folder
    /// next to the report (reports with many outlets).
    public struct Pages: Sendable {
        /// The folder, relative to the report.
        public var folder: String
        /// The report's file name, for links back from the outlet pages.
        public var report: String
        /// Each outlet's page, a file name in the folder.
        public var files: [String: String]

        public init(folder: String, report: String, outlets: [String]) {
            self.folder = folder
            self.report = report
            var files: [String: String] = [:], taken: Set<String> = []
            for outlet in outlets {
                let base = ReportHTML.slug(outlet).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
                var name = (base.isEmpty ? "outlet" : String(base.prefix(60))) + ".html", k = 2
                while taken.contains(name) { name = "\(base.isEmpty ? "outlet" : String(base.prefix(60)))-\(k).html"; k += 1 }
                taken.insert(name)
                files[outlet] = name
            }
            self.files = files
        }
    }

    /// Index of articles and outlets, and the anchor names every section links to.
    struct Context {
        let articleIndex: [String: Int]
        let articleIDs: [String]
        let articleOutlet: [String: String]
        let outletIndex: [String: Int]
        let firstArticle: [String: Int]
        /// The first article of an outlet with a match of a category ("outlet\u{1}lexicon\u{1}category").
        let categoryArticle: [String: Int]
        let outletCount: Int
        /// Outlet pages, when the report has them; `current` is the outlet whose page is being written.
        let pages: Pages?
        var current: String?

        init(_ report: ComparisonReport, pages: Pages? = nil) {
            var articleIndex: [String: Int] = [:], firstArticle: [String: Int] = [:], categoryArticle: [String: Int] = [:]
            var articleOutlet: [String: String] = [:]
            for (i, a) in report.articles.enumerated() {
                articleIndex[a.id] = i
                articleOutlet[a.id] = a.outlet
                if firstArticle[a.outlet] == nil { firstArticle[a.outlet] = i }
                for m in a.matches where categoryArticle[a.outlet + "\u{1}" + m.lexicon + "\u{1}" + m.category] == nil {
                    categoryArticle[a.outlet + "\u{1}" + m.lexicon + "\u{1}" + m.category] = i
                }
            }
            self.articleIndex = articleIndex
            self.articleIDs = report.articles.map(\.id)
            self.articleOutlet = articleOutlet
            self.firstArticle = firstArticle
            self.categoryArticle = categoryArticle
            outletIndex = Dictionary(uniqueKeysWithValues: report.outlets.enumerated().map { ($1.outlet, $0) })
            outletCount = report.outlets.count
            self.pages = pages
        }

        /// A link to a place in an article's text or detail: on this page, or on its outlet's page.
        func href(article: String, fragment: String) -> String {
            guard let pages, let outlet = articleOutlet[article], let file = pages.files[outlet] else { return "#" + fragment }
            guard let current else { return pages.folder + "/" + file + "#" + fragment }
            return current == outlet ? "#" + fragment : file + "#" + fragment
        }
        /// A link to an outlet's page (or its detail on this page).
        func outletHref(_ outlet: String) -> String {
            guard let pages, let file = pages.files[outlet] else { return "#outlet-\(outletIndex[outlet] ?? 0)" }
            guard let current else { return pages.folder + "/" + file }
            return current == outlet ? "#top" : file
        }
        /// A link to a section of the report.
        func reportHref(_ fragment: String) -> String {
            guard let pages, current != nil else { return "#" + fragment }
            return "../" + pages.report + "#" + fragment
        }

        /// The anchor at an offset of an article's text.
        func anchor(article: String, offset: Int) -> String { "t\(articleIndex[article] ?? 0)-\(offset)" }
        func evidence(_ e: Evidence) -> String { href(article: e.article, fragment: anchor(article: e.article, offset: e.start)) }
        /// The evidence index entry of a category in the outlet's first article that has it.
        func categoryIndex(outlet: String, lexicon: String, category: String) -> String {
            let article = categoryArticle[outlet + "\u{1}" + lexicon + "\u{1}" + category] ?? firstArticle[outlet] ?? 0
            return href(article: articleIDs.indices.contains(article) ? articleIDs[article] : "",
                        fragment: "ev-\(article)-\(ReportHTML.slug(lexicon))-\(ReportHTML.slug(category))")
        }
        func articleAnchor(_ id: String) -> String { href(article: id, fragment: "article-\(articleIndex[id] ?? 0)") }
    }

    static func section(_ id: String, _ title: String, _ content: HTML) -> HTML {
        .element("section", ["id": id], .element("h2", [:], .text(title)) + content)
    }

    /// A lower-case identifier from a name: letters, digits and hyphens.
    static func slug(_ s: String) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { out.unicodeScalars.append(c) } else if !out.hasSuffix("-") { out += "-" }
        }
        return out
    }

    static func number(_ x: Double) -> String { String(format: "%.1f", x) }

    /// The highlight family of a lexicon category: frames, loaded wording, hedges, attribution, distancing.
    static func family(lexicon: String, category: String, frameLexicons: [String]) -> String {
        if let k = frameLexicons.firstIndex(of: lexicon) { return "frame\(k % 3)" }
        if category.hasPrefix("attribution") { return category.hasSuffix("loaded") ? "attr-loaded" : "attr" }
        switch category {
        case "hedge": return "hedge"
        case "distancing": return "distancing"
        case "loaded", "evaluative", "conflict", "stance", "intensifier": return "loaded"
        default: return "other"
        }
    }

    static func link(_ href: String, _ content: HTML, title: String? = nil) -> HTML {
        if let title { return .element("a", ["href": href, "title": title], content) }
        return .element("a", ["href": href], content)
    }

    // MARK: Sections

    static func masthead(_ report: ComparisonReport) -> HTML {
        var meta: [String] = ["\(report.outlets.count) outlets", "\(report.articles.count) articles"]
        if let start = report.event.start { meta.append(start + (report.event.end.map { " – " + $0 } ?? "")) }
        meta.append("lexicons: " + report.lexicons.map(\.name).joined(separator: ", "))
        let toc = [("outlets", "Outlets"), ("headlines", "Headlines"), ("frames", "Frames"), ("own-voice", "Own voice"),
                   ("quotes", "Quotes"), ("omissions", "Omissions"), ("distinctive", "Words"), ("articles", "Articles"),
                   ("how-to-read", "How to read")]
        return .element("header", ["class": "masthead"],
                        .element("p", ["class": "kicker"], .text("slant · framing report"))
                        + .element("h1", [:], .text(report.event.title))
                        + (report.event.description.isEmpty ? HTML() : .element("p", ["class": "lede"], .text(report.event.description)))
                        + .element("p", ["class": "muted"], .text(meta.joined(separator: " · ")))
                        + .element("nav", ["class": "toc"], toc.enumerated().reduce(HTML()) { acc, item in
                            acc + link("#" + item.element.0, .text("\(item.offset + 1) \(item.element.1)"))
                        }))
    }

    static func timeline(_ report: ComparisonReport) -> HTML {
        let dated = report.timeline.filter { $0.date.flatMap(day) != nil }
        guard !dated.isEmpty else { return .element("p", ["class": "muted"], .text("No article has a publication date.")) }
        var days = dated.compactMap { $0.date.flatMap(day) }
        if let s = report.event.start.flatMap(day) { days.append(s) }
        if let e = report.event.end.flatMap(day) { days.append(e) }
        let first = days.min()!, last = max(days.max()!, first + 1)
        let width = 1000.0, left = 20.0, right = 20.0
        func x(_ d: Int) -> Double { left + Double(d - first) / Double(last - first) * (width - left - right) }
        // Each label takes the first line below the axis where it does not run into another; labels that would
        // leave the picture on the right are set to the left of their dot.
        var lineEnds: [Double] = []
        var marks = ""
        for entry in dated {
            let cx = x(day(entry.date!)!)
            let text = entry.date! + "  " + entry.outlet
            let w = Double(text.count) * 7.2 + 8
            let leftward = cx + w > width
            let (lo, hi) = leftward ? (cx - w, cx) : (cx, cx + w)
            var line = lineEnds.firstIndex { $0 < lo } ?? lineEnds.count
            if line == lineEnds.count { lineEnds.append(hi) } else { lineEnds[line] = hi }
            line = min(line, 40)
            let y = 52.0 + Double(line) * 20
            marks += "<circle cx=\"\(number(cx))\" cy=\"30\" r=\"5\" class=\"dot\"><title>\(HTML.escape(entry.outlet + " · " + entry.date!))</title></circle>"
            marks += "<line x1=\"\(number(cx))\" y1=\"35\" x2=\"\(number(cx))\" y2=\"\(number(y + 2))\" class=\"stem\"/>"
            marks += "<text x=\"\(number(leftward ? cx - 5 : cx + 5))\" y=\"\(number(y + 4))\" class=\"label\"\(leftward ? " text-anchor=\"end\"" : "")>\(HTML.escape(text))</text>"
        }
        let rows = lineEnds.count
        var ticks = ""
        for (d, text) in monthTicks(first, last) {
            ticks += "<line x1=\"\(number(x(d)))\" y1=\"24\" x2=\"\(number(x(d)))\" y2=\"36\" class=\"tick\"/>"
            ticks += "<text x=\"\(number(x(d)))\" y=\"16\" class=\"tick-label\">\(HTML.escape(text))</text>"
        }
        var range = ""
        if let s = report.event.start.flatMap(day), let e = report.event.end.flatMap(day) {
            range = "<rect x=\"\(number(x(s)))\" y=\"26\" width=\"\(number(max(2, x(e) - x(s))))\" height=\"8\" class=\"range\"><title>The event: \(HTML.escape(report.event.start! + " – " + report.event.end!))</title></rect>"
        }
        let height = 62 + rows * 20
        let svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(height)\" role=\"img\" aria-label=\"Publication dates\">"
            + "<line x1=\"\(number(left))\" y1=\"30\" x2=\"\(number(width - right))\" y2=\"30\" class=\"axis\"/>" + range + ticks + marks + "</svg>"
        var out = HTML(raw: svg)
        let undated = report.timeline.filter { $0.date.flatMap(day) == nil }
        if !undated.isEmpty {
            out += .element("p", ["class": "muted"], .text("Undated: " + undated.map(\.outlet).joined(separator: ", ") + "."))
        }
        return out
    }

    /// Days since 1970 of an ISO date (its first ten characters).
    static func day(_ date: String) -> Int? {
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var c = DateComponents()
        c.year = parts[0]; c.month = parts[1]; c.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let d = calendar.date(from: c) else { return nil }
        return Int(d.timeIntervalSince1970 / 86400)
    }

    /// The first day of each month between two days (every few months over long spans), with "Mon YYYY" labels.
    static func monthTicks(_ first: Int, _ last: Int) -> [(Int, String)] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let start = calendar.dateComponents([.year, .month], from: Date(timeIntervalSince1970: Double(first) * 86400))
        guard var year = start.year, var month = start.month else { return [] }
        let step = max(1, (last - first) / 30 / 12 + 1)
        var out: [(Int, String)] = []
        while let date = calendar.date(from: DateComponents(year: year, month: month, day: 1)) {
            let d = Int(date.timeIntervalSince1970 / 86400)
            if d > last { break }
            if d >= first { out.append((d, "\(names[month - 1]) \(year)")) }
            month += step
            while month > 12 { month -= 12; year += 1 }
        }
        return out
    }

    static func outletTable(_ report: ComparisonReport) -> HTML {
        var rows = HTML()
        // The "by" column only when some article names its authors.
        let showAuthors = report.articles.contains { !$0.authors.isEmpty }
        for outlet in report.outlets {
            let articles = report.articles.filter { outlet.articles.contains($0.id) }
            let titles = articles.enumerated().reduce(HTML()) { acc, item in
                acc + (item.offset > 0 ? HTML(raw: "<br>") : HTML()) + link("#article-\(report.articles.firstIndex { $0.id == item.element.id } ?? 0)", .text(item.element.title))
            }
            let dates = articles.compactMap { $0.date.map { String($0.prefix(10)) } }.joined(separator: ", ")
            let authors = Array(Set(articles.flatMap(\.authors))).sorted().joined(separator: ", ")
            let cells: [(HTML, String?)] = [(titles, nil), (.text(dates), "num")] + (showAuthors ? [(.text(authors), nil)] : []) + [
                (.text("\(outlet.words(.own))"), "num"), (.text("\(outlet.words(.quoted))"), "num"),
                (.text("\(outlet.quotes)"), "num"), (.text("\(outlet.speakers)"), "num"),
            ]
            rows += HTML.row(header: .text(outlet.outlet), cells)
        }
        let head = "<thead><tr><th>outlet</th><th>article</th><th class=\"num\">date</th>" + (showAuthors ? "<th>by</th>" : "")
            + "<th class=\"num\">own words</th><th class=\"num\">quoted words</th><th class=\"num\">quotes</th><th class=\"num\">speakers</th></tr></thead>"
        return .element("div", ["class": "scroll"], .element("table", [:], HTML(raw: head) + .element("tbody", [:], rows)))
    }

    static func headlines(_ report: ComparisonReport, _ context: Context) -> HTML {
        let frameLexicons = report.lexicons.filter { $0.kind == "frames" }.map(\.name)
        var cards = HTML()
        for outlet in report.outlets {
            for h in outlet.headlines {
                var highlights: [Highlight] = h.scareQuotes.map { Highlight(start: $0.start, end: $0.end, classes: ["scare"], label: "scare quotes") }
                highlights += h.ownVoiceTerms.map {
                    Highlight(start: $0.start, end: $0.end, classes: [family(lexicon: $0.lexicon, category: $0.category, frameLexicons: frameLexicons)],
                              label: "\($0.lexicon): \($0.category)")
                }
                guard let article = report.articles.first(where: { $0.id == h.article }) else { continue }
                let text = h.text.isEmpty ? HTML(raw: "<p class=\"muted\">(no headline)</p>")
                    : Highlighter.render(text: article.text, blocks: [(TextSpan(h.start, h.end), "p")], highlights: highlights, anchors: [:])
                var frames = HTML()
                for f in h.frames {
                    frames += .element("li", [:], .element("span", ["class": "muted"], .text(f.lexicon + ": "))
                                       + (f.category.map { c in .element("strong", [:], .text(c)) } ?? .element("span", ["class": "muted"], .text("none"))))
                }
                var scare = HTML()
                if !h.scareQuotes.isEmpty {
                    scare = .element("p", ["class": "small"], .text("Scare quotes: " + h.scareQuotes.map { "“\($0.text)”" }.joined(separator: ", ")))
                }
                cards += .element("article", ["class": "card headline"],
                                  .element("p", ["class": "outlet"], link(context.articleAnchor(h.article), .text(outlet.outlet)))
                                  + .element("div", ["class": "headline-text"], text)
                                  + .element("p", ["class": "small muted"], .text("Dominant frame of the headline:"))
                                  + .element("ul", ["class": "frames"], frames) + scare)
            }
        }
        return .element("p", ["class": "legend"], .text("Highlighted: ")
                         + .element("span", ["class": "scare"], .text("scare quotes")) + .text(" and ")
                         + .element("span", ["class": "loaded"], .text("loaded words")) + .text(", hedges and attribution verbs in the outlet’s own voice (hover for the category). The dominant frame is the frame category with the most weight among the headline’s matches."))
            + .element("div", ["class": "cards"], cards)
    }

    static let voiceLabels = ["narration": "narration", "quotes": "quotes", "headline_and_lead": "headline and lead"]

    static func frames(_ report: ComparisonReport, _ context: Context) -> HTML {
        var out = HTML()
        out += .element("p", ["class": "legend"], .text("Matches per 1,000 words of each voice: ")
                        + .element("span", ["class": "key v-narration"], .text("narration")) + .text(" ")
                        + .element("span", ["class": "key v-quotes"], .text("quotes")) + .text(" ")
                        + .element("span", ["class": "key v-headline_and_lead"], .text("headline and lead"))
                        + .text(". Bars share one scale per lexicon; each number links to the passages behind it."))
        for chart in report.frames {
            let lexicon = report.lexicons.first { $0.name == chart.lexicon }
            out += .element("h3", [:], .text(chart.lexicon + (lexicon.map { $0.description.isEmpty ? "" : " — " + $0.description } ?? "")))
            guard !chart.categories.isEmpty else {
                out += .element("p", ["class": "muted"], .text("No outlet uses this lexicon’s words."))
                continue
            }
            let maxRate = max(1, chart.outlets.flatMap(\.values).map(\.ratePer1000).max() ?? 1)
            var header = HTML(raw: "<th>frame</th>")
            for o in chart.outlets { header += .element("th", ["class": "outlet-col"], .text(o.outlet)) }
            var rows = HTML()
            for category in chart.categories {
                let description = lexicon?.categories.first { $0.name == category }?.description ?? ""
                var row = description.isEmpty ? Self.cell("th", .text(category))
                    : .element("th", ["scope": "row", "title": description], .text(category))
                for o in chart.outlets {
                    let values = o.values.filter { $0.category == category }
                    row += .element("td", ["class": "chart-cell"], HTML(raw: bars(values, outlet: o.outlet, lexicon: chart.lexicon, category: category, maxRate: maxRate, context: context)))
                }
                rows += .element("tr", [:], row)
            }
            out += .element("div", ["class": "scroll"], .element("table", ["class": "frames-table"],
                                                                  .element("thead", [:], .element("tr", [:], header)) + .element("tbody", [:], rows)))
        }
        return out
    }

    static func cell(_ tag: String, _ content: HTML) -> HTML { .element(tag, tag == "th" ? ["scope": "row"] : [:], content) }

    /// Three bars (narration, quotes, headline and lead) with their rates, each a link to the evidence.
    static func bars(_ values: [FrameValue], outlet: String, lexicon: String, category: String, maxRate: Double, context: Context) -> String {
        let barWidth = 110.0
        var svg = "<svg viewBox=\"0 0 170 42\" width=\"170\" height=\"42\" role=\"img\" aria-label=\"\(HTML.escape(outlet + ", " + category))\">"
        for (k, group) in ReportBuilder.voiceGroups.enumerated() {
            guard let v = values.first(where: { $0.voice == group.name }) else { continue }
            let y = Double(k) * 14
            let w = v.count == 0 ? 0 : max(1.5, v.ratePer1000 / maxRate * barWidth)
            let tip = "\(outlet) · \(voiceLabels[group.name] ?? group.name) · \(category): \(v.count) in \(v.words) words = \(number(v.ratePer1000)) per 1,000"
            let bar = "<rect x=\"0\" y=\"\(number(y + 2))\" width=\"\(number(w))\" height=\"10\" class=\"bar v-\(group.name)\"/>"
                + (v.count == 0 ? "<line x1=\"0\" y1=\"\(number(y + 7))\" x2=\"3\" y2=\"\(number(y + 7))\" class=\"zero\"/>"
                    : "<text x=\"\(number(w + 4))\" y=\"\(number(y + 11))\" class=\"bar-label\">\(number(v.ratePer1000))</text>")
            if v.count > 0 {
                svg += "<a href=\"\(HTML.escape(context.categoryIndex(outlet: outlet, lexicon: lexicon, category: category)))\"><title>\(HTML.escape(tip))</title>\(bar)</a>"
            } else {
                svg += "<g><title>\(HTML.escape(tip))</title>\(bar)</g>"
            }
        }
        return svg + "</svg>"
    }

    static func ownVoice(_ report: ComparisonReport, _ context: Context) -> HTML {
        let cards = report.ownVoice.reduce(HTML()) { $0 + ownVoiceCard($1, report, context) }
        return .element("p", ["class": "legend"], .text("Words from the non-frame lexicons that each outlet writes itself (quotations excluded). Each term links to its first occurrence; hover for all of them."))
            + .element("div", ["class": "cards"], cards)
    }

    static func ownVoiceCard(_ card: OwnVoice, _ report: ComparisonReport, _ context: Context) -> HTML {
        let frameLexicons = report.lexicons.filter { $0.kind == "frames" }.map(\.name)
        var content = HTML()
        for c in card.categories {
            var terms = HTML()
            for (k, t) in c.terms.enumerated() {
                if k > 0 { terms += .text(", ") }
                terms += link(context.evidence(t.evidence[0]), .text(t.evidence[0].text.lowercased()),
                              title: "entry “\(t.term)”: " + t.evidence.map { "“\($0.text)”" }.joined(separator: " · "))
                if t.count > 1 { terms += .element("span", ["class": "muted"], .text(" ×\(t.count)")) }
            }
            content += .element("dt", [:], .element("span", ["class": "key " + family(lexicon: c.lexicon, category: c.category, frameLexicons: frameLexicons)], .text(c.category))
                                + .element("span", ["class": "muted"], .text(" \(c.count) · \(number(c.ratePer1000)) per 1,000")))
            content += .element("dd", [:], terms)
        }
        if card.categories.isEmpty { content = .element("dd", ["class": "muted"], .text("No loaded words, hedges or attribution verbs in its own voice.")) }
        return .element("article", ["class": "card"], .element("p", ["class": "outlet"], .text(card.outlet))
                        + .element("p", ["class": "small muted"], .text("\(card.words) words in its own voice"))
                        + .element("dl", ["class": "terms"], content))
    }

    static func quotes(_ report: ComparisonReport, _ context: Context) -> HTML {
        var out = HTML()
        let rows = report.quotes.matrix
        if rows.isEmpty {
            return .element("p", ["class": "muted"], .text("No quotations found."))
        }
        out += .element("p", ["class": "legend"], .text("Words quoted per speaker and outlet (number of quotes in brackets); ★ marks the first voice an outlet quotes. Groups add up their speakers."))
        var header = HTML(raw: "<th>speaker</th><th>group</th>")
        for o in report.outlets { header += .element("th", ["class": "num outlet-col"], .text(o.outlet)) }
        var body = HTML()
        let speakers = rows.filter { $0.level == .speaker }
        let groups = rows.filter { $0.level == .group }
        /// The first quote of a row's speaker (or group) in an outlet's articles, to link the cell to.
        func firstQuote(_ r: QuoteMatrixRow, outlet: String) -> Evidence? {
            for a in report.articles where a.outlet == outlet {
                for q in a.quotes where q.kind != .scare {
                    let fits = r.level == .group ? (q.group ?? "(no group)") == (r.group ?? "(no group)")
                        : QuoteSelection.matrixSpeaker(actor: q.actor, speaker: q.speaker) == r.speaker
                    if fits { return Evidence(outlet: outlet, article: a.id, start: q.start, end: q.end, text: q.text) }
                }
            }
            return nil
        }
        func row(_ r: QuoteMatrixRow, group: Bool) -> HTML {
            var cells = .element("th", ["scope": "row"], .text(r.speaker)) + .element("td", ["class": "muted"], .text(group ? "" : (r.groupLabel ?? "")))
            for o in report.outlets {
                let matching = r.cells.filter { $0.outlet == o.outlet }
                let words = matching.reduce(0) { $0 + $1.words }, n = matching.reduce(0) { $0 + $1.quotes }
                let first = matching.contains { $0.first }
                let label = HTML.text(words == 0 ? "–" : "\(words) (\(n))" + (first ? " ★" : ""))
                let content = words > 0 ? firstQuote(r, outlet: o.outlet).map { link(context.evidence($0), label, title: "“\($0.text)”") } ?? label : label
                cells += .element("td", ["class": "num" + (words > 0 ? " has" : "")], content)
            }
            return .element("tr", group ? ["class": "group-row"] : [:], cells)
        }
        for r in speakers.prefix(40) { body += row(r, group: false) }
        if speakers.count > 40 {
            body += .element("tr", [:], .element("td", ["colspan": "\(report.outlets.count + 2)", "class": "muted"],
                                                .text("… and \(speakers.count - 40) more speakers (in the JSON report).")))
        }
        for r in groups { body += row(r, group: true) }
        out += .element("div", ["class": "scroll"], .element("table", ["class": "matrix"],
                                                              .element("thead", [:], .element("tr", [:], header)) + .element("tbody", [:], body)))
        out += .element("h3", [:], .text("The same quotation, cut differently"))
        if report.quotes.clusters.isEmpty {
            out += .element("p", ["class": "muted"], .text("No quotation appears in more than one outlet."))
        }
        for cluster in report.quotes.clusters {
            var members = HTML()
            for m in cluster.members {
                let kept = ScalarText(cluster.text)
                let covers = m.covers
                let before = kept[TextSpan(0, covers.start)], middle = kept[covers], after = kept[TextSpan(covers.end, kept.count)]
                members += .element("li", [:],
                                    .element("span", ["class": "outlet-name"], link(context.evidence(Evidence(outlet: m.outlet, article: m.article, start: m.start, end: m.end, text: m.text)), .text(m.outlet)))
                                    + .element("span", ["class": "muted"], .text(" \(QuoteShare.phrase(m.share)) · \(m.kind.rawValue)"))
                                    + .element("blockquote", [:], .element("span", ["class": "cut"], .text(before)) + .element("span", ["class": "kept"], .text(middle))
                                               + .element("span", ["class": "cut"], .text(after)))
                                    + (m.text == middle ? HTML() : .element("p", ["class": "small muted"], .text("As printed: “\(m.text)”"))))
            }
            out += .element("div", ["class": "cluster"],
                            .element("p", [:], .element("strong", [:], .text(cluster.actor ?? cluster.speaker ?? "Unattributed"))
                                     + .element("span", ["class": "muted"], .text(" · quoted by \(cluster.outlets.count) outlets")))
                            + .element("ul", ["class": "members"], members))
        }
        return out
    }

    static func omissions(_ report: ComparisonReport, _ context: Context) -> HTML {
        guard report.outlets.count >= 3 else {
            return .element("p", ["class": "muted"], .text("Omissions need at least three outlets: a fact most outlets report and one leaves out."))
        }
        var out = HTML()
        out += .element("p", ["class": "legend"], .text("What more than half of the outlets report and the outlet does not. Statements are sentences the aligner matched across outlets; facts are numbers with what they count, dates, named actors, places and names. Each item links to where the others report it."))
        let cards = report.outlets.reduce(HTML()) { $0 + omissionCard($1.outlet, report, context) }
        return out + .element("div", ["class": "cards wide"], cards)
    }

    static let omissionKinds: [(Omission.Kind, String)] = [(.statement, "statements"), (.quote, "quotations"), (.number, "numbers"),
                                                           (.date, "dates"), (.actor, "actors"), (.place, "places"), (.name, "names")]

    /// What one outlet leaves out, by kind, each item linking to where the others report it.
    static func omissionCard(_ outlet: String, _ report: ComparisonReport, _ context: Context) -> HTML {
        let missing = report.omissions.filter { $0.missingFrom.contains(outlet) }
        // Statements it reports only in part: not left out, not reported whole.
        let inPart = report.omissions.filter { $0.reportedInPartBy.contains(outlet) }
        /// Links to where the outlets that report it do.
        func sources(_ item: Omission) -> HTML {
            var sources = HTML()
            for (k, e) in item.evidence.prefix(context.pages == nil ? item.evidence.count : 8).enumerated() {
                if k > 0 { sources += .text(", ") }
                sources += link(context.evidence(e), .text(e.outlet), title: "“\(e.text)”")
            }
            if context.pages != nil && item.evidence.count > 8 { sources += .text(", …") }
            return sources
        }
        var content = HTML()
        if missing.isEmpty {
            content = .element("p", ["class": "muted"], .text(inPart.isEmpty ? "Reports everything most outlets report." : "Leaves out nothing most outlets report."))
        }
        for (kind, name) in omissionKinds {
            let items = missing.filter { $0.kind == kind }
            guard !items.isEmpty else { continue }
            var list = HTML()
            for item in items.prefix(12) {
                list += .element("li", [:], .text(item.display) + .element("span", ["class": "muted small"],
                                                                           .text(" — \(item.reportedBy.count) of \(context.outletCount): ") + sources(item)))
            }
            if items.count > 12 { list += .element("li", ["class": "muted"], .text("… and \(items.count - 12) more (in the JSON report)")) }
            content += .element("h4", [:], .text(name)) + .element("ul", [:], list)
        }
        if !inPart.isEmpty {
            var list = HTML()
            for item in inPart.prefix(12) {
                list += .element("li", [:], .text(item.display) + .element("span", ["class": "muted small"],
                                                                           .text(" — \(item.reportedBy.count) of \(context.outletCount) in full: ") + sources(item)))
            }
            if inPart.count > 12 { list += .element("li", ["class": "muted"], .text("… and \(inPart.count - 12) more (in the JSON report)")) }
            content += .element("h4", [:], .text("reported only in part")) + .element("ul", [:], list)
        }
        return .element("article", ["class": "card"], .element("p", ["class": "outlet"], .text(outlet))
                        + .element("p", ["class": "small muted"], .text("leaves out \(missing.count)")) + content)
    }

    static func distinctive(_ report: ComparisonReport) -> HTML {
        let cards = report.distinctive.reduce(HTML()) { $0 + distinctiveCard($1) }
        return .element("p", ["class": "legend"], .text("Words of each outlet’s own voice that set it apart from the rest of the event: log-odds ratio with an informative Dirichlet prior (the event’s own word counts), as a z-score; counts here and in the other outlets."))
            + .element("div", ["class": "cards"], cards)
    }

    static func distinctiveCard(_ d: OutletDistinctive) -> HTML {
        var rows = HTML()
        for w in d.words.prefix(10) {
            rows += .element("tr", [:], .element("td", [:], .text(w.word)) + .element("td", ["class": "num"], .text(String(format: "%.2f", w.z)))
                             + .element("td", ["class": "num"], .text("\(w.count)")) + .element("td", ["class": "num"], .text("\(w.rest)")))
        }
        let table: HTML = d.words.isEmpty ? .element("p", ["class": "muted"], .text("No word stands out."))
            : .element("table", ["class": "compact"], HTML(raw: "<thead><tr><th>word</th><th class=\"num\">z</th><th class=\"num\">here</th><th class=\"num\">others</th></tr></thead>") + .element("tbody", [:], rows))
        return .element("article", ["class": "card"], .element("p", ["class": "outlet"], .text(d.outlet)) + table)
    }

    static func articles(_ report: ComparisonReport, _ context: Context) -> HTML {
        let anchors = anchorMap(report, context)
        return articleLegend(report) + report.articles.indices.reduce(HTML()) { $0 + article($1, report, context, anchors: anchors[$1] ?? [:]) }
    }

    static func articleLegend(_ report: ComparisonReport) -> HTML {
        let frameLexicons = report.lexicons.filter { $0.kind == "frames" }.map(\.name)
        var legend = HTML(raw: "<span class=\"q\">quoted words</span> <span class=\"scare\">scare quotes</span> <span class=\"loaded\">loaded</span> <span class=\"hedge\">hedge</span> <span class=\"attr\">attribution verb</span> <span class=\"attr-loaded\">loaded attribution</span> <span class=\"distancing\">distancing</span>")
        for (k, name) in frameLexicons.enumerated() { legend += .text(" ") + .element("span", ["class": "frame\(k % 3)"], .text("frame: " + name)) }
        return .element("p", ["class": "legend"], .text("Hover over a highlight for its lexicon and category. ") + legend)
    }

    /// Which offsets of each article other sections link to (article index → offset → anchor name).
    static func anchorMap(_ report: ComparisonReport, _ context: Context) -> [Int: [Int: String]] {
        var anchors: [Int: [Int: String]] = [:]
        func want(_ article: String, _ offset: Int) {
            let i = context.articleIndex[article] ?? 0
            anchors[i, default: [:]][offset] = "t\(i)-\(offset)"
        }
        for o in report.omissions { for e in o.evidence { want(e.article, e.start) } }
        for c in report.quotes.clusters { for m in c.members { want(m.article, m.start) } }
        for a in report.articles {
            for m in a.matches { want(a.id, m.start) }
            for q in a.quotes { want(a.id, q.start) }
        }
        return anchors
    }

    /// One article's text with every match highlighted, and its evidence index.
    static func article(_ i: Int, _ report: ComparisonReport, _ context: Context, anchors: [Int: String]) -> HTML {
        let frameLexicons = report.lexicons.filter { $0.kind == "frames" }.map(\.name)
        let a = report.articles[i]
        var highlights: [Highlight] = []
        for q in a.quotes where q.kind != .scare {
            let spans = q.fragments.isEmpty ? [SpanText(start: q.start, end: q.end, text: q.text)] : q.fragments
            for s in spans {
                highlights.append(Highlight(start: s.start, end: s.end, classes: ["q"], label: "quote" + (q.speaker.map { ": " + (q.actor ?? $0) } ?? " (unattributed)")))
            }
        }
        for s in a.scareQuotes { highlights.append(Highlight(start: s.start, end: s.end, classes: ["scare"], label: "scare quotes")) }
        for m in a.matches {
            highlights.append(Highlight(start: m.start, end: m.end, classes: [family(lexicon: m.lexicon, category: m.category, frameLexicons: frameLexicons)],
                                        label: "\(m.lexicon): \(m.category) (\(m.voice.rawValue)\(m.negated ? ", negated" : ""))"))
        }
        var blocks: [(TextSpan, String)] = []
        if !a.headline.isEmpty { blocks.append((a.headline, "h4")) }
        blocks += a.paragraphs.map { ($0, "p") }
        let text = Highlighter.render(text: a.text, blocks: blocks, highlights: highlights, anchors: anchors)
        var meta: [String] = []
        if let d = a.date { meta.append(String(d.prefix(10))) }
        if !a.authors.isEmpty { meta.append(a.authors.joined(separator: ", ")) }
        meta.append(a.id)
        var header = .element("p", ["class": "outlet"], .text(a.outlet)) + .element("p", ["class": "small muted"], .text(meta.joined(separator: " · ")))
        if let url = a.url { header += .element("p", ["class": "small"], HTML.link(url, .text(url))) }
        return .element("article", ["class": "article", "id": "article-\(i)"], header + .element("div", ["class": "text"], text) + evidenceIndex(a, index: i))
    }

    /// Every match of an article by category, numbered, each a link to its place in the text.
    static func evidenceIndex(_ a: ReportArticle, index i: Int) -> HTML {
        struct Key: Hashable { var lexicon: String; var category: String }
        var order: [Key] = []
        var groups: [Key: [FramingMatch]] = [:]
        for m in a.matches {
            let k = Key(lexicon: m.lexicon, category: m.category)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(m)
        }
        guard !order.isEmpty else { return HTML() }
        var items = HTML()
        for k in order.sorted(by: { ($0.lexicon, $0.category) < ($1.lexicon, $1.category) }) {
            var links = HTML()
            for (n, m) in groups[k]!.enumerated() {
                links += .text(" ") + link("#t\(i)-\(m.start)", .text("\(n + 1) \(m.text)"), title: "\(m.voice.rawValue) · offsets \(m.start)–\(m.end)")
            }
            items += .element("li", ["id": "ev-\(i)-\(slug(k.lexicon))-\(slug(k.category))"],
                              .element("strong", [:], .text("\(k.lexicon): \(k.category)")) + .text(" (\(groups[k]!.count)):") + links)
        }
        return .element("div", ["class": "evidence"], .element("p", ["class": "small muted"], .text("Evidence index: every match, by category"))
                        + .element("ul", [:], items))
    }
}
