/// Finds many substrings at once in ASCII-ish bytes (an Aho–Corasick automaton over a folded alphabet), returning the union of
/// the hints of every pattern found. Letters are folded to lower case and `_` to `-`, so `article_Body` matches `article-body`.
struct BytePatternMatcher: Sendable {
    private static let alphabetSize = 39
    private let transitions: [Int32]
    private let output: [UInt32]

    /// Byte to alphabet index: a–z 0–25, 0–9 26–35, `-`/`_` 36, anything else 37 (a separator that never matches).
    @inline(__always) static func symbol(_ b: UInt8) -> Int {
        switch b {
        case 0x61...0x7A: return Int(b - 0x61)
        case 0x41...0x5A: return Int(b - 0x41)
        case 0x30...0x39: return 26 + Int(b - 0x30)
        case 0x2D, 0x5F: return 36
        default: return 37
        }
    }

    init(patterns: [(String, UInt32)]) {
        let n = Self.alphabetSize
        var goto: [[Int32]] = [[Int32](repeating: -1, count: n)]
        var out: [UInt32] = [0]
        for (pattern, value) in patterns {
            var state = 0
            for b in pattern.utf8 {
                let s = Self.symbol(b)
                if goto[state][s] < 0 {
                    goto.append([Int32](repeating: -1, count: n))
                    out.append(0)
                    goto[state][s] = Int32(goto.count - 1)
                }
                state = Int(goto[state][s])
            }
            out[state] |= value
        }
        // Breadth-first failure links, folded into a full transition table.
        var fail = [Int](repeating: 0, count: goto.count)
        var table = [Int32](repeating: 0, count: goto.count * n)
        var queue: [Int] = []
        for s in 0..<n {
            let next = goto[0][s]
            if next >= 0 { table[s] = next; fail[Int(next)] = 0; queue.append(Int(next)) } else { table[s] = 0 }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]; head += 1
            out[state] |= out[fail[state]]
            for s in 0..<n {
                let next = goto[state][s]
                if next >= 0 {
                    fail[Int(next)] = Int(table[fail[state] * n + s])
                    table[state * n + s] = next
                    queue.append(Int(next))
                } else {
                    table[state * n + s] = table[fail[state] * n + s]
                }
            }
        }
        self.transitions = table
        self.output = out
    }

    /// The union of the values of all patterns occurring in `bytes`.
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var state = 0
        var found: UInt32 = 0
        transitions.withUnsafeBufferPointer { t in
            output.withUnsafeBufferPointer { o in
                for b in bytes {
                    state = Int(t[state * Self.alphabetSize + Self.symbol(b)])
                    found |= o[state]
                }
            }
        }
        return found
    }

    func match(_ string: String) -> UInt32 {
        var s = string
        return s.withUTF8 { match($0) }
    }
}

/// Short class tokens that only count as whole words (`ad`, `nav`, `meta`), looked up as packed 8-byte keys.
struct ClassTokenTable: Sendable {
    private static let size = 256
    private let keys: [UInt64]
    private let values: [UInt32]

    init(tokens: [(String, UInt32)]) {
        var keys = [UInt64](repeating: 0, count: Self.size)
        var values = [UInt32](repeating: 0, count: Self.size)
        for (token, value) in tokens {
            let key = Self.pack(Array(token.utf8))!
            var i = Self.slot(key)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & (Self.size - 1) }
            keys[i] = key
            values[i] |= value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always) private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56) & (size - 1)
    }

    private func value(_ key: UInt64) -> UInt32? {
        var i = Self.slot(key)
        while keys[i] != 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & (Self.size - 1)
        }
        return nil
    }

    static func pack<C: Collection>(_ bytes: C) -> UInt64? where C.Element == UInt8 {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for b in bytes {
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            key = key << 8 | UInt64(lower)
        }
        return key
    }

    /// Splits at separators and lower-to-upper case changes (`topAd` → `top`, `ad`) and looks each token up.
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var found: UInt32 = 0
        var start = 0
        var i = 0
        let n = bytes.count
        func flush(_ end: Int) {
            if end > start, end - start <= 8, let key = Self.pack(UnsafeBufferPointer(rebasing: bytes[start..<end])),
               let v = value(key) {
                found |= v
            }
        }
        while i < n {
            let b = bytes[i]
            let isAlnum = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            if !isAlnum {
                flush(i); start = i + 1
            } else if b >= 0x41 && b <= 0x5A, i > start, bytes[i - 1] >= 0x61 && bytes[i - 1] <= 0x7A {
                flush(i); start = i
            }
            i += 1
        }
        flush(n)
        return found
    }
}
