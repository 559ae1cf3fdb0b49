/// Finds many phrases at once in UTF-8 text, ASCII letters folded to lower case (an Aho–Corasick automaton over bytes).
/// Reports each occurrence as the phrase's index and the byte offset where it ends, so callers can ask for prefixes too.
struct PhraseMatcher: Sendable {
    private let transitions: [Int32]   // states × 256
    /// Phrase indexes ending in each state (after failure links): `outputList[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputList: [Int32]
    let phrases: [[UInt8]]
    private let longest: Int

    init(_ phrases: [String]) {
        let folded = phrases.map { Array($0.utf8).map(PhraseMatcher.fold) }
        self.phrases = folded
        self.longest = folded.map(\.count).max() ?? 0
        var goto: [[Int32]] = [[Int32](repeating: -1, count: 256)]
        var out: [[Int32]] = [[]]
        for (index, phrase) in folded.enumerated() {
            var state = 0
            for b in phrase {
                if goto[state][Int(b)] < 0 {
                    goto.append([Int32](repeating: -1, count: 256))
                    out.append([])
                    goto[state][Int(b)] = Int32(goto.count - 1)
                }
                state = Int(goto[state][Int(b)])
            }
            out[state].append(Int32(index))
        }
        var table = [Int32](repeating: 0, count: goto.count * 256)
        var fail = [Int](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for b in 0..<256 {
            let next = goto[0][b]
            if next >= 0 { table[b] = next; queue.append(Int(next)) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]; head += 1
            out[state].append(contentsOf: out[fail[state]])
            for b in 0..<256 {
                let next = goto[state][b]
                if next >= 0 {
                    fail[Int(next)] = Int(table[fail[state] * 256 + b])
                    table[state * 256 + b] = next
                    queue.append(Int(next))
                } else {
                    table[state * 256 + b] = table[fail[state] * 256 + b]
                }
            }
        }
        self.transitions = table
        var starts: [Int32] = [0]
        var list: [Int32] = []
        for o in out { list.append(contentsOf: o); starts.append(Int32(list.count)) }
        self.outputStart = starts
        self.outputList = list
    }

    @inline(__always) static func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// Calls `found(phraseIndex, endOffset)` for every occurrence; stop early by returning false.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Bool) {
        var state = 0
        transitions.withUnsafeBufferPointer { t in
            outputStart.withUnsafeBufferPointer { starts in
                for i in 0..<bytes.count {
                    state = Int(t[state &* 256 &+ Int(Self.fold(bytes[i]))])
                    let lo = Int(starts[state]), hi = Int(starts[state + 1])
                    if lo < hi {
                        for k in lo..<hi where !found(Int(outputList[k]), i + 1) { return }
                    }
                }
            }
        }
    }

    /// True when any phrase occurs in `bytes`.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hit = false
        scan(bytes) { _, _ in hit = true; return false }
        return hit
    }

    /// True when `bytes`, after `skip` leading bytes, starts with one of the phrases.
    func isPrefix(of bytes: UnsafeBufferPointer<UInt8>, skip: Int = 0) -> Bool {
        guard skip < bytes.count else { return false }
        var hit = false
        let view = UnsafeBufferPointer(rebasing: bytes[skip..<min(bytes.count, skip + longest)])
        scan(view) { p, end in
            if end == phrases[p].count { hit = true; return false }
            return true
        }
        return hit
    }
}
