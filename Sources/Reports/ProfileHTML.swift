import Analysis
import Foundation
import Text

/// `slant profile --format html`: a self-contained page in the report's style. The outlets' own-voice rates as small
/// multiples (a dot for the rate, a bar for its 95 % interval), the tables behind them, the comparison, and the events
/// behind every number (each value links to the list of events and articles it was computed from).
public enum ProfileHTML {
    static let css = Stylesheet.css + """
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px 28px; }
        figure.multiple { margin: 0; }
        figure.multiple figcaption { font-weight: 600; font-size: .9rem; margin-bottom: .2rem; overflow-wrap: anywhere; }
        figure.multiple svg { display: block; width: 100%; height: auto; }
        .events { columns: 3 18em; font-size: .88rem; color: var(--muted); }
        .events li { break-inside: avoid; }
        td.clear { font-weight: 700; }

        """

    static func number(_ x: Double) -> String { String(format: "%.2f", x) }
    static func anchor(_ index: Int) -> String { "events-\(index + 1)" }

    public static func render(records: Int, profiles: OutletProfiles, rows: [OutletProfiles.Row],
                              compare: (String, String, [OutletProfiles.Difference])?) -> String {
        let outlets = profiles.outlets
        let index = Dictionary(uniqueKeysWithValues: outlets.enumerated().map { ($1, $0) })
        let events = Set(outlets.flatMap { profiles.events(of: $0).map(\.event) })
        var body = HTML()
        body += HTML.element("h1", [:], .text("Outlet profiles"))
        body += HTML.element("p", ["class": "muted"], .text(
            "\(records) articles · \(outlets.count) outlets · \(events.count) events · rates per 1,000 words of the outlet's own voice "
                + "(quotations excluded), with 95 % intervals over the events each outlet covers"))

        // 1. The outlets.
        body += HTML.element("h2", [:], .text("1. Outlets"))
        let hasOmissions = rows.contains { $0.measure == "left_out" }
        var table = HTML.element("thead", [:], HTML.element("tr", [:], HTML.join([
            HTML.element("th", [:], .text("outlet")), HTML.element("th", ["class": "num"], .text("events")),
            HTML.element("th", ["class": "num"], .text("articles")), HTML.element("th", ["class": "num"], .text("share of words quoted")),
            HTML.element("th", ["class": "num"], .text("scare quotes per 1,000 own words")),
        ] + (hasOmissions ? [HTML.element("th", ["class": "num"], .text("left out of what most outlets report"))] : []))))
        var tbody = HTML()
        for (i, outlet) in outlets.enumerated() {
            let quoted = rows.first { $0.outlet == outlet && $0.measure == "quoted_share" }
            let scare = rows.first { $0.outlet == outlet && $0.measure == "scare_quotes" }
            let leftOut = rows.first { $0.outlet == outlet && $0.measure == "left_out" }
            tbody += HTML.element("tr", [:], HTML.join([
                HTML.element("th", ["scope": "row"], .text(outlet)),
                HTML.element("td", ["class": "num"], HTML.element("a", ["href": "#" + anchor(i)], .text(String(profiles.events(of: outlet).count)))),
                HTML.element("td", ["class": "num"], .text(String(profiles.events(of: outlet).reduce(0) { $0 + $1.articles }))),
                HTML.element("td", ["class": "num"], value(quoted, percent: true, link: anchor(i))),
                HTML.element("td", ["class": "num"], value(scare, percent: false, link: anchor(i))),
            ] + (hasOmissions ? [HTML.element("td", ["class": "num"], value(leftOut, percent: true, link: anchor(i)))] : [])))
        }
        table += HTML.element("tbody", [:], tbody)
        body += HTML.element("table", [:], table)

        // 2. Small multiples of the own voice.
        body += HTML.element("h2", [:], .text("2. In the outlet's own voice"))
        body += HTML.element("p", ["class": "legend"], .text(
            "Each panel is one lexicon category: a dot for each outlet's rate per 1,000 words of its own voice, a bar for "
                + "its 95 % interval over events. Categories no outlet uses are left out."))
        let own = rows.filter { $0.voice == "own" && $0.measure != "scare_quotes" }
        var panels = HTML()
        for measure in Array(Set(own.map(\.measure))).sorted() {
            let panel = own.filter { $0.measure == measure }
            guard panel.contains(where: { $0.value > 0 }) else { continue }
            panels += HTML.element("figure", ["class": "multiple"], HTML.element("figcaption", [:], .text(measure))
                + chart(panel, outlets: outlets, index: index))
        }
        body += HTML.element("div", ["class": "multiples"], panels)

        // 3. The comparison.
        if let (a, b, differences) = compare {
            body += HTML.element("h2", [:], .text("3. \(a) − \(b), paired by event"))
            body += HTML.element("p", ["class": "legend"], .text(
                "Over the \(differences.first?.events ?? 0) events both cover; bold where the 95 % interval excludes zero."))
            var head = HTML()
            for h in ["measure", "voice", a, b, "difference", "95 % interval"] {
                head += HTML.element("th", h == "measure" || h == "voice" ? [:] : ["class": "num"], .text(h))
            }
            var rowsHTML = HTML()
            for d in differences where d.voice == "own" || OutletProfiles.shares.contains(d.measure) {
                rowsHTML += HTML.element("tr", [:], HTML.join([
                    HTML.element("th", ["scope": "row"], .text(d.measure)), HTML.element("td", [:], .text(d.voice)),
                    HTML.element("td", ["class": "num"], HTML.element("a", ["href": "#" + anchor(index[a]!)], .text(number(d.a)))),
                    HTML.element("td", ["class": "num"], HTML.element("a", ["href": "#" + anchor(index[b]!)], .text(number(d.b)))),
                    HTML.element("td", ["class": d.clear ? "num clear" : "num"], .text(number(d.difference))),
                    HTML.element("td", ["class": "num"], .text("[\(number(d.ciLow)), \(number(d.ciHigh))]")),
                ]))
            }
            body += HTML.element("table", [:], HTML.element("thead", [:], HTML.element("tr", [:], head)) + HTML.element("tbody", [:], rowsHTML))
        }

        var section = compare == nil ? 3 : 4
        // The distinctive words, when the records count words.
        if !profiles.distinctive.isEmpty {
            body += HTML.element("h2", [:], .text("\(section). Distinctive words"))
            section += 1
            body += HTML.element("p", ["class": "legend"], .text(
                "The words of each outlet's own voice that most set it apart from the others across all its events "
                    + "(log-odds ratio with an informative Dirichlet prior; z-score and count)."))
            var list = HTML()
            for outlet in outlets {
                let words = (profiles.distinctive[outlet] ?? []).prefix(15)
                list += HTML.element("li", [:], HTML.element("strong", [:], .text(outlet)) + .text(": "
                    + (words.isEmpty ? "–" : words.map { "\($0.word) \(String(format: "%.1f", $0.z)) (\($0.count))" }.joined(separator: ", "))))
            }
            body += HTML.element("ul", [:], list)
        }

        // The events behind the numbers.
        body += HTML.element("h2", [:], .text("\(section). The events behind the numbers"))
        for (i, outlet) in outlets.enumerated() {
            let covered = profiles.events(of: outlet)
            body += HTML.element("h3", ["id": anchor(i)], .text("\(outlet): \(covered.count) event\(covered.count == 1 ? "" : "s")"))
            body += HTML.element("ul", ["class": "events"], HTML.join(covered.map {
                HTML.element("li", [:], .text($0.articles == 1 ? $0.event : "\($0.event) (\($0.articles) articles)"))
            }))
        }
        return HTML.page(title: "Outlet profiles", css: css, body: HTML.element("main", [:], body))
    }

