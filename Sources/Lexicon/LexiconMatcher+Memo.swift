import Text

/// Per-scan scratch space and the per-word memo of root candidates.
extension LexiconMatcher {
    /// Per-call scratch space in raw buffers: the hot loop runs without allocation, reference counting or
    /// exclusivity checks.
    struct Scratch {
        static let capacity = 256
        let nextFree, bestLength, bestScore: UnsafeMutableBufferPointer<Int>
        let bestNode: UnsafeMutableBufferPointer<Int32>
        let touched: UnsafeMutableBufferPointer<Int>
        var touchedCount = 0
        /// For working out a word's one-token decision: the lexicons already served, and the terminals it emits.
        let lexiconTaken: UnsafeMutableBufferPointer<Bool>
        let emissions: UnsafeMutableBufferPointer<Int32>
        /// Candidate nodes and their scores: the current frontier and the next one.
        var frontierNodes = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        var frontierScores = UnsafeMutableBufferPointer<Int>.allocate(capacity: capacity)
        var frontierCount = 0
        var nextNodes = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        var nextScores = UnsafeMutableBufferPointer<Int>.allocate(capacity: capacity)
        var nextCount = 0

        /// The word memo: for each word (by token hash, four-way set-associative), the trie nodes it reaches from the
        /// root, an exact entry first and then root globs shortest prefix first. Running text repeats its words, so
        /// most tokens cost one probe here. `ref` packs generation (16 bits), candidate count (9), three flags and
        /// either the one candidate or the start of the candidates in `pool`; entries of an older generation are empty.
        let memo: UnsafeMutableBufferPointer<MemoSlot>
        /// 64 minus the number of sets in bits: a set is the top bits of the hash times an odd constant.
        let memoShift: UInt64
        var pool: UnsafeMutableBufferPointer<Int32>
        var poolCount = 0
        var generation: UInt64 = 1

        init(lexicons: Int, cacheSize: Int) {
            var size = 64
            while size < cacheSize { size <<= 1 }
            // Sets of four slots (64 bytes), aligned to cache lines.
            let raw = UnsafeMutableRawPointer.allocate(byteCount: size * MemoryLayout<MemoSlot>.stride, alignment: 64)
            memo = UnsafeMutableBufferPointer(start: raw.bindMemory(to: MemoSlot.self, capacity: size), count: size)
            memo.initialize(repeating: MemoSlot(key: 0, ref: 0))
            memoShift = UInt64(64 - (size >> 2).trailingZeroBitCount)
            pool = .allocate(capacity: size * 2)
            nextFree = .allocate(capacity: lexicons); nextFree.initialize(repeating: 0)
            bestLength = .allocate(capacity: lexicons); bestLength.initialize(repeating: 0)
            bestScore = .allocate(capacity: lexicons); bestScore.initialize(repeating: -1)
            bestNode = .allocate(capacity: lexicons); bestNode.initialize(repeating: -1)
            touched = .allocate(capacity: lexicons)
            lexiconTaken = .allocate(capacity: lexicons); lexiconTaken.initialize(repeating: false)
            emissions = .allocate(capacity: 1 << 12)
        }

        func free() {
            nextFree.deallocate(); bestLength.deallocate(); bestScore.deallocate(); bestNode.deallocate()
            touched.deallocate(); lexiconTaken.deallocate(); emissions.deallocate()
            frontierNodes.deallocate(); frontierScores.deallocate(); nextNodes.deallocate(); nextScores.deallocate()
            pool.deallocate()
            UnsafeMutableRawPointer(memo.baseAddress!).deallocate()
        }

        /// The first slot of a word's set.
        @inline(__always) func memoSet(_ hash: UInt64) -> Int {
            Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> memoShift) << 2
        }

        /// The `k`th candidate of a memo reference.
        @inline(__always) func candidate(_ ref: UInt64, _ k: Int) -> Int32 {
            ref & Memo.pooled == 0 ? Int32(truncatingIfNeeded: ref & 0xFFFF_FFFF) : pool[Int(ref & 0xFFFF_FFFF) + k]
        }

        @inline(__always) mutating func push(_ node: Int32, _ score: Int) {
            guard nextCount < Self.capacity else { return }
            nextNodes[nextCount] = node; nextScores[nextCount] = score; nextCount += 1
        }

