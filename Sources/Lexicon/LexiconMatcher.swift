import Text

/// One lexicon hit: which entry of which category of which lexicon, where (Unicode-scalar span and token range),
/// and whether it stands in a negation's scope.
public struct LexiconMatch: Sendable, Hashable {
    public var lexicon: Int
    public var category: Int
    public var entry: Int
    public var span: TextSpan
    public var tokenStart: Int
    public var tokenEnd: Int
    public var negated: Bool
}

/// All lexicons compiled into one token trie.
///
/// Matching rules (documented in lexicons/README.md):
/// - Text and entries go through the same tokenizer and folding (case, apostrophes, hyphens).
/// - A glob `occup*` matches any token starting with `occup` (the prefix itself included); `*` may end any word of
///   a phrase.
/// - At each token, the longest entry of each lexicon that starts there wins (in tokens; on a tie an exact word beats
///   a glob, and a longer glob prefix beats a shorter one). A lexicon's matches do not overlap: scanning left to right,
///   a match consumes its tokens. Different lexicons match independently, so one word can count in several.
/// - A term listed in several categories of one lexicon counts in each of them.
/// - Phrases do not cross sentence boundaries.
/// - Negation: a match is negated when a negation (not, no, never, …n't, without, …) precedes it in the same clause,
///   at most 15 tokens back; clauses end at `. ! ? ; :`, line breaks, and `but`, `however`, `although`, `though`, `yet`,
///   `whereas`, `except`.
public final class LexiconMatcher: @unchecked Sendable {
    public let lexicons: [Lexicon]

    /// A lexicon entry reached at a node, packed in 8 bytes (lexicon 8 bits, category 24, entry 32).
    private struct Terminal {
        var packed: UInt64
        init(lexicon: Int32, category: Int32, entry: Int32) {
            packed = UInt64(UInt8(truncatingIfNeeded: lexicon)) << 56 | UInt64(UInt32(category) & 0xFF_FFFF) << 32 | UInt64(UInt32(entry))
        }
        var lexicon: Int32 { Int32(packed >> 56) }
        var category: Int32 { Int32((packed >> 32) & 0xFF_FFFF) }
        var entry: Int32 { Int32(truncatingIfNeeded: packed & 0xFFFF_FFFF) }
    }

    /// A trie node in 8 bytes: its terminals, and whether phrases go on from it.
    private struct Node {
        var terminalStart: Int32 = 0
        var terminalCount: UInt16 = 0
        var hasChildren = false
        var hasGlobChildren = false
        /// Root of this node's glob-prefix byte trie (kept aside: few nodes have one).
    }

    /// One slot of an open-addressing table.
    private struct Slot {
        var key: UInt64 = 0
        var parent: Int32 = -1
        var value: Int32 = -1
    }

    // Frozen tables, owned by this object and never mutated after init (hence @unchecked Sendable).
    private let nodes: UnsafeMutableBufferPointer<Node>
    /// Glob-trie roots of the nodes that have glob children.
    private let globRootOf: UnsafeMutableBufferPointer<Int32>
    private let terminals: UnsafeMutableBufferPointer<Terminal>
    /// (parent node, token hash) → child node.
    private let children: UnsafeMutableBufferPointer<Slot>
    private let childMask: Int
    /// Bitsets (small enough for L1) that rule out most failed lookups before the tables are touched.
    private let childFilter: UnsafeMutableBufferPointer<UInt64>
    private let rootFilter: UnsafeMutableBufferPointer<UInt64>
    private static let filterWords = 2048          // 131,072 bits each
    /// Non-root glob tries: (trie node, byte) → trie node; `globTarget[trie node]` is the token-trie node a complete
    /// prefix leads to.
    private let globEdges: UnsafeMutableBufferPointer<Slot>
    private let globMask: Int
    private let globTarget: UnsafeMutableBufferPointer<Int32>
    /// Single-token lookups at the root, the hot path: key and node side by side, one cache line per probe.
    private let rootSlots: UnsafeMutableBufferPointer<Slot>
    private let rootMask: Int
    /// Root globs, bucketed by the hash of their first `shortestGlob` folded bytes (filtered first by a bitset);
    /// each candidate is its prefix packed into 8 bytes (longer prefixes compare the rest from `globLongPrefixes`).
    private let globBucketKeys: UnsafeMutableBufferPointer<UInt64>
    private let globBucketRanges: UnsafeMutableBufferPointer<UInt64>   // start << 32 | count
    private let globBucketMask: Int
    private let globCandidates: UnsafeMutableBufferPointer<GlobCandidate>
    private let globLongPrefixes: [[UInt8]]
    private let rootGlobFilter: UnsafeMutableBufferPointer<UInt64>
    private let shortestGlob: Int
    private let hasRootGlobs: Bool
    private let maxDepth: Int