    static func value(_ row: OutletProfiles.Row?, percent: Bool, link: String) -> HTML {
        guard let row else { return .text("–") }
        let show = { (x: Double) in percent ? String(format: "%.1f %%", x * 100) : number(x) }
        return HTML.element("a", ["href": "#" + link, "title": "95 % interval \(show(row.ciLow)) – \(show(row.ciHigh)), \(row.events) events"],
                            .text(show(row.value)))
    }

    /// One panel: a row per outlet, its interval as a bar and its rate as a dot, on a scale shared by the panel.
    static func chart(_ rows: [OutletProfiles.Row], outlets: [String], index: [String: Int]) -> HTML {
        let labelWidth = 120.0, plotWidth = 180.0, valueWidth = 60.0, rowHeight = 18.0
        let width = labelWidth + plotWidth + valueWidth
        let height = rowHeight * Double(outlets.count) + 16
        let top = max(rows.map(\.ciHigh).max() ?? 0, rows.map(\.value).max() ?? 0, 1e-9)
        func x(_ v: Double) -> Double { labelWidth + plotWidth * min(max(v / top, 0), 1) }
        var svg = ""
        svg += "<line x1=\"\(labelWidth)\" y1=\"0\" x2=\"\(labelWidth)\" y2=\"\(height - 14)\" stroke=\"#d9dce1\"/>"
        for (i, outlet) in outlets.enumerated() {
            let y = rowHeight * Double(i) + rowHeight / 2
            let label = outlet.count > 18 ? String(outlet.prefix(17)) + "…" : outlet
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 4)\" text-anchor=\"end\" font-size=\"11\" fill=\"#5f6368\">\(HTML.escape(label))</text>"
            guard let row = rows.first(where: { $0.outlet == outlet }) else { continue }
            svg += "<line x1=\"\(String(format: "%.1f", x(row.ciLow)))\" y1=\"\(y)\" x2=\"\(String(format: "%.1f", x(row.ciHigh)))\" y2=\"\(y)\" stroke=\"#9aa7c7\" stroke-width=\"4\" stroke-linecap=\"round\"/>"
            svg += "<circle cx=\"\(String(format: "%.1f", x(row.value)))\" cy=\"\(y)\" r=\"4\" fill=\"#2354a5\"/>"
            svg += "<a href=\"#\(anchor(index[outlet]!))\"><text x=\"\(width - 4)\" y=\"\(y + 4)\" text-anchor=\"end\" font-size=\"11\" fill=\"#2354a5\">\(number(row.value))</text></a>"
        }
        svg += "<text x=\"\(labelWidth)\" y=\"\(height - 2)\" font-size=\"10\" fill=\"#5f6368\">0</text>"
        svg += "<text x=\"\(labelWidth + plotWidth)\" y=\"\(height - 2)\" text-anchor=\"end\" font-size=\"10\" fill=\"#5f6368\">\(number(top))</text>"
        return HTML(raw: "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"rates with 95 % intervals\">\(svg)</svg>")
    }
}