        @inline(__always) mutating func advance() {
            swap(&frontierNodes, &nextNodes); swap(&frontierScores, &nextScores)
            frontierCount = nextCount; nextCount = 0
        }
    }

    struct MemoSlot {
        var key: UInt64
        var ref: UInt64
    }

    /// Fields of a word-memo reference.
    enum Memo {
        static let exactFirst: UInt64 = 1 << 38
        static let anyContinues: UInt64 = 1 << 37
        /// The word can follow the first word of some phrase (a pre-check before looking for a phrase's next word).
        static let follows: UInt64 = 1 << 36
        /// No phrase goes on from the word and it emits one terminal: the payload is that terminal's index.
        static let direct: UInt64 = 1 << 35
        /// The payload is a start in the pool: the candidates, then (if `decided`) the word's one-token emissions.
        static let pooled: UInt64 = 1 << 34
        /// The pool holds the word's one-token emissions after its candidates: their number, then terminal indices.
        static let decided: UInt64 = 1 << 33
        @inline(__always) static func count(_ ref: UInt64) -> Int { Int(truncatingIfNeeded: (ref >> 39) & 0x1FF) }
    }
    /// The root candidates of a token (exact entry, then root globs) as a word-memo reference.
    @inline(__always)
    func rootCandidates(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ s: inout Scratch) -> UInt64 {
        // Four ways per set, one cache line; a hit moves one way forward, so frequent words settle in front.
        let set = s.memoSet(token.hash)
        let first = s.memo[set]
        if first.key == token.hash, first.ref >> 48 == s.generation { return first.ref }
        for way in 1..<4 {
            let entry = s.memo[set + way]
            if entry.key == token.hash, entry.ref >> 48 == s.generation {
                s.memo[set + way] = s.memo[set + way - 1]
                s.memo[set + way - 1] = entry
                return entry.ref
            }
        }
        return memoize(token, bytes, set, &s)
    }

    /// Looks a word up in the root tables and records the result in the memo.
    @inline(never)
    func memoize(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ set: Int, _ s: inout Scratch) -> UInt64 {
        s.nextCount = 0
        let exact = rootChild(token.hash)
        if exact >= 0 { s.push(exact, 2) }
        if hasRootGlobs { rootGlobMatches(token, bytes, &s) }
        let count = s.nextCount
        var ref = UInt64(count) << 39
        if exact >= 0 { ref |= Memo.exactFirst }
        for k in 0..<count where s.nextNodes[k] & Self.continuesBit != 0 { ref |= Memo.anyContinues }
        // The word's one-token decision, worked out once: for each lexicon, the first candidate (exact, then globs from
        // the longest prefix down) with terminals of that lexicon gives one terminal per category. Not for exact-case
        // entries, which are checked against each occurrence.
        var decided = count > 0
        var emissions = 0
        s.lexiconTaken.update(repeating: false)
        for k in 0..<count where decided {
            let index = k == 0 && exact >= 0 ? 0 : (exact >= 0 ? count - k : count - 1 - k)
            let node = nodes[Int(Self.nodeID(s.nextNodes[index]))]
            var lastLexicon: Int32 = -1, lastCategory: Int32 = -1
            for t in Int(node.terminalStart)..<Int(node.terminalStart + Int32(node.terminalCount)) {
                let term = terminals[t]
                if term.lexicon == lastLexicon && term.category == lastCategory { continue }
                guard !s.lexiconTaken[Int(term.lexicon)] || term.lexicon == lastLexicon else { continue }
                if (hasExactCase && exactCaseTerms[term.packed] != nil) || emissions == s.emissions.count { decided = false; break }
                lastLexicon = term.lexicon; lastCategory = term.category
                s.emissions[emissions] = Int32(t)
                emissions += 1
            }
            if lastLexicon >= 0 {
                // Lexicons are contiguous among a node's terminals: all that emitted here are taken.
                for t in Int(node.terminalStart)..<Int(node.terminalStart + Int32(node.terminalCount)) {
                    s.lexiconTaken[Int(terminals[t].lexicon)] = true
                }
            }
        }
        if decided && emissions == 1 && ref & Memo.anyContinues == 0 {
            ref |= Memo.direct | UInt64(UInt32(bitPattern: s.emissions[0]))
        } else if count == 1 && !decided {
            ref |= UInt64(UInt32(bitPattern: s.nextNodes[0]))
        } else if count > 0 {
            // Candidates, then (if decided) the number of emissions and their terminals.
            let size = count + (decided ? 1 + emissions : 0)
            if s.poolCount + size > s.pool.count {
                // Grown, not emptied: references handed out during this call stay valid (`match` empties it between
                // calls).
                let grown = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2 * (s.pool.count + size))
                _ = grown.initialize(from: s.pool)
                s.pool.deallocate()
                s.pool = grown
            }
            for k in 0..<count { s.pool[s.poolCount + k] = s.nextNodes[k] }
            if decided {
                ref |= Memo.decided
                s.pool[s.poolCount + count] = Int32(emissions)
                for e in 0..<emissions { s.pool[s.poolCount + count + 1 + e] = s.emissions[e] }
            }
            ref |= Memo.pooled | UInt64(s.poolCount)
            s.poolCount += size
        }
        if follows(token, bytes) { ref |= Memo.follows }
        ref |= s.generation << 48
        // The new word enters in front; the set's last way leaves.
        s.memo[set + 3] = s.memo[set + 2]
        s.memo[set + 2] = s.memo[set + 1]
        s.memo[set + 1] = s.memo[set]
        s.memo[set] = MemoSlot(key: token.hash, ref: ref)
        return ref
    }
}
