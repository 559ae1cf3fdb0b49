import Analysis
import Foundation
import Text

/// `slant profile` as tidy CSV, JSON and Markdown.
public enum ProfileText {
    /// Numbers as the profile writes them: fixed decimals, so the same records give the same bytes.
    static func number(_ x: Double) -> String { String(format: "%.4f", x) }

    /// One row per outlet × measure × voice.
    public static func csv(_ rows: [OutletProfiles.Row]) -> String {
        var out = "outlet,measure,voice,value,ci_low,ci_high,events,articles\n"
        for r in rows {
            out += CSV.row([r.outlet, r.measure, r.voice, number(r.value), number(r.ciLow), number(r.ciHigh), String(r.events), String(r.articles)])
        }
        return out
    }

    /// One row per measure × voice: A, B and A − B paired by event.
    public static func csv(_ differences: [OutletProfiles.Difference]) -> String {
        var out = "measure,voice,a,b,difference,ci_low,ci_high,events\n"
        for d in differences {
            out += CSV.row([d.measure, d.voice, number(d.a), number(d.b), number(d.difference), number(d.ciLow), number(d.ciHigh), String(d.events)])
        }
        return out
    }

    struct JSONProfile: Encodable {
        let schema = "slant.profile/1"
        let records: Int
        let outlets: [String]
        let rows: [OutletProfiles.Row]
        let compare: Compare?
        /// Each outlet's distinctive own-voice words, when the records count words.
        let distinctive: [String: [DistinctiveWord]]?
        struct Compare: Encodable { let a: String; let b: String; let differences: [OutletProfiles.Difference] }
    }

    public static func json(records: Int, profiles: OutletProfiles, rows: [OutletProfiles.Row],
                            compare: (String, String, [OutletProfiles.Difference])?) throws -> String {
        try JSONOutput.encode(JSONProfile(records: records, outlets: profiles.outlets, rows: rows,
                                          compare: compare.map { .init(a: $0.0, b: $0.1, differences: $0.2) },
                                          distinctive: profiles.distinctive.isEmpty ? nil : profiles.distinctive))
    }

    /// The outlets side by side on each measure in the own voice (value and interval), and the comparison.
    public static func markdown(records: Int, profiles: OutletProfiles, rows: [OutletProfiles.Row],
                                compare: (String, String, [OutletProfiles.Difference])?) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "# Outlet profiles\n\n\(records) articles, \(profiles.outlets.count) outlets. Rates per 1,000 words of the "
            + "outlet's own voice (quotes excluded), with 95 % bootstrap intervals over events; `quoted_share` is the share of its "
            + "words that are quotations, `left_out` and `reported_in_part` the shares of what most outlets of an event report "
            + "that it leaves out or reports only in part.\n\n"
        let own = rows.filter { $0.voice == "own" || OutletProfiles.shares.contains($0.measure) }
        let measures = Array(Set(own.map(\.measure))).sorted()
        out += "| measure | " + profiles.outlets.map(cell).joined(separator: " | ") + " |\n"
        out += "| --- |" + String(repeating: " ---: |", count: profiles.outlets.count) + "\n"
        for m in measures {
            let values = profiles.outlets.map { o in
                own.first { $0.outlet == o && $0.measure == m }.map { "\(number($0.value)) [\(number($0.ciLow)), \(number($0.ciHigh))]" } ?? "–"
            }
            out += "| \(cell(m)) | " + values.joined(separator: " | ") + " |\n"
        }
        if let (a, b, differences) = compare {
            out += "\n## \(cell(a)) − \(cell(b)), paired by event\n\n| measure | voice | \(cell(a)) | \(cell(b)) | difference | 95 % interval | events |\n"
            out += "| --- | --- | ---: | ---: | ---: | --- | ---: |\n"
            for d in differences where d.voice == "own" || OutletProfiles.shares.contains(d.measure) {
                out += "| \(cell(d.measure)) | \(d.voice) | \(number(d.a)) | \(number(d.b)) | \(d.clear ? "**" : "")\(number(d.difference))\(d.clear ? "**" : "") | "
                    + "[\(number(d.ciLow)), \(number(d.ciHigh))] | \(d.events) |\n"
            }
            out += "\nBold: the interval excludes zero.\n"
        }
        if !profiles.distinctive.isEmpty {
            out += "\n## Distinctive words\n\nThe words of each outlet's own voice that most set it apart across its events (log-odds z-score, count).\n\n"
            for outlet in profiles.outlets {
                let words = (profiles.distinctive[outlet] ?? []).prefix(15)
                out += "- **\(cell(outlet))**: " + (words.isEmpty ? "–" : words.map { "\(cell($0.word)) \(String(format: "%.1f", $0.z)) (\($0.count))" }.joined(separator: ", ")) + "\n"
            }
        }
        return out
    }
}
