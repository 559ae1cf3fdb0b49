import Text

/// The matcher's open-addressing tables: hashing, probing, the bit filters, trie steps.
extension LexiconMatcher {
    /// Set on node ids in the root tables when phrases go on from the node (saves loading the node to find out).
    static let continuesBit: Int32 = 1 << 30
    @inline(__always) static func nodeID(_ flagged: Int32) -> Int32 { flagged & ~continuesBit }

    /// A power of two keeping the load factor at or below 0.7.
    static func tableSize(_ count: Int) -> Int {
        var size = 16
        while Double(size) * 0.7 < Double(count) { size <<= 1 }
        return size
    }

    @inline(__always) static func mix(_ x: UInt64) -> Int {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: z ^ (z >> 31))
    }

    @inline(__always) static func slot(_ hash: UInt64, _ parent: Int32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) >> 17) & mask
    }

    @inline(__always) static func filterBit(_ hash: UInt64, _ parent: Int32) -> Int {
        Int(truncatingIfNeeded: (hash &+ UInt64(UInt32(bitPattern: parent)) &* 0xD6E8_FEB8_6659_FD93) >> 47)
    }

    @inline(__always) static func setBit(_ bits: UnsafeMutableBufferPointer<UInt64>, _ bit: Int) {
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always) static func testBit(_ bits: UnsafeMutableBufferPointer<UInt64>, _ bit: Int) -> Bool {
        bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always) func child(_ parent: Int32, _ hash: UInt64) -> Int32 {
        guard Self.testBit(childFilter, Self.filterBit(hash, parent)) else { return -1 }
        var slot = Self.slot(hash, parent, mask: childMask)
        while true {
            let s = children[slot]
            if s.value < 0 { return -1 }
            if s.key == hash && s.parent == parent { return s.value }
            slot = (slot + 1) & childMask
        }
    }

    @inline(__always) func rootChild(_ hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash >> 20) & rootMask
        while true {
            let s = rootSlots[slot]
            if s.value < 0 { return -1 }
            if s.key == hash { return s.value }
            slot = (slot + 1) & rootMask
        }
    }

    @inline(__always) func globStep(_ trieNode: Int32, _ byte: UInt8) -> Int32 {
        let key = UInt64(UInt32(bitPattern: trieNode)) << 8 | UInt64(byte)
        var slot = Self.mix(key) & globMask
        while true {
            let s = globEdges[slot]
            if s.value < 0 { return -1 }
            if s.key == key { return s.value }
            slot = (slot + 1) & globMask
        }
    }
}
