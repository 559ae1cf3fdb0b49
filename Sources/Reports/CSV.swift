import Analysis
import Foundation
import Text

/// The one CSV writer every command uses: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, and not a number) get a leading apostrophe.
public enum CSV {
    /// One line: the cells, quoted where needed, joined by commas, ending in a newline.
    public static func row(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\n"
    }

    public static func field(_ cell: String) -> String {
        var s = cell
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(s) == nil { s = "'" + s }
        return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

extension CSV {
    /// `voice` for the five disjoint voices (headline, lead, narration, quote, scare_quote: their rows add up), `total`
    /// for the sums over them (own: every voice but quote; quoted: quote; all: every voice). Summing only the `voice`
    /// rows never counts a match twice.
    public static func voiceKind(_ voice: VoiceKey) -> String {
        voice.isTotal ? "total" : "voice"
    }
}

/// `slant score --format csv`: one row per article, lexicon, category and voice; `events` gives each article's event
/// (empty for a file).
public enum ScoreCSV {
    public static func render(events: [String], analysis: EventAnalysis) -> String {
        var out = "event,outlet,article,lexicon,category,voice,voice_kind,count,weighted,negated,rate_per_1000\n"
        for (profile, event) in zip(analysis.profiles, events) {
            for c in profile.counts {
                out += CSV.row([event, profile.outlet, profile.id, c.lexicon, c.category, c.voice.rawValue, CSV.voiceKind(c.voice),
                                String(c.count), String(c.weighted), String(c.negated), String(c.ratePer1000)])
            }
        }
        return out
    }
}

/// `slant quotes --format csv`: one row per quote, for R and pandas; offsets count Unicode scalars of the article's
/// clean text, empty cells are absent values.
public enum QuotesCSV {
    public static let header = "outlet,article,start,end,kind,speaker,entity_id,entity_kind,actor,group,resolved_by,"
        + "confidence,cue,mention_start,mention_end,mention,via,in_headline,closed,text\n"

    public static func render(articles: [Article], quotes: [[Quote]]) -> String {
        var out = header
        for (article, list) in zip(articles, quotes) {
            let scalars = ScalarText(article.text)
            for q in list {
                let r = QuoteRecord(q, in: scalars)
                var cells: [String] = [article.outlet, article.id, String(r.start), String(r.end), r.kind.rawValue]
                cells += [r.speaker ?? "", r.entity?.id ?? "", r.entity?.kind.rawValue ?? "", r.actor ?? "", r.group ?? ""]
                cells += [r.resolvedBy?.rawValue ?? "", String(r.confidence), r.cue?.text ?? ""]
                let mention: [String] = r.mention.map { [String($0.start), String($0.end), $0.text] } ?? ["", "", ""]
                cells += mention
                cells += [r.via ?? "", String(r.inHeadline), String(r.closed), r.text]
                out += CSV.row(cells)
            }
        }
        return out
    }
}

/// `slant diff --format csv`: one row per sentence of each side, with its verdict against the other side.
public enum DiffCSV {
    public static func render(_ diff: ArticleDiff) -> String {
        var out = CSV.row(["side", "article", "start", "end", "verdict", "coverage", "other_sentences", "shared_words", "stem_matches", "shared_phrase", "text"])
        for (side, article, records) in [("a", diff.a.id, diff.sentencesA), ("b", diff.b.id, diff.sentencesB)] {
            for r in records {
                out += CSV.row([side, article, String(r.start), String(r.end), r.verdict.rawValue, String(r.coverage),
                                r.others.map { "\($0.start)-\($0.end)" }.joined(separator: " "),
                                r.evidence.words.joined(separator: " "), r.evidence.stems.joined(separator: " "), r.evidence.phrase ?? "", r.text])
            }
        }
        return out
    }
}

