/// Counts words as readers do: runs of letters and digits, where apostrophes, hyphens, and dots or commas between two
/// letters or digits stay inside the word ("U.S.", "2,500", "advise-and-assist", "Kata’ib").
public enum WordCounter {
    public static func count(_ text: some StringProtocol) -> Int {
        var state = State()
        for s in text.unicodeScalars { state.feed(s) }
        return state.words
    }

    /// The words in a run of scalars (a span of a text already split into scalars).
    public static func count(scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var state = State()
        for s in scalars { state.feed(s) }
        return state.words
    }

    /// The words inside `spans` of `text` (each span counted on its own), in one pass over the text.
    public static func count(_ text: String, in spans: [TextSpan]) -> Int {
        let ordered = spans.filter { $0.end > $0.start }.sorted { $0.start < $1.start }
        guard !ordered.isEmpty else { return 0 }
        var total = 0
        var k = 0
        var state = State()
        var offset = 0
        for s in text.unicodeScalars {
            while k < ordered.count, offset >= ordered[k].end {
                total += state.words
                state = State()
                k += 1
            }
            guard k < ordered.count else { break }
            if offset >= ordered[k].start { state.feed(s) }
            offset += 1
        }
        if k < ordered.count { total += state.words }
        return total
    }

    /// Calls `body` with the scalar offset where each word of `text` starts, in order.
    public static func forEachWordStart(in text: String, _ body: (Int) -> Void) {
        var state = State()
        var offset = 0
        for s in text.unicodeScalars {
            let before = state.words
            state.feed(s)
            if state.words > before { body(offset) }
            offset += 1
        }
    }

    /// Word counting one scalar at a time: a joiner stays inside a word only when a word character follows it.
    struct State {
        var words = 0
        var inWord = false
        var pendingJoiner = false

        mutating func feed(_ s: Unicode.Scalar) {
            if isWordScalar(s) {
                if !inWord { words += 1; inWord = true }
                pendingJoiner = false
            } else if inWord, !pendingJoiner, isJoiner(s) {
                pendingJoiner = true
            } else {
                inWord = false
                pendingJoiner = false
            }
        }
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
