import Text

/// Scanning a text: chunks, leftmost-longest matching per lexicon, globs, exact-case entries.
extension LexiconMatcher {
    // MARK: matching

    /// The matches in an article-sized text, with negation marked.
    public func matches(in text: String) -> [LexiconMatch] {
        var copy = text
        return copy.withUTF8 { bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5)
            Tokenizer.scan(bytes) { tokens.append($0) }
            var found: [LexiconMatch] = []
            var s = Scratch(lexicons: lexicons.count, cacheSize: min(1 << 13, max(64, tokens.count)))
            defer { s.free() }
            let refs = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, tokens.count))
            defer { refs.deallocate() }
            tokens.withUnsafeBufferPointer { match($0, bytes: bytes, &s, refs: refs) { found.append($0) } }
            let negated = Self.negationScopes(tokens, bytes: bytes)
            for k in found.indices { found[k].negated = negated[found[k].tokenStart] }
            return found
        }
    }

    /// Streams over a large UTF-8 text in paragraph-sized chunks (cut at blank lines), reporting every match without
    /// negation; offsets are absolute. Returns the number of tokens.
    @discardableResult
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, chunkBytes: Int = 1 << 14, _ onMatch: (LexiconMatch) -> Void) -> Int {
        // One token buffer for all chunks (a token takes at least one byte), grown if a chunk without whitespace is
        // longer.
        var capacity = 2 * chunkBytes + 2
        var tokens = UnsafeMutableBufferPointer<Token>.allocate(capacity: capacity)
        var refs = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        defer { tokens.deallocate(); refs.deallocate() }
        // One scratch space for all chunks: its word memo stays warm across the text.
        var s = Scratch(lexicons: lexicons.count, cacheSize: 1 << 15)
        defer { s.free() }
        var start = 0
        var scalarBase = 0
        var tokenBase = 0
        let n = bytes.count
        while start < n {
            var end = min(n, start + chunkBytes)
            if end < n { end = Self.chunkEnd(bytes, from: end, within: chunkBytes) }
            let chunk = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if chunk.count + 1 > capacity {
                tokens.deallocate(); refs.deallocate()
                capacity = chunk.count + 1
                tokens = .allocate(capacity: capacity)
                refs = .allocate(capacity: capacity)
            }
            let (count, scalars) = Tokenizer.scan(chunk, into: tokens.baseAddress!)
            match(UnsafeBufferPointer(rebasing: tokens[0..<count]), bytes: chunk, &s, refs: refs, scalarBase: scalarBase,
                  tokenBase: tokenBase, onMatch)
            scalarBase += scalars
            tokenBase += count
            start = end
        }
        return tokenBase
    }

    /// Where a chunk of the streaming scan ends, at or after `from`: after a blank line, else after a sentence end
    /// (`.`, `!` or `?` after two letters or digits, then a space or line break; never the dot of `U.S.`), so that no
    /// phrase is cut; only text with neither for `within` bytes is cut after any whitespace.
    static func chunkEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, within: Int) -> Int {
        let n = bytes.count
        let limit = min(n - 1, from + within)
        var sentenceEnd = -1
        var k = max(from, 2)
        while k < limit {
            let b = bytes[k], next = bytes[k + 1]
            if b == 0x0A && next == 0x0A { return k + 2 }
            if sentenceEnd < 0, b == 0x2E || b == 0x21 || b == 0x3F, next == 0x20 || next == 0x0A,
               Tokenizer.isASCIIWord(bytes[k - 1]), Tokenizer.isASCIIWord(bytes[k - 2]) {
                sentenceEnd = k + 2
            }
            k += 1
        }
        if sentenceEnd >= 0 { return sentenceEnd }
        k = from
        while k < n, bytes[k] != 0x20 && bytes[k] != 0x0A { k += 1 }
        return min(n, k + 1)
    }
    /// Leftmost-longest matching per lexicon over a token array; `refs` has room for one memo reference per token.
    func match(_ tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, _ s: inout Scratch,
                       refs: UnsafeMutablePointer<UInt64>, scalarBase: Int = 0, tokenBase: Int = 0,
                       _ emit: (LexiconMatch) -> Void) {
        // Token indices start again in every call.
        s.nextFree.update(repeating: 0)
        if s.poolCount > s.pool.count / 2 {
            // A new generation empties the memo at once, and with it the pool.
            s.poolCount = 0
            s.generation += 1
            if s.generation == 1 << 16 {
                s.memo.update(repeating: MemoSlot(key: 0, ref: 0))
                s.generation = 1
            }
        }
        let n = tokens.count
        // First every token's root candidates: one memo probe each, independent of each other, so the processor
        // overlaps their cache misses.
        for k in 0..<n { refs[k] = rootCandidates(tokens[k], bytes, &s) }
        do {
            var i = 0
            while i < n {
                defer { i += 1 }
                let ref = refs[i]
                let count = Memo.count(ref)
                if count == 0 { continue }
                let t0 = tokens[i]
                if ref & Memo.direct != 0 {
                    let term = terminals[Int(ref & 0xFFFF_FFFF)]
                    let l = Int(term.lexicon)
                    if i >= s.nextFree[l] {
                        emit(Self.oneTokenMatch(term, t0, i, scalarBase: scalarBase, tokenBase: tokenBase))
                        s.nextFree[l] = i + 1
                    }
                    continue
                }
                let exactFirst = ref & Memo.exactFirst != 0
                // Can any candidate go on with the next token? If not, this is a one-token decision.
                var continues = false
                if ref & Memo.anyContinues != 0, i + 1 < n, refs[i + 1] & Memo.follows != 0,
                   !tokens[i + 1].flags.contains(.sentenceBefore) {
                    let next = tokens[i + 1]
                    for k in 0..<count {
                        let flagged = s.candidate(ref, k)
                        guard flagged & Self.continuesBit != 0 else { continue }
                        let id = Self.nodeID(flagged)
                        if child(id, next.hash) >= 0 || (nodes[Int(id)].hasGlobChildren && globContinues(globRootOf[Int(id)], next, bytes)) {
                            continues = true
                            break
                        }
                    }
                }
                if !continues && ref & Memo.decided != 0 {
                    let start = Int(ref & 0xFFFF_FFFF) + count
                    var lastLexicon = -1
                    for e in 0..<Int(s.pool[start]) {
                        let term = terminals[Int(s.pool[start + 1 + e])]
                        let l = Int(term.lexicon)
                        guard i >= s.nextFree[l] || l == lastLexicon else { continue }
                        emit(Self.oneTokenMatch(term, t0, i, scalarBase: scalarBase, tokenBase: tokenBase))
                        s.nextFree[l] = i + 1
                        lastLexicon = l
                    }
                    continue
                }
                if !continues {
                    // Exact first, then globs from the longest prefix down: the first node with a lexicon's terminals wins.
                    var k = 0
                    while k < count {
                        let index = k == 0 && exactFirst ? 0 : (exactFirst ? count - k : count - 1 - k)
                        k += 1
                        let node = nodes[Int(Self.nodeID(s.candidate(ref, index)))]
                        var lastLexicon: Int32 = -1, lastCategory: Int32 = -1
                        var claimed: Int32 = -1
                        for t in Int(node.terminalStart)..<Int(node.terminalStart + Int32(node.terminalCount)) {
                            let term = terminals[t]
                            let l = Int(term.lexicon)
                            if term.lexicon == lastLexicon && term.category == lastCategory { continue }
                            guard i >= s.nextFree[l] || term.lexicon == claimed else { continue }
                            guard caseFits(term, i, i + 1, tokens, bytes) else { continue }
                            lastLexicon = term.lexicon; lastCategory = term.category; claimed = term.lexicon
                            emit(Self.oneTokenMatch(term, t0, i, scalarBase: scalarBase, tokenBase: tokenBase))
                            s.nextFree[l] = i + 1
                        }
                    }
                    continue
                }
                s.nextCount = 0
                for k in 0..<count { s.push(Self.nodeID(s.candidate(ref, k)), k == 0 && exactFirst ? 2 : 1) }
                s.advance()
                s.touchedCount = 0
                var depth = 1
                while true {
                    var anyChildren = false
                    for k in 0..<s.frontierCount {
                        let node = s.frontierNodes[k], score = s.frontierScores[k]
                        let nd = nodes[Int(node)]
                        if nd.hasChildren { anyChildren = true }
                        var t = Int(nd.terminalStart)
                        let end = t + Int(nd.terminalCount)
                        while t < end {
                            let l = Int(terminals[t].lexicon)
                            if i >= s.nextFree[l], depth > s.bestLength[l] || (depth == s.bestLength[l] && score >= s.bestScore[l]),
                               caseFits(terminals[t], i, i + depth, tokens, bytes) {
                                if s.bestLength[l] == 0 { s.touched[s.touchedCount] = l; s.touchedCount += 1 }
                                s.bestLength[l] = depth; s.bestScore[l] = score; s.bestNode[l] = node
                            }
                            t += 1
                        }
                    }
                    guard anyChildren, depth < maxDepth, i + depth < n else { break }
                    let t = tokens[i + depth]
                    if t.flags.contains(.sentenceBefore) { break }
                    s.nextCount = 0
                    for k in 0..<s.frontierCount {
                        let node = s.frontierNodes[k], score = s.frontierScores[k]
                        let nd = nodes[Int(node)]
                        guard nd.hasChildren else { continue }
                        let c = child(node, t.hash)
                        if c >= 0 { s.push(c, score + 2) }
                        if nd.hasGlobChildren { globChildren(globRootOf[Int(node)], t, bytes, score + 1, &s) }
                    }
                    if s.nextCount == 0 { break }
                    s.advance()
                    depth += 1
                }
                for k in 0..<s.touchedCount {
                    let l = s.touched[k]
                    let node = nodes[Int(s.bestNode[l])]
                    let length = s.bestLength[l]
                    let span = TextSpan(Int(tokens[i].start) + scalarBase, Int(tokens[i + length - 1].end) + scalarBase)
                    var lastCategory: Int32 = -1
                    for t in Int(node.terminalStart)..<Int(node.terminalStart + Int32(node.terminalCount)) {
                        let term = terminals[t]
                        guard Int(term.lexicon) == l, term.category != lastCategory, caseFits(term, i, i + length, tokens, bytes) else { continue }
                        lastCategory = term.category
                        emit(LexiconMatch(lexicon: l, category: Int(term.category), entry: Int(term.entry), span: span,
                                          tokenStart: i + tokenBase, tokenEnd: i + length + tokenBase, negated: false))
                    }
                    s.nextFree[l] = i + length
                    s.bestLength[l] = 0; s.bestScore[l] = -1; s.bestNode[l] = -1
                }
            }
        }
    }

    /// A match of one token (offsets within a text under 2 GB: the tokenizer guarantees it, so no overflow checks).
    @inline(__always)
    static func oneTokenMatch(_ term: Terminal, _ token: Token, _ i: Int, scalarBase: Int, tokenBase: Int) -> LexiconMatch {
        LexiconMatch(lexicon: Int(term.lexicon), category: Int(term.category), entry: Int(term.entry),
                     span: TextSpan(Int(token.start) &+ scalarBase, Int(token.end) &+ scalarBase),
                     tokenStart: i &+ tokenBase, tokenEnd: i &+ 1 &+ tokenBase, negated: false)
    }
    /// Whether the word can stand after the first word of a phrase: as an exact word or by a glob's prefix.
    func follows(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if followerHashes.contains(token.hash) { return true }
        guard !followerGlobPrefixes.isEmpty else { return false }
        let folded = Self.foldedBytes(bytes, Int(token.byteStart), Int(token.byteEnd))
        for length in stride(from: min(folded.count, longestFollowerGlob), through: 1, by: -1)
        where followerGlobPrefixes.contains(Array(folded[0..<length])) {
            return true
        }
        return false
    }

    /// Root globs whose prefix the token starts with, shortest first: the hash of the token's first `shortestGlob`
    /// folded bytes passes a bitset, finds a bucket, and each candidate's packed prefix is compared.
    @inline(__always)
    func rootGlobMatches(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ s: inout Scratch) {
        let start = Int(token.byteStart), end = Int(token.byteEnd)
        let count = end - start
        guard count >= shortestGlob else { return }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var packed: UInt64 = 0
        let first = min(count, 8)
        var k = 0
        while k < first {
            let b = bytes[start + k]
            if b >= 0x80 {
                globMatches(folded: Self.foldedBytes(bytes, start, end), &s)
                return
            }
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            packed |= UInt64(lower) << UInt64(8 * k)
            k += 1
            if k <= shortestGlob {
                h = (h ^ UInt64(lower)) &* 0x100_0000_01b3
                if k == shortestGlob {
                    let bit = Int(truncatingIfNeeded: h >> 48)
                    guard rootGlobFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
                }
            }
        }
        if shortestGlob > 8 {
            for k in 8..<shortestGlob { h = (h ^ UInt64(bytes[start + k] | 0x20)) &* 0x100_0000_01b3 }
        }
        candidates(h, packed: packed, length: count) { c in
            guard c.longIndex < 0 || matchesLongPrefix(globLongPrefixes[Int(c.longIndex)], bytes, start) else { return }
            s.push(c.node, 1)
        }
    }

    @inline(__always)
    func candidates(_ h: UInt64, packed: UInt64, length: Int, _ found: (GlobCandidate) -> Void) {
        let bit = Int(truncatingIfNeeded: h >> 48)
        guard rootGlobFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
        var slot = Self.mix(h) & globBucketMask
        while true {
            let range = globBucketRanges[slot]
            if range == 0 { return }
            if globBucketKeys[slot] == h { break }
            slot = (slot + 1) & globBucketMask
        }
        let range = globBucketRanges[slot]
        let first = Int(range >> 32), n = Int(range & 0xFFFF_FFFF)
        for k in first..<(first + n) {
            let c = globCandidates[k]
            let len = Int(c.length)
            guard len <= length else { break }
            let mask: UInt64 = len >= 8 ? ~0 : (1 << UInt64(8 * len)) - 1
            if packed & mask == c.packed { found(c) }
        }
    }

    /// A token's folded bytes; the curly apostrophe is folded without building a string.
    static func foldedBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 { out.append((b >= 0x41 && b <= 0x5A) ? b | 0x20 : b); i += 1; continue }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { out.append(0x27); i += 3; continue }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return Array(Tokenizer.fold(word).utf8)
        }
        return out
    }

    func matchesLongPrefix(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        for (k, b) in prefix.enumerated() {
            let c = bytes[start + k]
            if ((c >= 0x41 && c <= 0x5A) ? c | 0x20 : c) != b { return false }
        }
        return true
    }

    func globMatches(folded: [UInt8], _ s: inout Scratch) {
        guard folded.count >= shortestGlob else { return }
        let h = Self.fnv(folded.prefix(shortestGlob))
        var packed: UInt64 = 0
        for (k, b) in folded.prefix(8).enumerated() { packed |= UInt64(b) << UInt64(8 * k) }
        candidates(h, packed: packed, length: folded.count) { c in
            if c.longIndex >= 0, !folded.starts(with: globLongPrefixes[Int(c.longIndex)]) { return }
            s.push(c.node, 1)
        }
    }

    /// Whether a token starts with any prefix of a (non-root) glob trie.
    func globContinues(_ root: Int32, _ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.byteStart)..<Int(token.byteEnd)]), as: UTF8.self)
        var t = root
        for b in Tokenizer.fold(word).utf8 {
            t = globStep(t, b)
            if t < 0 { return false }
            if globTarget[Int(t)] >= 0 { return true }
        }
        return false
    }

    /// Walks a token's folded bytes through a (non-root) glob trie, reporting each glob whose prefix the token starts
    /// with, shortest first.
    func globChildren(_ root: Int32, _ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ score: Int,
                              _ s: inout Scratch) {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.byteStart)..<Int(token.byteEnd)]), as: UTF8.self)
        var t = root
        for b in Tokenizer.fold(word).utf8 {
            t = globStep(t, b)
            if t < 0 { return }
            let target = globTarget[Int(t)]
            if target >= 0 { s.push(target, score) }
        }
    }
    /// Whether a terminal may match tokens `from..<to`: always, unless its entry is exact-case and the tokens are not
    /// written as the term is. Checked where candidates are chosen, so a refused one leaves the words to others.
    @inline(__always)
    func caseFits(_ term: Terminal, _ from: Int, _ to: Int, _ tokens: UnsafeBufferPointer<Token>,
                          _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hasExactCase, let written = exactCaseTerms[term.packed] else { return true }
        guard to - from == written.count else { return false }
        for (k, expected) in written.enumerated() {
            let t = tokens[from + k]
            guard Int(t.byteEnd - t.byteStart) == expected.count,
                  zip(bytes[Int(t.byteStart)..<Int(t.byteEnd)], expected).allSatisfy({ $0 == $1 }) else { return false }
        }
        return true
    }
}
