/// Reads the dates news pages print and normalises them to ISO 8601.
public enum DateParser {
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]

    private static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, name) in monthNames.enumerated() {
            m[name] = i + 1
            m[String(name.prefix(3))] = i + 1
            m[String(name.prefix(4))] = i + 1   // "sept", "june", "july"
        }
        return m
    }()

    private static let fillerWords: Set<String> = [
        "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a", "p", "m", "et", "est", "edt",
        "gmt", "utc", "bst", "cet", "cest", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "ist", "date", "time",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "by", "z", "th", "st", "nd", "rd", "of", "story", "first",
    ]

    /// The ISO 8601 form of a date written in any common way, or nil.
    public static func iso(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: " \t\n\r")
        if let iso = isoLike(text) { return iso }
        let tokens = tokenize(text)
        return dateFromTokens(tokens)?.iso
    }

    /// True when a whole (short) block is a date with optional words like "Published" and a time.
    public static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 120, hasYear(text) else { return false }
        let tokens = tokenize(text)
        guard let found = dateFromTokens(tokens) else { return false }
        for (i, token) in tokens.enumerated() where !found.used.contains(i) {
            if fillerWords.contains(token) { continue }
            if token.allSatisfy({ $0.isNumber }) && token.count <= 2 { continue }   // hours, minutes
            return false
        }
        return true
    }

    /// A run of exactly four digits: every date this parser reads has a year.
    private static func hasYear(_ text: String) -> Bool {
        var run = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 { run += 1 } else { if run == 4 { return true }; run = 0 }
        }
        return run == 4
    }

    // "2021-07-26", "2021-07-26T14:03:00Z", "2021-07-26 14:03:00+02:00", "2021/07/26"
    private static func isoLike(_ text: String) -> String? {
        let s = Array(text.utf8)
        guard s.count >= 10 else { return nil }
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= s.count else { return nil }
            var v = 0
            for i in r { guard s[i] >= 0x30 && s[i] <= 0x39 else { return nil }; v = v * 10 + Int(s[i] - 0x30) }
            return v
        }
        guard let y = digits(0..<4), s[4] == 0x2D || s[4] == 0x2F, let mo = digits(5..<7), s[7] == s[4],
              let d = digits(8..<10), (1...12).contains(mo), (1...31).contains(d), (1900...2100).contains(y) else { return nil }
        let date = String(format4(y)) + "-" + two(mo) + "-" + two(d)
        guard s.count >= 16, s[10] == 0x54 || s[10] == 0x20, let h = digits(11..<13), s[13] == 0x3A, let mi = digits(14..<16) else {
            return date
        }
        var sec = 0
        var i = 16
        if s.count >= 19, s[16] == 0x3A, let ss = digits(17..<19) { sec = ss; i = 19 }
        if i < s.count, s[i] == 0x2E { i += 1; while i < s.count, s[i] >= 0x30 && s[i] <= 0x39 { i += 1 } }
        var zone = ""
        if i < s.count {
            if s[i] == 0x5A { zone = "Z" } else if s[i] == 0x2B || s[i] == 0x2D, let zh = digits((i + 1)..<(i + 3)) {
                var zm = 0
                if i + 5 < s.count + 1, i + 3 < s.count, s[i + 3] == 0x3A, let m = digits((i + 4)..<(i + 6)) { zm = m }
                else if let m = digits((i + 3)..<(i + 5)) { zm = m }
                zone = (s[i] == 0x2B ? "+" : "-") + two(zh) + ":" + two(zm)
            }
        }
        guard h < 24, mi < 60, sec < 61 else { return date }
        return date + "T" + two(h) + ":" + two(mi) + ":" + two(sec) + zone
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    private static func format4(_ v: Int) -> String { String(v) }

    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if let last = current.last, last.isNumber != ch.isNumber { tokens.append(current); current = "" }
                current.append(ch)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private struct Found { var iso: String; var used: Set<Int> }

    private static func dateFromTokens(_ t: [String]) -> Found? {
        guard let yi = t.firstIndex(where: { $0.count == 4 && Int($0).map { (1900...2100).contains($0) } == true }) else {
            return nil
        }
        let year = Int(t[yi])!
        func iso(_ m: Int, _ d: Int) -> String? {
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            return "\(year)-\(two(m))-\(two(d))"
        }
        // Month name with a day before or after it: "July 26, 2021", "26 July 2021", "Jul. 26 2021".
        if let mi = t.firstIndex(where: { months[$0] != nil }), let m = months[t[mi]] {
            if mi + 1 < t.count, mi + 1 != yi, let d = Int(t[mi + 1]), t[mi + 1].count <= 2, let s = iso(m, d) {
                return Found(iso: s, used: [mi, mi + 1, yi])
            }
            if mi > 0, mi - 1 != yi, let d = Int(t[mi - 1]), t[mi - 1].count <= 2, let s = iso(m, d) {
                return Found(iso: s, used: [mi - 1, mi, yi])
            }
            return nil
        }
        // Numeric: "27/07/2021" (day first unless impossible), "2021/07/27".
        if yi >= 2, let a = Int(t[yi - 2]), let b = Int(t[yi - 1]), t[yi - 2].count <= 2, t[yi - 1].count <= 2 {
            let s = a > 12 ? iso(b, a) : (b > 12 ? iso(a, b) : iso(b, a))
            if let s { return Found(iso: s, used: [yi - 2, yi - 1, yi]) }
        }
        if yi + 2 < t.count, let a = Int(t[yi + 1]), let b = Int(t[yi + 2]), let s = iso(a, b) {
            return Found(iso: s, used: [yi, yi + 1, yi + 2])
        }
        return nil
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
