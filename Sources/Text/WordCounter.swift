/// Counts words as readers do: runs of letters and digits, where apostrophes, hyphens, and dots or commas between two
/// letters or digits stay inside the word ("U.S.", "2,500", "advise-and-assist", "Kata’ib").
public enum WordCounter {
    public static func count(_ text: some StringProtocol) -> Int {
        count(scalars: Array(text.unicodeScalars)[...])
    }

    /// The words in a run of scalars (a span of a text already split into scalars).
    public static func count(scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var n = 0
        var inWord = false
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if isWordScalar(s) {
                if !inWord { n += 1; inWord = true }
            } else if inWord, isJoiner(s), i + 1 < scalars.endIndex, isWordScalar(scalars[i + 1]) {
                // a joiner inside a word
            } else {
                inWord = false
            }
            i += 1
        }
        return n
    }

    @inlinable static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "-" || s == "\u{2010}" || s == "." || s == ","
    }
}