    private struct GlobCandidate {
        var packed: UInt64
        var length: Int32
        var node: Int32
        var longIndex: Int32
    }

    static let negators: Set<UInt64> = Set(["not", "no", "never", "without", "neither", "nor", "none", "nobody", "nothing",
                                            "nowhere", "cannot", "hardly", "scarcely", "barely"].map(LexiconMatcher.hashOf))
    static let scopeBreakers: Set<UInt64> = Set(["but", "however", "although", "though", "yet", "whereas", "except",
                                                 "while"].map(LexiconMatcher.hashOf))
    static let negationWindow = 15

    static func hashOf(_ word: String) -> UInt64 { Tokenizer.tokens(word).first?.hash ?? 0 }

    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Entries that must keep their case: packed (lexicon, category, entry) → the term's tokens as written.
    private var exactCaseTerms: [UInt64: [[UInt8]]] = [:]
    /// Words that stand after the first word of some phrase, and glob prefixes that do.
    private let followerHashes: Set<UInt64>
    private let followerGlobPrefixes: Set<[UInt8]>
    private let longestFollowerGlob: Int
    private var hasExactCase = false

    public init(_ lexicons: [Lexicon]) {
        self.lexicons = lexicons
        for (li, lexicon) in lexicons.enumerated() {
            for (ci, category) in lexicon.categories.enumerated() {
                for (ei, entry) in category.entries.enumerated() where entry.exactCase {
                    let term = entry.term
                    exactCaseTerms[Terminal(lexicon: Int32(li), category: Int32(ci), entry: Int32(ei)).packed] =
                        Tokenizer.tokens(term).map { t in Array(term.utf8)[Int(t.byteStart)..<Int(t.byteEnd)].map { $0 } }
                    hasExactCase = true
                }
            }
        }
        var nodeTerminals: [[Terminal]] = [[]]
        var childMap: [UInt64: [Int32: Int32]] = [:]
        var globPrefixes: [[(bytes: [UInt8], child: Int32)]] = [[]]
        var globChild: [Int32: [[UInt8]: Int32]] = [:]     // (node, prefix) → child, so adding a glob costs O(1)
        var maxDepth = 1
        func newNode() -> Int32 {
            nodeTerminals.append([])
            globPrefixes.append([])
            return Int32(nodeTerminals.count - 1)
        }
        var parentsWithChildren: Set<Int32> = []
        for (li, lexicon) in lexicons.enumerated() {
            for (ci, category) in lexicon.categories.enumerated() {
                for (ei, entry) in category.entries.enumerated() {
                    let tokens = Tokenizer.tokens(entry.term, allowGlobs: true)
                    guard !tokens.isEmpty else { continue }
                    maxDepth = max(maxDepth, tokens.count)
                    var node: Int32 = 0
                    for token in tokens {
                        parentsWithChildren.insert(node)
                        if token.flags.contains(.glob) {
                            let prefix = Array(Tokenizer.folded(token, in: entry.term).utf8)
                            if let existing = globChild[node]?[prefix] {
                                node = existing
                            } else {
                                let child = newNode()
                                globPrefixes[Int(node)].append((prefix, child))
                                globChild[node, default: [:]][prefix] = child
                                node = child
                            }
                        } else if let child = childMap[token.hash]?[node] {
                            node = child
                        } else {
                            let child = newNode()
                            childMap[token.hash, default: [:]][node] = child
                            node = child
                        }
                    }
                    nodeTerminals[Int(node)].append(Terminal(lexicon: Int32(li), category: Int32(ci), entry: Int32(ei)))
                }
            }
        }
        self.maxDepth = maxDepth
        followerHashes = Set(childMap.compactMap { hash, byParent in byParent.keys.contains { $0 != 0 } ? hash : nil })
        let deepGlobs = globPrefixes.dropFirst().flatMap { $0.map(\.bytes) }
        followerGlobPrefixes = Set(deepGlobs)
        longestFollowerGlob = deepGlobs.map(\.count).max() ?? 0

        nodes = .allocate(capacity: nodeTerminals.count)
        nodes.initialize(repeating: Node())
        var flatTerminals: [Terminal] = []
        for (i, list) in nodeTerminals.enumerated() {
            nodes[i].terminalStart = Int32(flatTerminals.count)
            nodes[i].terminalCount = UInt16(min(list.count, Int(UInt16.max)))
            nodes[i].hasChildren = i != 0 && parentsWithChildren.contains(Int32(i))
            flatTerminals.append(contentsOf: list)
        }
        terminals = .allocate(capacity: max(1, flatTerminals.count))
        _ = terminals.initialize(from: flatTerminals)

        let pairCount = childMap.values.reduce(0) { $0 + $1.count }
        let size = Self.tableSize(pairCount)
        children = .allocate(capacity: size)
        children.initialize(repeating: Slot())
        childMask = size - 1
        childFilter = .allocate(capacity: Self.filterWords)
        childFilter.initialize(repeating: 0)
        rootFilter = .allocate(capacity: Self.filterWords)
        rootFilter.initialize(repeating: 0)
        for (hash, byParent) in childMap {
            for (parent, child) in byParent {
                var slot = Self.slot(hash, parent, mask: size - 1)
                while children[slot].value >= 0 { slot = (slot + 1) & (size - 1) }
                children[slot] = Slot(key: hash, parent: parent, value: child)
                Self.setBit(parent == 0 ? rootFilter : childFilter, Self.filterBit(hash, parent))
            }
        }

        // The root's single-token table.
        let rootPairs = childMap.compactMap { hash, byParent in byParent[0].map { (hash, $0) } }
        let rsize = Self.tableSize(rootPairs.count)
        rootSlots = .allocate(capacity: rsize)
        rootSlots.initialize(repeating: Slot())
        rootMask = rsize - 1
        for (hash, node) in rootPairs {
            var slot = Int(truncatingIfNeeded: hash >> 20) & (rsize - 1)
            while rootSlots[slot].value >= 0 { slot = (slot + 1) & (rsize - 1) }
            rootSlots[slot] = Slot(key: hash, parent: 0,
                                   value: node | (parentsWithChildren.contains(node) ? Self.continuesBit : 0))
        }

        // Root globs, bucketed by their shortest common prefix length.
        let roots = globPrefixes[0]
        let shortest = roots.map(\.bytes.count).min() ?? 0
        shortestGlob = shortest
        hasRootGlobs = !roots.isEmpty
        var buckets: [UInt64: [GlobCandidate]] = [:]
        var longPrefixes: [[UInt8]] = []
        for (bytes, child) in roots {
            var packed: UInt64 = 0
            for (k, b) in bytes.prefix(8).enumerated() { packed |= UInt64(b) << UInt64(8 * k) }
            var longIndex: Int32 = -1
            if bytes.count > 8 { longPrefixes.append(bytes); longIndex = Int32(longPrefixes.count - 1) }
            let flagged = child | (parentsWithChildren.contains(child) ? Self.continuesBit : 0)
            buckets[Self.fnv(bytes.prefix(shortest)), default: []].append(
                GlobCandidate(packed: packed, length: Int32(bytes.count), node: flagged, longIndex: longIndex))
        }
        globLongPrefixes = longPrefixes
        let bsize = Self.tableSize(buckets.count)
        globBucketKeys = .allocate(capacity: bsize)
        globBucketKeys.initialize(repeating: 0)
        globBucketRanges = .allocate(capacity: bsize)
        globBucketRanges.initialize(repeating: 0)
        globBucketMask = bsize - 1
        var candidates: [GlobCandidate] = []
        rootGlobFilter = .allocate(capacity: 1024)      // 65,536 bits
        rootGlobFilter.initialize(repeating: 0)
        for (key, list) in buckets.sorted(by: { $0.key < $1.key }) {
            var slot = Self.mix(key) & (bsize - 1)
            while globBucketRanges[slot] != 0 { slot = (slot + 1) & (bsize - 1) }
            globBucketKeys[slot] = key
            globBucketRanges[slot] = UInt64(candidates.count) << 32 | UInt64(list.count)
            candidates.append(contentsOf: list.sorted { $0.length < $1.length })
            let bit = Int(truncatingIfNeeded: key >> 48)
            rootGlobFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        globCandidates = .allocate(capacity: max(1, candidates.count))
        _ = globCandidates.initialize(from: candidates.isEmpty ? [GlobCandidate(packed: 0, length: 0, node: -1, longIndex: -1)] : candidates)

        // Tries for globs deeper in phrases.
        var trieEdges: [(from: Int32, byte: UInt8, to: Int32)] = []
        var trieTarget: [Int32] = []
        var trieChildren: [Int32: [UInt8: Int32]] = [:]
        var trieRoots: [Int32: Int32] = [:]
        func newTrieNode() -> Int32 { trieTarget.append(-1); return Int32(trieTarget.count - 1) }
        for (nodeIndex, prefixes) in globPrefixes.enumerated() where nodeIndex != 0 && !prefixes.isEmpty {
            let root = newTrieNode()
            nodes[nodeIndex].hasGlobChildren = true
            trieRoots[Int32(nodeIndex)] = root
            for (bytes, child) in prefixes {
                var t = root
                for b in bytes {
                    if let next = trieChildren[t]?[b] {
                        t = next
                    } else {
                        let next = newTrieNode()
                        trieChildren[t, default: [:]][b] = next
                        trieEdges.append((t, b, next))
                        t = next
                    }
                }
                trieTarget[Int(t)] = child
            }
        }
        globRootOf = .allocate(capacity: nodeTerminals.count)
        globRootOf.initialize(repeating: -1)
        for (node, root) in trieRoots { globRootOf[Int(node)] = root }
        let gsize = Self.tableSize(trieEdges.count)
        globEdges = .allocate(capacity: gsize)
        globEdges.initialize(repeating: Slot())
        globMask = gsize - 1
        for edge in trieEdges {
            let key = UInt64(UInt32(bitPattern: edge.from)) << 8 | UInt64(edge.byte)
            var slot = Self.mix(key) & (gsize - 1)
            while globEdges[slot].value >= 0 { slot = (slot + 1) & (gsize - 1) }
            globEdges[slot] = Slot(key: key, parent: 0, value: edge.to)
        }
        globTarget = .allocate(capacity: max(1, trieTarget.count))
        _ = globTarget.initialize(from: trieTarget.isEmpty ? [-1] : trieTarget)
    }

    deinit {
        childFilter.deallocate(); rootFilter.deallocate()
        nodes.deallocate(); globRootOf.deallocate(); terminals.deallocate(); children.deallocate(); globEdges.deallocate()
        globTarget.deallocate(); rootSlots.deallocate(); globBucketKeys.deallocate()
        globBucketRanges.deallocate(); globCandidates.deallocate(); rootGlobFilter.deallocate()
    }

    /// Set on node ids in the root tables when phrases go on from the node (saves loading the node to find out).
    private static let continuesBit: Int32 = 1 << 30
    @inline(__always) private static func nodeID(_ flagged: Int32) -> Int32 { flagged & ~continuesBit }

    /// A power of two keeping the load factor at or below 0.7.
    private static func tableSize(_ count: Int) -> Int {
        var size = 16
        while Double(size) * 0.7 < Double(count) { size <<= 1 }
        return size
    }

    @inline(__always) private static func mix(_ x: UInt64) -> Int {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: z ^ (z >> 31))
    }

