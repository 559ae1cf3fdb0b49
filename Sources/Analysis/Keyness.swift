import Text

/// A word that distinguishes one outlet's wording from the rest of the event.
public struct DistinctiveWord: Codable, Sendable, Equatable {
    public var word: String
    /// z-score of the log-odds ratio (positive: more typical of this outlet).
    public var z: Double
    /// The log-odds ratio itself.
    public var delta: Double
    public var count: Int
    /// Count in the other outlets together.
    public var rest: Int
}

/// Log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words").
///
/// For outlet i against the rest: δ_w = log((y_iw + α_w)/(n_i + α₀ − y_iw − α_w)) − log((y_rw + α_w)/(n_r + α₀ − y_rw − α_w)),
/// σ²_w ≈ 1/(y_iw + α_w) + 1/(y_rw + α_w), z_w = δ_w/σ_w. The prior is the event's own word frequencies:
/// α_w = `priorStrength` × (count of w in the whole event), so α₀ = `priorStrength` × N.
public enum Keyness {
    public static let priorStrength = 0.5

    /// Function words left out of keyness (they separate styles, not framings).
    static let stopwords: Set<String> = Set("""
        a an the and or but so of to in on at by for with from into onto as than that this these those it its it's is are
        was were be been being am has have had do does did will would shall should can could may might must i we you he
        she they me us him her them my our your his their there here what which who whom whose when where why how if then
        also just very all any some such more most other about up out over under again further once 's not no nor only own
        same too s t don now said says say told according
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Honorifics and abbreviated titles: a house's style ("Mr.", "Ms." in one outlet, "Rep.", "Sen." in another),
    /// not its framing.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "messrs", "dr", "rep", "reps", "sen", "sens", "gov", "govs",
                                          "lt", "gen", "col", "sgt", "adm", "jr", "sr"]

    /// Folded content words of a text within the given spans (for example the outlet's own voice). An abbreviation
    /// counts with or without its dots ("F.B.I." is "fbi", unless the bare letters are a function word: "U.S." stays);
    /// honorifics and the outlet's own name where the text writes it in full ("Fox News" in a Fox News article: an
    /// outlet citing itself) are house style and left out.
    public static func words(_ text: String, outlet: String? = nil, where include: (TextSpan) -> Bool) -> [String: Int] {
        let tokens = Tokenizer.tokens(text)
        let folded = tokens.map { Tokenizer.folded($0, in: text) }
        var skip = Set<Int>()
        if let outlet {
            var name = Tokenizer.tokens(outlet).map { Tokenizer.folded($0, in: outlet) }
            if name.first == "the", name.count > 1 { name.removeFirst() }
            if !name.isEmpty, folded.count >= name.count {
                for k in 0...(folded.count - name.count) where folded[k] == name[0] && Array(folded[k..<(k + name.count)]) == name {
                    skip.formUnion(k..<(k + name.count))
                }
            }
        }
        var counts: [String: Int] = [:]
        for (k, t) in tokens.enumerated() where t.flags.contains(.alphabetic) && !skip.contains(k) && include(t.span) {
            var w = folded[k]
            if w.contains(".") {
                let bare = w.replacingOccurrences(of: ".", with: "")
                if !bare.isEmpty, !stopwords.contains(bare) { w = bare }
            }
            if !stopwords.contains(w), !honorifics.contains(w), w.count > 1 { counts[w, default: 0] += 1 }
        }
        return counts
    }

    /// Each group's most distinctive words against the others (z above 0), highest z first.
    public static func distinctive(_ groups: [[String: Int]], top: Int = 15, minimumCount: Int = 2) -> [[DistinctiveWord]] {
        var total: [String: Int] = [:]
        for g in groups { for (w, c) in g { total[w, default: 0] += c } }
        let n = Double(total.values.reduce(0, +))
        return groups.map { group in
            let ni = Double(group.values.reduce(0, +))
            let nr = n - ni
            let a0 = priorStrength * n
            var scored: [DistinctiveWord] = []
            for (w, yi) in group where yi >= minimumCount {
                let yr = Double((total[w] ?? 0) - yi)
                let aw = priorStrength * Double(total[w] ?? 0)
                let yiD = Double(yi)
                let delta = log((yiD + aw) / (ni + a0 - yiD - aw)) - log((yr + aw) / (nr + a0 - yr - aw))
                let variance = 1 / (yiD + aw) + 1 / (yr + aw)
                let z = delta / variance.squareRoot()
                scored.append(DistinctiveWord(word: w, z: (z * 1000).rounded() / 1000, delta: (delta * 1000).rounded() / 1000,
                                              count: yi, rest: Int(yr)))
            }
            return Array(scored.filter { $0.z > 0 }.sorted { ($0.z, $1.word) > ($1.z, $0.word) }.prefix(top))
        }
    }
}

import Foundation
