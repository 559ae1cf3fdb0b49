import Text

/// Negation scopes: which tokens a negation ("not", "never", "n't") covers.
extension LexiconMatcher {
    /// For each token, whether a negation scope covers it.
    static func negationScopes(_ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> [Bool] {
        var negated = [Bool](repeating: false, count: tokens.count)
        var remaining = 0
        for (i, t) in tokens.enumerated() {
            if t.flags.contains(.clauseBefore) || scopeBreakers.contains(t.hash) { remaining = 0 }
            if remaining > 0 { negated[i] = true; remaining -= 1 }
            if negators.contains(t.hash) || endsWithNT(t, bytes) { remaining = negationWindow }
        }
        return negated
    }

    @inline(__always) static func endsWithNT(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let e = Int(t.byteEnd), s = Int(t.byteStart)
        guard e - s >= 3 else { return false }
        let last = bytes[e - 1] | 0x20
        guard last == 0x74 else { return false }                         // t
        if bytes[e - 2] == 0x27 { return bytes[e - 3] | 0x20 == 0x6E }  // n't
        if e - s >= 5, bytes[e - 2] == 0x99, bytes[e - 3] == 0x80, bytes[e - 4] == 0xE2 { return bytes[e - 5] | 0x20 == 0x6E }
        return false
    }
}
