import Text

/// Outlets (or groups of outlets) across events, computed from analysis records alone.
///
/// Every measure is a ratio of sums: matches of a lexicon category per 1,000 words of a voice, scare quotes per 1,000
/// words of the outlet's own voice, the share of an outlet's words that are quotations, the share of its quoted words
/// given to a group of speakers. The uncertainty is a 95 % percentile bootstrap over events (the events an outlet
/// covers are resampled with replacement, 1,000 times), so an outlet seen in few events gets a wide interval. A pair of
/// outlets is compared on the events both cover, the difference resampled the same way.
///
/// Order never matters: records are grouped and sorted before anything is summed, and each resampling draws from a
/// generator seeded by the outlet's name, so concatenated records from several runs give the same bytes as one run.
public struct OutletProfiles: Sendable {
    public struct Row: Sendable, Equatable, Codable {
        public var outlet: String
        public var measure: String
        public var voice: String
        public var value: Double
        public var ciLow: Double
        public var ciHigh: Double
        public var events: Int
        public var articles: Int

        enum CodingKeys: String, CodingKey {
            case outlet, measure, voice, value, ciLow = "ci_low", ciHigh = "ci_high", events, articles
        }
    }

    public struct Difference: Sendable, Equatable, Codable {
        public var measure: String
        public var voice: String
        public var a: Double
        public var b: Double
        public var difference: Double
        public var ciLow: Double
        public var ciHigh: Double
        public var events: Int
        /// The interval excludes zero.
        public var clear: Bool

        enum CodingKeys: String, CodingKey {
            case measure, voice, a, b, difference, ciLow = "ci_low", ciHigh = "ci_high", events, clear
        }
    }

    struct Key: Hashable, Comparable {
        var measure: String
        var voice: String
        static func < (a: Key, b: Key) -> Bool { (a.measure, a.voice) < (b.measure, b.voice) }
    }

    /// One outlet's sums, event by event (events sorted by name), as matrices with one row per event: numerators of
    /// every measure, and the few denominators they share (the words of each voice; the quoted words given to
    /// speakers).
    struct Sums {
        var events: [String] = []
        var articles = 0
        var numerators: [Double] = []      // events × keys
        var denominators: [Double] = []    // events × denominator columns
    }

    public static let resamples = 1_000
    /// Voices a lexicon rate is given for.
    public static let voices: [VoiceKey] = [.own, .quoted, .headline, .lead, .narration, .scareQuote, .all]
    /// Denominator columns: the words of each voice, then the quoted words given to speakers.
    static let speakerColumn = voices.count

    public let outlets: [String]
    /// Every measure and voice, sorted; and the denominator column of each.
    let keys: [Key]
    let columns: [Int]
    let sums: [String: Sums]

