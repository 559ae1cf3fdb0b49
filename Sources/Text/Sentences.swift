/// Splits text into sentences: at `.`, `!`, `?` and `…` (with any closing quotes or brackets) before a space and a
/// capital, digit or opening quote; never after titles or initials, and after other abbreviations ("U.S.", "Inc.")
/// only before a word that opens sentences; always at line breaks.
public enum Sentences {
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "cmdr", "adm",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "dept", "fig", "mt", "ft", "hon",
        "rev", "pres", "sec", "amb", "gens", "reps", "sens", "msgr", "supt", "pvt", "cpl", "spc", "brig", "ave", "blvd",
    ]

    static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{00AB}"]

    /// The sentences of `text` as spans (surrounding spaces excluded).
    public static func split(_ text: String) -> [TextSpan] {
        split(Array(text.unicodeScalars))
    }

    public static func split(_ s: [Unicode.Scalar]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, Whitespace.isSpace(s[a]) { a += 1 }
            while b > a, Whitespace.isSpace(s[b - 1]) { b -= 1 }
            if b > a { spans.append(TextSpan(a, b)) }
            start = end
        }
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "\n" {
                emit(i)
                i += 1
                continue
            }
            guard c == "." || c == "!" || c == "?" || c == "\u{2026}" else { i += 1; continue }
            var j = i + 1
            while j < n, s[j] == "." || s[j] == "!" || s[j] == "?" || s[j] == "\u{2026}" { j += 1 }
            while j < n, closers.contains(s[j]) { j += 1 }
            if j >= n { i = j; continue }
            guard Whitespace.isSpace(s[j]) else { i = j; continue }
            var k = j
            while k < n, Whitespace.isSpace(s[k]), s[k] != "\n" { k += 1 }
            if k < n, s[k] != "\n" {
                var m = k
                while m < n, openers.contains(s[m]) { m += 1 }
                guard m < n else { i = j; continue }
                let next = s[m]
                let startsSentence = next.properties.isUppercase || next.properties.numericType != nil
                    || (m > k && next.properties.isAlphabetic)
                guard startsSentence else { i = j; continue }
                if c == ".", let word = abbreviation(s, dotAt: i) {
                    // An abbreviation that can end a sentence ("U.S.", "F.B.I.", "Inc.", "Jr.") ends one when a word
                    // that opens sentences follows ("…moved to the U.S. Then he left"), not before a name ("U.S. Senate").
                    guard Self.canEndSentence(word), Self.sentenceOpeners.contains(Self.word(s, at: m)) else { i = j; continue }
                }
            }
            emit(j)
            i = j
        }
        emit(n)
        return spans
    }

    /// The word before the dot, lower-cased without its last dot, when it is an abbreviation, an initial ("Gen.",
    /// "J.") or an initialism of single letters and dots ("U.S.", "F.B.I.").
    public static func abbreviation(_ s: [Unicode.Scalar], dotAt dot: Int) -> String? {
        var k = dot
        while k > 0, s[k - 1].properties.isAlphabetic || s[k - 1] == "." { k -= 1 }
        guard k < dot else { return nil }
        var word = String(String.UnicodeScalarView(s[k..<dot])).lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        if word.count == 1, let first = s[k..<dot].first, first.properties.isUppercase { return word }   // initials
        return abbreviations.contains(word) || isInitialism(word) ? word : nil
    }

    /// Single letters joined by dots: "u.s", "f.b.i", "d.c".
    static func isInitialism(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 }
    }

    /// Abbreviations that a sentence may end with; titles ("Mr.", "Gen.") and a person's initials never end one.
    public static func canEndSentence(_ word: String) -> Bool {
        isInitialism(word) || ["etc", "inc", "corp", "ltd", "co", "jr", "sr"].contains(word)
    }

    /// Words that open sentences and are not names: after "U.S." or "Inc." they start a new sentence.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "this",
        "that", "these", "those", "there", "then", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "after",
        "before", "when", "while", "if", "as", "since", "although", "though", "however", "meanwhile", "still", "now",
        "both", "some", "many", "most", "all", "no", "not", "what", "who", "why", "how", "where", "one", "another",
    ]

    /// The letters of the word starting at `start`, lower-cased.
    static func word(_ s: [Unicode.Scalar], at start: Int) -> String {
        var end = start
        while end < s.count, s[end].properties.isAlphabetic { end += 1 }
        return String(String.UnicodeScalarView(s[start..<end])).lowercased()
    }
}
