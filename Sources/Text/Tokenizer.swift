/// Flags the tokenizer records on each token.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// No flags (spelled out: an empty array literal costs an allocation check in the hot loop).
    @inlinable public static var empty: TokenFlags { TokenFlags(rawValue: 0) }
    /// A sentence end, which is also a clause end.
    @inlinable public static var sentenceEnd: TokenFlags { TokenFlags(rawValue: 0b11) }

    /// A sentence ends between the previous token and this one (`.`, `!`, `?`, or a blank line).
    @inlinable public static var sentenceBefore: TokenFlags { TokenFlags(rawValue: 1 << 0) }
    /// A clause ends before this token (a sentence end, `;`, `:`, or a line break).
    @inlinable public static var clauseBefore: TokenFlags { TokenFlags(rawValue: 1 << 1) }
    /// The token ends with `*` (lexicon entries only: a glob).
    @inlinable public static var glob: TokenFlags { TokenFlags(rawValue: 1 << 2) }
    /// The token contains a letter (not only digits).
    @inlinable public static var alphabetic: TokenFlags { TokenFlags(rawValue: 1 << 3) }
    /// A comma stands between the previous token and this one.
    @inlinable public static var commaBefore: TokenFlags { TokenFlags(rawValue: 1 << 4) }
}

/// One token: its folded form's hash, where it lies (UTF-8 bytes and Unicode scalars), and flags.
public struct Token: Sendable, Hashable {
    /// FNV-1a of the folded form (lower case, ’ → ').
    public var hash: UInt64
    public var byteStart: Int32
    public var byteEnd: Int32
    public var start: Int32
    public var end: Int32
    public var flags: TokenFlags

    public var span: TextSpan { TextSpan(Int(start), Int(end)) }
}