    /// `group` names the unit each record counts for: its outlet by default, or a group of outlets.
    /// `combined` adds measures that sum lexicon categories ("loaded-wording" = news-generic/loaded + …/evaluative).
    public init(records: [ArticleRecord], group: (ArticleRecord) -> String = { $0.outlet },
                combined: [(name: String, parts: [String])] = []) {
        var byUnit: [String: [String: [ArticleRecord]]] = [:]
        for r in records { byUnit[group(r), default: [:]][r.event, default: []].append(r) }
        // Every outlet is measured on every measure any record has: no match is a rate of zero, not a missing row.
        var lexiconMeasures = Set(combined.map(\.name)), speakerGroups: Set<String> = []
        for r in records {
            lexiconMeasures.formUnion(r.counts.keys)
            for speaker in r.speakers { speakerGroups.insert("speakers/" + (speaker.group ?? "(no group)")) }
        }
        var keys: [Key] = []
        var columns: [Int] = []
        for measure in lexiconMeasures.sorted() {
            for (v, voice) in Self.voices.enumerated() { keys.append(Key(measure: measure, voice: voice.rawValue)); columns.append(v) }
        }
        keys.append(Key(measure: "quoted_share", voice: "all")); columns.append(Self.voices.firstIndex(of: .all)!)
        keys.append(Key(measure: "scare_quotes", voice: "own")); columns.append(Self.voices.firstIndex(of: .own)!)
        for measure in speakerGroups.sorted() { keys.append(Key(measure: measure, voice: "quoted")); columns.append(Self.speakerColumn) }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        self.keys = order.map { keys[$0] }
        self.columns = order.map { columns[$0] }
        var index: [Key: Int] = [:]
        for (i, key) in self.keys.enumerated() { index[key] = i }
        let m = self.keys.count, d = Self.voices.count + 1
        let combinedIndex = combined.map { c in Self.voices.map { index[Key(measure: c.name, voice: $0.rawValue)]! } }

        var sums: [String: Sums] = [:]
        for (unit, events) in byUnit {
            var s = Sums()
            s.events = events.keys.sorted()
            s.numerators = [Double](repeating: 0, count: s.events.count * m)
            s.denominators = [Double](repeating: 0, count: s.events.count * d)
            for (e, event) in s.events.enumerated() {
                let row = e * m, denominatorRow = e * d
                for r in events[event]! {
                    s.articles += 1
                    for (v, voice) in Self.voices.enumerated() { s.denominators[denominatorRow + v] += Double(r.words(voice)) }
                    for measure in r.counts.keys {
                        for voice in Self.voices {
                            s.numerators[row + index[Key(measure: measure, voice: voice.rawValue)]!] += Double(r.count(measure, voice)) * 1000
                        }
                    }
                    for (c, spec) in combined.enumerated() {
                        for (v, voice) in Self.voices.enumerated() {
                            s.numerators[row + combinedIndex[c][v]] += Double(spec.parts.reduce(0) { $0 + r.count($1, voice) }) * 1000
                        }
                    }
                    s.numerators[row + index[Key(measure: "scare_quotes", voice: "own")]!] += Double(r.quotes["scare"] ?? 0) * 1000
                    s.numerators[row + index[Key(measure: "quoted_share", voice: "all")]!] += Double(r.words(.quoted))
                    for speaker in r.speakers {
                        s.numerators[row + index[Key(measure: "speakers/" + (speaker.group ?? "(no group)"), voice: "quoted")]!] += Double(speaker.words)
                        s.denominators[denominatorRow + Self.speakerColumn] += Double(speaker.words)
                    }
                }
            }
            sums[unit] = s
        }
        self.sums = sums
        outlets = sums.keys.sorted()
    }

    /// Every measure of every outlet, sorted by outlet, measure and voice (measures with no words to count are left out).
    public var rows: [Row] {
        var rows: [Row] = []
        for outlet in outlets {
            let s = sums[outlet]!
            let n = s.events.count
            let (values, low, high) = estimate(s.numerators, s.denominators, events: n, seed: outlet)
            let d = Self.voices.count + 1
            for (k, key) in keys.enumerated() {
                let column = columns[k]
                let covered = (0..<n).filter { s.denominators[$0 * d + column] > 0 }.count
                guard covered > 0 else { continue }
                rows.append(Row(outlet: outlet, measure: key.measure, voice: key.voice, value: values[k], ciLow: low[k],
                                ciHigh: high[k], events: covered, articles: s.articles))
            }
        }
        return rows
    }

    /// A − B on every measure, over the events both cover.
    public func compare(_ a: String, _ b: String) -> [Difference] {
        guard let sa = sums[a], let sb = sums[b] else { return [] }
        let shared = Set(sa.events).intersection(sb.events).sorted()
        guard !shared.isEmpty else { return [] }
        let m = keys.count, d = Self.voices.count + 1
        func restrict(_ s: Sums) -> ([Double], [Double]) {
            var num: [Double] = [], den: [Double] = []
            num.reserveCapacity(shared.count * m); den.reserveCapacity(shared.count * d)
            let position = Dictionary(uniqueKeysWithValues: s.events.enumerated().map { ($1, $0) })
            for event in shared {
                let e = position[event]!
                num += s.numerators[(e * m)..<((e + 1) * m)]
                den += s.denominators[(e * d)..<((e + 1) * d)]
            }
            return (num, den)
        }
        let (na, da) = restrict(sa), (nb, db) = restrict(sb)
        // The same resampled events for both outlets: the difference is paired.
        let (va, _, _) = estimate(na, da, events: shared.count, seed: "")
        let (vb, _, _) = estimate(nb, db, events: shared.count, seed: "")
        let differences = Self.resampled(events: shared.count, seed: a + "\u{1F}" + b, measures: m) { draw, out in
            let (ra, rb) = (Self.ratios(na, da, draw, m: m, columns: columns), Self.ratios(nb, db, draw, m: m, columns: columns))
            for k in 0..<m { out[k] = ra[k] - rb[k] }
        }
        var out: [Difference] = []
        for (k, key) in keys.enumerated() {
            let column = columns[k]
            guard da.indices.contains(where: { $0 % d == column && da[$0] > 0 }),
                  db.indices.contains(where: { $0 % d == column && db[$0] > 0 }) else { continue }
            let (low, high) = differences[k]
            out.append(Difference(measure: key.measure, voice: key.voice, a: va[k], b: vb[k], difference: va[k] - vb[k],
                                  ciLow: low, ciHigh: high, events: shared.count, clear: low > 0 || high < 0))
        }
        return out
    }

