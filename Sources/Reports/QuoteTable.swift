import Analysis
import Text

/// `slant quotes` as terminal text: each article's quotations with their kind and speaker, then who each outlet
/// quotes (words per speaker and outlet; * for the speaker it quotes first).
public enum QuoteTable {
    public static func render(articles: [Article], quotes: [[Quote]], matrix: [QuoteMatrixRow]) -> String {
        var out = ""
        for (article, list) in zip(articles, quotes) {
            let scalars = ScalarText(article.text)
            out += "\(article.outlet) — \(article.title)\n"
            for q in list {
                let who = q.kind == .scare ? "(scare quote)"
                    : (q.speaker.map { s in s + (q.actor.map { $0 == s ? "" : " → \($0)" } ?? "") } ?? "(unattributed)")
                out += "  [\(q.kind.rawValue)] \(who): “\(clip(scalars[q.content]))”\n"
            }
            out += "\n"
        }
        if !matrix.isEmpty && articles.count > 1 {
            out += "Quote selection (words quoted per speaker and outlet; * quoted first)\n"
            let outlets = articles.map(\.outlet)
            let rows = matrix.filter { $0.level == .speaker }.map { row in
                [row.speaker] + outlets.map { outlet in
                    guard let cell = row.cells.first(where: { $0.outlet == outlet }), cell.quotes > 0 else { return "–" }
                    return "\(cell.words)\(cell.first ? "*" : "")"
                }
            }
            out += TextTable.render(["speaker"] + outlets, rows, align: [.left] + outlets.map { _ in .right })
        }
        return out
    }

    static func clip(_ s: String) -> String {
        s.count > 90 ? String(s.prefix(87)) + "…" : s
    }
}
