/// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980): English words to their stems, so that
/// "withdrawal", "withdrawing" and "withdraws" compare equal ("withdraw"). Lower-case ASCII letters only; any other
/// word (digits, accents, apostrophes) is returned as it is.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        let utf8 = Array(word.utf8)
        guard utf8.count > 2, utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var w = utf8
        step1ab(&w)
        if w.count > 2 {
            step1c(&w); step2(&w); step3(&w); step4(&w); step5(&w)
        }
        return String(decoding: w, as: UTF8.self)
    }

    // MARK: Measures

    /// Whether w[i] is a consonant ("y" is one after a vowel or at the start).
    static func consonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: return false          // a e i o u
        case 0x79: return i == 0 ? true : !consonant(w, i - 1)    // y
        default: return true
        }
    }

    /// m: the number of vowel-consonant sequences in w[0..<end].
    static func measure(_ w: [UInt8], _ end: Int) -> Int {
        var n = 0, i = 0
        while i < end && consonant(w, i) { i += 1 }
        while i < end {
            while i < end && !consonant(w, i) { i += 1 }
            guard i < end else { break }
            n += 1
            while i < end && consonant(w, i) { i += 1 }
        }
        return n
    }

    static func hasVowel(_ w: [UInt8], _ end: Int) -> Bool { (0..<end).contains { !consonant(w, $0) } }

    static func doubleConsonant(_ w: [UInt8], _ end: Int) -> Bool {
        end >= 2 && w[end - 1] == w[end - 2] && consonant(w, end - 1)
    }

    /// Consonant-vowel-consonant ending w[0..<end], the last not w, x or y ("hop", not "hoy").
    static func cvc(_ w: [UInt8], _ end: Int) -> Bool {
        guard end >= 3, consonant(w, end - 1), !consonant(w, end - 2), consonant(w, end - 3) else { return false }
        let c = w[end - 1]
        return c != 0x77 && c != 0x78 && c != 0x79
    }

    static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
        var k = w.count
        for c in suffix.utf8.reversed() {
            k -= 1
            if k < 0 || w[k] != c { return false }
        }
        return true
    }

    /// Replaces `suffix` by `replacement` when the stem before it has measure above `minimum`; true when the suffix was there.
    @discardableResult
    static func replace(_ w: inout [UInt8], _ suffix: String, _ replacement: String, minimum: Int) -> Bool {
        guard ends(w, suffix) else { return false }
        let stem = w.count - suffix.utf8.count
        if measure(w, stem) > minimum { w.removeLast(suffix.utf8.count); w += Array(replacement.utf8) }
        return true
    }

    // MARK: Steps

    static func step1ab(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2) } else if ends(w, "ies") { w.removeLast(2) } else if ends(w, "ss") {
        } else if ends(w, "s") { w.removeLast() }
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var stripped = false
        for suffix in ["ed", "ing"] where ends(w, suffix) && hasVowel(w, w.count - suffix.utf8.count) {
            w.removeLast(suffix.utf8.count)
            stripped = true
            break
        }
        guard stripped else { return }
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(0x65)
        } else if doubleConsonant(w, w.count), ![0x6C, 0x73, 0x7A].contains(w[w.count - 1]) {
            w.removeLast()
        } else if measure(w, w.count) == 1 && cvc(w, w.count) {
            w.append(0x65)
        }
    }

    static func step1c(_ w: inout [UInt8]) {
        if w.last == 0x79, hasVowel(w, w.count - 1) { w[w.count - 1] = 0x69 }
    }

    /// Longest suffix first.
    static let step2Rules: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ].sorted { $0.0.utf8.count > $1.0.utf8.count }
    static let step3Rules: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ].sorted { $0.0.utf8.count > $1.0.utf8.count }
    static let step4Suffixes = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
                                "ism", "ate", "iti", "ous", "ive", "ize"].sorted { $0.utf8.count > $1.utf8.count }

    static func step2(_ w: inout [UInt8]) {
        // Longest matching suffix first.
        for (suffix, replacement) in step2Rules where ends(w, suffix) {
            replace(&w, suffix, replacement, minimum: 0)
            return
        }
    }

    static func step3(_ w: inout [UInt8]) {
        for (suffix, replacement) in step3Rules where ends(w, suffix) {
            replace(&w, suffix, replacement, minimum: 0)
            return
        }
    }

    static func step4(_ w: inout [UInt8]) {
        for suffix in step4Suffixes where ends(w, suffix) {
            let stem = w.count - suffix.utf8.count
            if suffix == "ion" {
                guard stem > 0, w[stem - 1] == 0x73 || w[stem - 1] == 0x74 else { return }
            }
            if measure(w, stem) > 1 { w.removeLast(suffix.utf8.count) }
            return
        }
    }

    static func step5(_ w: inout [UInt8]) {
        if w.last == 0x65 {
            let m = measure(w, w.count - 1)
            if m > 1 || (m == 1 && !cvc(w, w.count - 1)) { w.removeLast() }
        }
        if w.count >= 2, w.last == 0x6C, doubleConsonant(w, w.count), measure(w, w.count) > 1 { w.removeLast() }
    }
}
