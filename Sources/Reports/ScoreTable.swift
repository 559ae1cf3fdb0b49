import Analysis
import Foundation

/// `slant score` as a terminal table: each article's own and quoted words, headline frames, scare quotes and counts
/// by category and voice; with `explain`, every match behind them; then the outlets' distinctive words.
public enum ScoreTable {
    public static func render(_ analysis: EventAnalysis, explain: Bool) -> String {
        var out = ""
        for profile in analysis.profiles {
            out += "\(profile.outlet) — \(profile.title)\n"
            let own = profile.words(.own), quoted = profile.words(.quoted)
            out += "  words: \(own) own, \(quoted) quoted\n"
            for frame in profile.headlineFrames {
                out += "  headline frame (\(frame.lexicon)): \(frame.category ?? "none")\n"
            }
            if !profile.scareQuotes.isEmpty {
                out += "  scare quotes: " + profile.scareQuotes.map { "“\($0.text)”" }.joined(separator: ", ") + "\n"
            }
            let rows = profile.counts.filter { $0.voice == .own || $0.voice == .quoted }.map { c in
                [c.lexicon, c.category, c.voice.rawValue, String(c.count), String(format: "%.1f", c.ratePer1000)]
            }
            if rows.isEmpty {
                out += "  no lexicon matches\n"
            } else {
                out += TextTable.render(["lexicon", "category", "voice", "count", "per 1,000"], rows,
                                        align: [.left, .left, .left, .right, .right], indent: "  ")
            }
            if explain {
                for m in profile.matches {
                    out += "    \(m.start)-\(m.end) \(m.voice.rawValue): “\(m.text)” → \(m.lexicon)/\(m.category)"
                        + (m.negated ? " (negated)" : "") + (m.speaker.map { " [\($0)]" } ?? "") + "\n"
                }
            }
            out += "\n"
        }
        if analysis.outlets.count > 1 {
            out += "Distinctive words (log-odds with informative Dirichlet prior; z, count here / elsewhere)\n"
            for (outlet, words) in zip(analysis.outlets, analysis.distinctive) {
                out += "  \(outlet): " + words.prefix(8).map { String(format: "%@ %.1f (%d/%d)", $0.word, $0.z, $0.count, $0.rest) }
                    .joined(separator: ", ") + "\n"
            }
        }
        return out
    }
}