/// Unicode-aware word tokenization shared by lexicon matching, keyness and alignment.
///
/// - Words are runs of letters and digits; hyphens, dashes and other punctuation separate words (so `advise-and-assist` is three
///   tokens and matches the phrase `advise and assist`).
/// - Apostrophes (`'` and `’`) inside a word stay in it (`Kata’ib`, `we're`, `don't`), except a final possessive
///   `'s`, which becomes a token of its own (`Iran’s` → `iran`, `'s`).
/// - Dots and commas between digits stay in numbers (`2,500`, `3.5`); dotted initials stay whole (`U.S.`, `e.g.`), and
///   so do web addresses (`FactCheck.org`).
/// - Folding: lower case (Unicode-aware), curly apostrophes as straight ones.
public enum Tokenizer {
    /// All tokens of a text.
    public static func tokens(_ text: String, allowGlobs: Bool = false) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var copy = text
        _ = copy.withUTF8 { scan($0, allowGlobs: allowGlobs) { tokens.append($0) } }
        return tokens
    }

    /// The folded form of a token, for display and keyness.
    public static func folded(_ token: Token, in text: String) -> String {
        let utf8 = text.utf8
        if let folded = utf8.withContiguousStorageIfAvailable({ bytes in
            foldASCII(UnsafeBufferPointer(rebasing: bytes[Int(token.byteStart)..<Int(token.byteEnd)]))
        }) {
            return folded
        }
        let lo = utf8.index(utf8.startIndex, offsetBy: Int(token.byteStart)), hi = utf8.index(lo, offsetBy: Int(token.byteEnd - token.byteStart))
        return fold(String(text[lo..<hi]))
    }

    /// `fold` for a token's UTF-8 bytes, without leaving them when they are ASCII.
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return fold(String(decoding: bytes, as: UTF8.self)) }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            for b in bytes where b != 0x2A {   // a glob's `*` is dropped
                out[n] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                n += 1
            }
            return n
        }
    }

    /// Lower case with curly apostrophes straightened (and a glob's `*` removed).
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.lowercased().unicodeScalars {
            if scalar == "\u{2019}" { out.append("'") } else if scalar != "*" { out.append(scalar) }
        }
        return String(out)
    }

    @inlinable @inline(__always) public static func isASCIIWord(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// For 8 bytes, the high bit of each byte that is an ASCII letter or digit, the same for letters alone, and the
    /// bytes with letters lower-cased.
    @inline(__always) static func wordBytes(_ x: UInt64) -> (mask: UInt64, letters: UInt64, folded: UInt64) {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ascii = ~x & high
        let y = x | 0x2020_2020_2020_2020                       // lower case for letters
        let v = y & 0x7F7F_7F7F_7F7F_7F7F
        let geA = (v &+ 0x1F1F_1F1F_1F1F_1F1F) & high           // y >= 'a'
        let leZ = ~(v &+ 0x0505_0505_0505_0505) & high          // y <= 'z'
        let w = x & 0x7F7F_7F7F_7F7F_7F7F
        let ge0 = (w &+ 0x5050_5050_5050_5050) & high           // x >= '0'
        let le9 = ~(w &+ 0x4646_4646_4646_4646) & high          // x <= '9'
        let letters = geA & leZ & ascii
        let digits = ge0 & le9 & ascii
        // Letters take the lower-cased byte, digits their own (already containing 0x20).
        return (letters | digits, letters, y)
    }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }

    /// Decodes the scalar starting at `i` (valid UTF-8 assumed) and its length.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[i]
        let n = bytes.count
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        if b < 0xE0, i + 1 < n { return (Unicode.Scalar(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)) ?? " ", 2) }
        if b < 0xF0, i + 2 < n {
            let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? " ", 3)
        }
        if i + 3 < n {
            let v = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? " ", 4)
        }
        return (" ", 1)
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // Common punctuation of news text, answered without a property lookup.
        if (v >= 0x2000 && v <= 0x206F) || v == 0xA0 || v == 0xAB || v == 0xBB || v == 0xB7 { return false }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }       // Latin letters with accents
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// The token hash: the folded bytes in little-endian 8-byte chunks (the last one zero-padded), each mixed into the
    /// state, then the length. The fast path hashes a whole chunk at once; the careful path feeds bytes one by one
    /// through `HashState` with the same result.
    @inline(__always) static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        var v = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        v ^= v >> 29
        return v
    }
    static let hashSeed: UInt64 = 0x243F_6A88_85A3_08D3

    /// Byte-at-a-time hashing equal to the chunked one.
    struct HashState {
        var h = Tokenizer.hashSeed
        var chunk: UInt64 = 0
        var used = 0
        var length = 0

        @inline(__always) mutating func add(_ b: UInt8) {
            chunk |= UInt64(b) << UInt64(8 * used)
            used += 1; length += 1
            if used == 8 { h = Tokenizer.mix(h, chunk); chunk = 0; used = 0 }
        }

        @inline(__always) func finish() -> UInt64 {
            var v = h
            if used > 0 { v = Tokenizer.mix(v, chunk) }
            return Tokenizer.mix(v, UInt64(length))
        }
    }

    /// The hash of an already folded word.
    public static func hash(folded: some Sequence<UInt8>) -> UInt64 {
        var state = HashState()
        for b in folded { state.add(b) }
        return state.finish()
    }

    /// Byte classes: 0 space or other punctuation, 1 lower-case letter, 2 upper-case letter, 3 digit,
    /// 4 sentence end (`.!?`), 5 clause end (`;:`), 6 comma, 7 newline, 8 apostrophe, 9 `*`, 10 non-ASCII.
    static let byteClass: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        switch b {
        case 0x61...0x7A: return 1
        case 0x41...0x5A: return 2
        case 0x30...0x39: return 3
        case 0x2E, 0x21, 0x3F: return 4
        case 0x3B, 0x3A: return 5
        case 0x2C: return 6
        case 0x0A: return 7
        case 0x27: return 8
        case 0x2A: return 9
        case 0x80...0xFF: return 10
        default: return 0
        }
    }

    /// Scans UTF-8 text and reports each token; returns the number of Unicode scalars. This is the hot loop of
    /// lexicon matching: table-driven, and allocation-free on ASCII text.
    @discardableResult
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, allowGlobs: Bool = false, _ emit: (Token) -> Void) -> Int {
        byteClass.withUnsafeBufferPointer { classes in
            scan(bytes, classes: classes, allowGlobs: allowGlobs, emit)
        }
    }

    /// `scan` into a buffer with room for `bytes.count` tokens (a token takes at least one byte); returns the numbers of
    /// tokens and of Unicode scalars.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>,
                            into tokens: UnsafeMutablePointer<Token>) -> (tokens: Int, scalars: Int) {
        var count = 0
        let scalars = byteClass.withUnsafeBufferPointer { classes in
            scan(bytes, classes: classes, allowGlobs: false) { tokens[count] = $0; count += 1 }
        }
        return (count, scalars)
    }

    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>, allowGlobs: Bool,
                     _ emit: (Token) -> Void) -> Int {
        let n = bytes.count
        // Offsets are 32-bit: with this, the hot paths below add and convert without overflow checks.
        precondition(n < Int(Int32.max), "a text of 2 GB or more cannot be tokenized")
        var i = 0
        var scalar: Int32 = 0          // scalar offset of bytes[i]
        var pending = TokenFlags.sentenceEnd
        var newlines = 0
        while i < n {
            let b = bytes[i]
            let cls = classes[Int(b)]
            // Between tokens: classify separators.
            if cls == 0 || (cls >= 4 && cls <= 9) {
                switch cls {
                case 4:
                    // A full stop inside a word ("FactCheck.org", "Salon.com") ends no sentence.
                    if !(b == 0x2E && i > 0 && i + 1 < n && isLetter(bytes[i - 1]) && bytes[i + 1] >= 0x61 && bytes[i + 1] <= 0x7A) {
                        pending.formUnion(.sentenceEnd)
                    }
                    newlines = 0
                case 5: pending.insert(.clauseBefore); newlines = 0
                case 6: pending.insert(.commaBefore); newlines = 0
                case 7:
                    newlines += 1
                    pending.insert(.clauseBefore)
                    if newlines >= 2 { pending.insert(.sentenceBefore) }
                default:
                    if b != 0x20 && b != 0x0D && b != 0x09 { newlines = 0 }
                }
                i &+= 1; scalar &+= 1
                continue
            }
            if cls == 10 {
                let (s, len) = decode(bytes, i)
                if !isWordScalar(s) {
                    if s == "\u{2026}" { pending.formUnion(.sentenceEnd) }   // …
                    newlines = 0
                    i += len; scalar += 1
                    continue
                }
            }
            newlines = 0

            // Fast path: an ASCII word of up to 24 bytes ending in a plain separator, found 8 bytes at a time.
            if cls != 10, i + 8 <= n {
                var h = hashSeed
                var pos = i
                var length = 0
                var letterBits: UInt64 = 0
                var done = false
                while pos + 8 <= n, length < 24 {
                    let x = UnsafeRawPointer(bytes.baseAddress! + pos).loadUnaligned(as: UInt64.self)
                    let (mask, letters, folded) = wordBytes(x)
                    let run = (~mask & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
                    if run == 8 { h = mix(h, folded); letterBits |= letters; pos &+= 8; length &+= 8; continue }
                    let end = pos &+ run
                    let c = bytes[end]
                    // Bytes after which a word may go on, or that start a possessive: the careful path decides.
                    let kc = classes[Int(c)]
                    if kc >= 8 || kc == 4 || kc == 6 {
                        let special = kc == 10 || kc == 8 || (kc == 9 && allowGlobs)
                            || ((c == 0x2E || c == 0x2C) && end > i && isDigit(bytes[end - 1])) || (c == 0x2E && end - i == 1)
                            || (c == 0x2E && length + run > 1 && bytes[end - 2] == 0x2E)
                            || (c == 0x2E && end + 1 < n && bytes[end + 1] >= 0x61 && bytes[end + 1] <= 0x7A)
                        if special { break }
                    }
                    if run > 0 {
                        let low: UInt64 = (1 << UInt64(8 * run)) - 1
                        h = mix(h, folded & low)
                        letterBits |= letters & low
                    }
                    length &+= run
                    guard length > 0 else { break }
                    var flags = pending
                    pending = .empty
                    if letterBits != 0 { flags.insert(.alphabetic) }
                    let length32 = Int32(truncatingIfNeeded: length)
                    emit(Token(hash: mix(h, UInt64(length)), byteStart: Int32(truncatingIfNeeded: i),
                               byteEnd: Int32(truncatingIfNeeded: end), start: scalar, end: scalar &+ length32, flags: flags))
                    scalar &+= length32
                    i = end
                    // A plain space after the word changes no flag: step over it here.
                    if c == 0x20 { i &+= 1; scalar &+= 1 }
                    done = true
                    break
                }
                if done { continue }
            }

            // A token.
            let byteStart = i
            let scalarStart = scalar
            var state = HashState()
            var ascii = true
            var hasLetter = false
            var flags = pending
            pending = .empty
            var end = i
            while end < n {
                let c = bytes[end]
                let k = classes[Int(c)]
                if k >= 1 && k <= 3 {
                    state.add(k == 2 ? c | 0x20 : c)
                    hasLetter = hasLetter || k != 3
                    end += 1; scalar += 1
                    continue
                }
                if k == 10 {
                    let (s, len) = decode(bytes, end)
                    if s == "\u{2019}", end + len < n, nextWordStart(bytes, end + len) != nil {
                        if isPossessive(bytes, end + len) { break }
                        state.add(0x27)
                        end += len; scalar += 1
                        continue
                    }
                    guard isWordScalar(s) else { break }
                    ascii = false
                    if s.properties.isAlphabetic { hasLetter = true }
                    end += len; scalar += 1
                    continue
                }
                // Joiners inside words.
                if k == 8, end + 1 < n, nextWordStart(bytes, end + 1) != nil {
                    if isPossessive(bytes, end + 1) { break }
                    state.add(0x27)
                    end += 1; scalar += 1
                    continue
                }
                if (c == 0x2C || c == 0x2E), isDigit(bytes[end - 1]), end + 1 < n, isDigit(bytes[end + 1]) {
                    state.add(c)
                    end += 1; scalar += 1
                    continue
                }
                if c == 0x2E, isInitials(bytes, byteStart, end) || isDomainDot(bytes, end) {
                    state.add(0x2E)
                    end += 1; scalar += 1
                    continue
                }
                if k == 9, allowGlobs {
                    flags.insert(.glob)
                    end += 1; scalar += 1
                }
                break
            }
            var hash = state.finish()
            if !ascii {
                // Unicode folding for tokens with non-ASCII letters.
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[byteStart..<end]), as: UTF8.self)
                hash = Self.hash(folded: fold(word).utf8)
            }
            if hasLetter { flags.insert(.alphabetic) }
            emit(Token(hash: hash, byteStart: Int32(byteStart), byteEnd: Int32(end), start: scalarStart, end: scalar, flags: flags))
            i = end
            // A possessive 's after the word is its own token.
            if i < n {
                var apostropheLength = 0
                if bytes[i] == 0x27 { apostropheLength = 1 } else if i + 2 < n, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { apostropheLength = 3 }
                if apostropheLength > 0, isPossessive(bytes, i + apostropheLength) {
                    let h = Self.possessiveHash
                    let e = i + apostropheLength + 1
                    emit(Token(hash: h, byteStart: Int32(i), byteEnd: Int32(e), start: scalar, end: scalar + 2, flags: .alphabetic))
                    scalar += 2
                    i = e
                }
            }
        }
        return Int(scalar)
    }

    static let possessiveHash = hash(folded: Array("'s".utf8))

    /// The index of a word character at `i`, if there is one.
    @inline(__always) static func nextWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        let b = bytes[i]
        if b < 0x80 { return isASCIIWord(b) ? i : nil }
        return isWordScalar(decode(bytes, i).0) ? i : nil
    }

    /// `s` or `S` at `i`, followed by a non-word character or the end.
    @inline(__always) static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < bytes.count, bytes[i] == 0x73 || bytes[i] == 0x53 else { return false }
        return nextWordStart(bytes, i + 1) == nil
    }

    /// Top-level domains that make a name a web address ("FactCheck.org", "Salon.com"): one token.
    static let domains: [[UInt8]] = ["com", "org", "net", "gov", "edu", "io", "co", "us", "uk", "tv", "news"].map { Array($0.utf8) }

    /// A dot between a letter and a top-level domain in lower case that ends the word.
    @inline(__always) static func isDomainDot(_ bytes: UnsafeBufferPointer<UInt8>, _ dot: Int) -> Bool {
        guard dot > 0, isLetter(bytes[dot - 1]) else { return false }
        return domains.contains { d in
            dot + d.count < bytes.count && (0..<d.count).allSatisfy { bytes[dot + 1 + $0] == d[$0] }
                && nextWordStart(bytes, dot + 1 + d.count) == nil
        }
    }

    /// Dotted initials: the token so far is single letters separated by dots (`U`, `U.S`), and the dot is followed by
    /// another letter-dot pair or closes a run that already has a dot.
    @inline(__always) static func isInitials(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ dot: Int) -> Bool {
        var k = start
        var dots = 0
        while k < dot {
            guard isLetter(bytes[k]) else { return false }
            if k + 1 < dot {
                guard bytes[k + 1] == 0x2E else { return false }
                dots += 1
                k += 2
            } else {
                k += 1
            }
        }
        let n = bytes.count
        if dot + 2 < n, isLetter(bytes[dot + 1]), bytes[dot + 2] == 0x2E { return true }
        return dots > 0
    }
}