    /// Each measure's value over all events, and its 95 % interval over resampled events.
    func estimate(_ num: [Double], _ den: [Double], events n: Int, seed: String) -> ([Double], [Double], [Double]) {
        let m = keys.count
        let all = Self.ratios(num, den, Array(0..<n), m: m, columns: columns)
        guard !seed.isEmpty else { return (all, all, all) }
        let intervals = Self.resampled(events: n, seed: seed, measures: m) { draw, out in
            let r = Self.ratios(num, den, draw, m: m, columns: columns)
            for k in 0..<m { out[k] = r[k] }
        }
        return (all, intervals.map(\.0), intervals.map(\.1))
    }

    /// Σ numerators / Σ denominators of every measure over the events `draw` lists (with repeats); 0 when nothing is
    /// counted.
    static func ratios(_ num: [Double], _ den: [Double], _ draw: [Int], m: Int, columns: [Int]) -> [Double] {
        let d = voices.count + 1
        var accN = [Double](repeating: 0, count: m), accD = [Double](repeating: 0, count: d)
        num.withUnsafeBufferPointer { num in
            den.withUnsafeBufferPointer { den in
                accN.withUnsafeMutableBufferPointer { accN in
                    accD.withUnsafeMutableBufferPointer { accD in
                        for e in draw {
                            let row = e * m
                            for k in 0..<m { accN[k] += num[row + k] }
                            for c in 0..<d { accD[c] += den[e * d + c] }
                        }
                    }
                }
            }
        }
        return (0..<m).map { accD[columns[$0]] > 0 ? accN[$0] / accD[columns[$0]] : 0 }
    }

    /// The 2.5th and 97.5th percentiles of each of `measures` statistics over `resamples` draws of `events` event
    /// indices with replacement, from a generator seeded by `seed`; one event has nothing to resample.
    static func resampled(events n: Int, seed: String, measures m: Int, _ statistic: ([Int], inout [Double]) -> Void) -> [(Double, Double)] {
        var base: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in seed.utf8 { base = (base ^ UInt64(byte)) &* 0x100_0000_01b3 }
        // Each resample has its own generator (seeded by the seed and its number), so they run on all cores and
        // still give the same draws.
        let results = Parallel.map(count: resamples) { b -> [Double] in
            var state = base ^ (UInt64(b) &* 0x9e37_79b9_7f4a_7c15)
            func next() -> UInt64 {       // SplitMix64
                state &+= 0x9e37_79b9_7f4a_7c15
                var z = state
                z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
                z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
                return z ^ (z >> 31)
            }
            var draw = [Int](repeating: 0, count: n)
            for i in 0..<n { draw[i] = Int(next() % UInt64(n)) }
            var out = [Double](repeating: 0, count: m)
            statistic(draw, &out)
            return out
        }
        let values = (0..<m).map { k in results.map { $0[k] } }
        return values.map { v in
            let sorted = v.sorted()
            func at(_ q: Double) -> Double {
                let position = q * Double(sorted.count - 1)
                let lower = Int(position.rounded(.down)), upper = min(sorted.count - 1, lower + 1)
                return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
            }
            return (at(0.025), at(0.975))
        }
    }
}