    @inline(__always) private static func slot(_ hash: UInt64, _ parent: Int32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) >> 17) & mask
    }

    @inline(__always) private static func filterBit(_ hash: UInt64, _ parent: Int32) -> Int {
        Int(truncatingIfNeeded: (hash &+ UInt64(UInt32(bitPattern: parent)) &* 0xD6E8_FEB8_6659_FD93) >> 47)
    }

    @inline(__always) private static func setBit(_ bits: UnsafeMutableBufferPointer<UInt64>, _ bit: Int) {
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always) private static func testBit(_ bits: UnsafeMutableBufferPointer<UInt64>, _ bit: Int) -> Bool {
        bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always) private func child(_ parent: Int32, _ hash: UInt64) -> Int32 {
        guard Self.testBit(childFilter, Self.filterBit(hash, parent)) else { return -1 }
        var slot = Self.slot(hash, parent, mask: childMask)
        while true {
            let s = children[slot]
            if s.value < 0 { return -1 }
            if s.key == hash && s.parent == parent { return s.value }
            slot = (slot + 1) & childMask
        }
    }

    @inline(__always) private func rootChild(_ hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash >> 20) & rootMask
        while true {
            let s = rootSlots[slot]
            if s.value < 0 { return -1 }
            if s.key == hash { return s.value }
            slot = (slot + 1) & rootMask
        }
    }

    @inline(__always) private func globStep(_ trieNode: Int32, _ byte: UInt8) -> Int32 {
        let key = UInt64(UInt32(bitPattern: trieNode)) << 8 | UInt64(byte)
        var slot = Self.mix(key) & globMask
        while true {
            let s = globEdges[slot]
            if s.value < 0 { return -1 }
            if s.key == key { return s.value }
            slot = (slot + 1) & globMask
        }
    }

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

    /// Per-call scratch space in raw buffers: the hot loop runs without allocation, reference counting or
    /// exclusivity checks.
    private struct Scratch {
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

    private struct MemoSlot {
        var key: UInt64
        var ref: UInt64
    }

    /// Fields of a word-memo reference.
    private enum Memo {
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

    /// Leftmost-longest matching per lexicon over a token array; `refs` has room for one memo reference per token.
    private func match(_ tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, _ s: inout Scratch,
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
    private static func oneTokenMatch(_ term: Terminal, _ token: Token, _ i: Int, scalarBase: Int, tokenBase: Int) -> LexiconMatch {
        LexiconMatch(lexicon: Int(term.lexicon), category: Int(term.category), entry: Int(term.entry),
                     span: TextSpan(Int(token.start) &+ scalarBase, Int(token.end) &+ scalarBase),
                     tokenStart: i &+ tokenBase, tokenEnd: i &+ 1 &+ tokenBase, negated: false)
    }

    /// The root candidates of a token (exact entry, then root globs) as a word-memo reference.
    @inline(__always)
    private func rootCandidates(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ s: inout Scratch) -> UInt64 {
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
    private func memoize(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ set: Int, _ s: inout Scratch) -> UInt64 {
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

    /// Whether the word can stand after the first word of a phrase: as an exact word or by a glob's prefix.
    private func follows(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
    private func rootGlobMatches(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ s: inout Scratch) {
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
    private func candidates(_ h: UInt64, packed: UInt64, length: Int, _ found: (GlobCandidate) -> Void) {
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
    private static func foldedBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8] {
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

    private func matchesLongPrefix(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        for (k, b) in prefix.enumerated() {
            let c = bytes[start + k]
            if ((c >= 0x41 && c <= 0x5A) ? c | 0x20 : c) != b { return false }
        }
        return true
    }

    private func globMatches(folded: [UInt8], _ s: inout Scratch) {
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
    private func globContinues(_ root: Int32, _ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
    private func globChildren(_ root: Int32, _ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ score: Int,
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

    /// Whether a terminal may match tokens `from..<to`: always, unless its entry is exact-case and the tokens are not
    /// written as the term is. Checked where candidates are chosen, so a refused one leaves the words to others.
    @inline(__always)
    private func caseFits(_ term: Terminal, _ from: Int, _ to: Int, _ tokens: UnsafeBufferPointer<Token>,
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

    // MARK: lookups

    /// The lexicon, category and entry a match refers to.
    public func describe(_ m: LexiconMatch) -> (lexicon: Lexicon, category: LexiconCategory, entry: LexiconEntry) {
        let lexicon = lexicons[m.lexicon]
        let category = lexicon.categories[m.category]
        return (lexicon, category, category.entries[m.entry])
    }
}
