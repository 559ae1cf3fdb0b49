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
    struct Terminal {
        var packed: UInt64
        init(lexicon: Int32, category: Int32, entry: Int32) {
            packed = UInt64(UInt8(truncatingIfNeeded: lexicon)) << 56 | UInt64(UInt32(category) & 0xFF_FFFF) << 32 | UInt64(UInt32(entry))
        }
        var lexicon: Int32 { Int32(packed >> 56) }
        var category: Int32 { Int32((packed >> 32) & 0xFF_FFFF) }
        var entry: Int32 { Int32(truncatingIfNeeded: packed & 0xFFFF_FFFF) }
    }

    /// A trie node in 8 bytes: its terminals, and whether phrases go on from it.
    struct Node {
        var terminalStart: Int32 = 0
        var terminalCount: UInt16 = 0
        var hasChildren = false
        var hasGlobChildren = false
        /// Root of this node's glob-prefix byte trie (kept aside: few nodes have one).
    }

    /// One slot of an open-addressing table.
    struct Slot {
        var key: UInt64 = 0
        var parent: Int32 = -1
        var value: Int32 = -1
    }

    // Frozen tables, owned by this object and never mutated after init (hence @unchecked Sendable).
    let nodes: UnsafeMutableBufferPointer<Node>
    /// Glob-trie roots of the nodes that have glob children.
    let globRootOf: UnsafeMutableBufferPointer<Int32>
    let terminals: UnsafeMutableBufferPointer<Terminal>
    /// (parent node, token hash) → child node.
    let children: UnsafeMutableBufferPointer<Slot>
    let childMask: Int
    /// Bitsets (small enough for L1) that rule out most failed lookups before the tables are touched.
    let childFilter: UnsafeMutableBufferPointer<UInt64>
    let rootFilter: UnsafeMutableBufferPointer<UInt64>
    static let filterWords = 2048          // 131,072 bits each
    /// Non-root glob tries: (trie node, byte) → trie node; `globTarget[trie node]` is the token-trie node a complete
    /// prefix leads to.
    let globEdges: UnsafeMutableBufferPointer<Slot>
    let globMask: Int
    let globTarget: UnsafeMutableBufferPointer<Int32>
    /// Single-token lookups at the root, the hot path: key and node side by side, one cache line per probe.
    let rootSlots: UnsafeMutableBufferPointer<Slot>
    let rootMask: Int
    /// Root globs, bucketed by the hash of their first `shortestGlob` folded bytes (filtered first by a bitset);
    /// each candidate is its prefix packed into 8 bytes (longer prefixes compare the rest from `globLongPrefixes`).
    let globBucketKeys: UnsafeMutableBufferPointer<UInt64>
    let globBucketRanges: UnsafeMutableBufferPointer<UInt64>   // start << 32 | count
    let globBucketMask: Int
    let globCandidates: UnsafeMutableBufferPointer<GlobCandidate>
    let globLongPrefixes: [[UInt8]]
    let rootGlobFilter: UnsafeMutableBufferPointer<UInt64>
    let shortestGlob: Int
    let hasRootGlobs: Bool
    let maxDepth: Int

    struct GlobCandidate {
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
    var exactCaseTerms: [UInt64: [[UInt8]]] = [:]
    /// Words that stand after the first word of some phrase, and glob prefixes that do.
    let followerHashes: Set<UInt64>
    let followerGlobPrefixes: Set<[UInt8]>
    let longestFollowerGlob: Int
    var hasExactCase = false

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

    // MARK: lookups

    /// The lexicon, category and entry a match refers to.
    public func describe(_ m: LexiconMatch) -> (lexicon: Lexicon, category: LexiconCategory, entry: LexiconEntry) {
        let lexicon = lexicons[m.lexicon]
        let category = lexicon.categories[m.category]
        return (lexicon, category, category.entries[m.entry])
    }
}
