/// Counts words as readers do: runs of letters and digits, where apostrophes, hyphens, and dots or commas between two
/// letters or digits stay inside the word ("U.S.", "2,500", "advise-and-assist", "Kata’ib").
public enum WordCounter {
    public static func count(_ text: some StringProtocol) -> Int {
        let scalars = Array(text.unicodeScalars)
        var n = 0
        var inWord = false
        for (i, s) in scalars.enumerated() {
            if isWordScalar(s) {
                if !inWord { n += 1; inWord = true }
            } else if inWord, isJoiner(s), i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                continue
            } else {
                inWord = false
            }
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
