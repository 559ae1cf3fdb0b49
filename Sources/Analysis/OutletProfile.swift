import Text

/// Outlets (or groups of outlets) across events, computed from analysis records alone.
///
/// Every measure is a ratio of sums: matches of a lexicon category per 1,000 words of a voice, scare quotes per 1,000
/// words of the outlet's own voice, the share of an outlet's words that are quotations, the share of its quoted words
/// given to a group of speakers. The uncertainty is a 95 % percentile bootstrap over events (the events an outlet
/// covers are resampled with replacement, 1,000 times), so an outlet seen in few events gets a wide interval; past
/// `bootstrapLimit` events, the normal approximation the bootstrap converges to. A pair of
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
        /// Articles per event.
        var eventArticles: [Int] = []
        var numerators: [Double] = []      // events × keys
        var denominators: [Double] = []    // events × denominator columns
    }

    /// Measures that are shares over all voices rather than rates of one (what renderers show beside the own voice).
    public static let shares: Set<String> = ["quoted_share", "left_out", "reported_in_part"]

    public static let resamples = 1_000
    /// Voices a lexicon rate is given for.
    public static let voices: [VoiceKey] = [.own, .quoted, .headline, .lead, .narration, .scareQuote, .all]
    /// Denominator columns: the words of each voice, then the quoted words given to speakers, then the things most
    /// outlets of an event report (for the share an outlet leaves out).
    static let speakerColumn = voices.count
    static let omissionColumn = voices.count + 1
    /// … and the articles with an attributed quotation (for the share whose first speaker is of a group).
    static let firstColumn = voices.count + 2
    static let denominatorColumns = voices.count + 3

    public let outlets: [String]
    /// Each outlet's (or group's) most distinctive words of its own voice against the others' across all their
    /// records (log-odds with an informative Dirichlet prior, as in the report), when the records count words.
    public let distinctive: [String: [DistinctiveWord]]
    public static let distinctiveTop = 25
    /// Every measure and voice, sorted; and the denominator column of each.
    let keys: [Key]
    let columns: [Int]
    let sums: [String: Sums]

    /// `group` names the unit each record counts for: its outlet by default, or a group of outlets.
    /// `combined` adds measures that sum lexicon categories ("loaded-wording" = news-generic/loaded + …/evaluative).
    public init(records: [ArticleRecord], group: (ArticleRecord) -> String = { $0.outlet },
                combined: [(name: String, parts: [String])] = []) {
        var sums = ProfileSums()
        for r in records { sums.add(r, unit: group(r)) }
        self.init(sums: sums, combined: combined)
    }

    /// The profiles of records already folded into sums.
    public init(sums input: ProfileSums, combined: [(name: String, parts: [String])] = []) {
        // Every outlet is measured on every measure any record has: no match is a rate of zero, not a missing row.
        let measureNames = Set(input.measures.keys).union(combined.map(\.name))
        var keys: [Key] = []
        var columns: [Int] = []
        for measure in measureNames.sorted() {
            for (v, voice) in Self.voices.enumerated() { keys.append(Key(measure: measure, voice: voice.rawValue)); columns.append(v) }
        }
        keys.append(Key(measure: "quoted_share", voice: "all")); columns.append(Self.voices.firstIndex(of: .all)!)
        keys.append(Key(measure: "scare_quotes", voice: "own")); columns.append(Self.voices.firstIndex(of: .own)!)
        for group in input.speakerGroups.keys.sorted() {
            keys.append(Key(measure: "speakers/" + group, voice: "quoted")); columns.append(Self.speakerColumn)
            keys.append(Key(measure: "quoted_first/" + group, voice: "quoted")); columns.append(Self.firstColumn)
        }
        if input.hasOmissions {
            for measure in ["left_out", "reported_in_part"] { keys.append(Key(measure: measure, voice: "all")); columns.append(Self.omissionColumn) }
        }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        self.keys = order.map { keys[$0] }
        self.columns = order.map { columns[$0] }
        var index: [Key: Int] = [:]
        for (i, key) in self.keys.enumerated() { index[key] = i }
        let m = self.keys.count, d = Self.denominatorColumns
        let disjoint = Voice.allCases
        // For each voice of `voices`, the disjoint voices it adds up.
        let parts: [[Int]] = Self.voices.map { key in
            disjoint.indices.filter { v in key == .all || (key == .own && disjoint[v].isOwn) || (key == .quoted && disjoint[v] == .quote)
                || VoiceKey(disjoint[v]) == key }
        }
        // Where each stored measure's counts go, and which stored measures each combined one adds.
        let stored = input.measures.sorted { $0.value < $1.value }.map(\.key)
        let storedRows = stored.map { measure in Self.voices.map { index[Key(measure: measure, voice: $0.rawValue)]! } }
        let combinedRows = combined.map { c in Self.voices.map { index[Key(measure: c.name, voice: $0.rawValue)]! } }
        let combinedParts = combined.map { c in c.parts.compactMap { input.measures[$0] } }
        let speakerRows = input.speakerGroups.sorted { $0.value < $1.value }.map { index[Key(measure: "speakers/" + $0.key, voice: "quoted")]! }
        let firstRows = input.speakerGroups.sorted { $0.value < $1.value }.map { index[Key(measure: "quoted_first/" + $0.key, voice: "quoted")]! }
        let scareRow = index[Key(measure: "scare_quotes", voice: "own")]!, quotedRow = index[Key(measure: "quoted_share", voice: "all")]!
        let leftOutRow = index[Key(measure: "left_out", voice: "all")], inPartRow = index[Key(measure: "reported_in_part", voice: "all")]

        var sums: [String: Sums] = [:]
        for (unit, events) in input.cells {
            var s = Sums()
            s.events = events.keys.sorted()
            s.numerators = [Double](repeating: 0, count: s.events.count * m)
            s.denominators = [Double](repeating: 0, count: s.events.count * d)
            for (e, event) in s.events.enumerated() {
                let cell = events[event]!
                let row = e * m, denominatorRow = e * d
                s.articles += Int(cell.articles)
                s.eventArticles.append(Int(cell.articles))
                func count(_ measure: Int, _ v: Int) -> Double {
                    parts[v].reduce(0.0) { $0 + Double(measure * disjoint.count + $1 < cell.counts.count ? cell.counts[measure * disjoint.count + $1] : 0) }
                }
                for v in Self.voices.indices {
                    s.denominators[denominatorRow + v] = parts[v].reduce(0.0) { $0 + Double(cell.words[$1]) }
                    for (i, rows) in storedRows.enumerated() { s.numerators[row + rows[v]] = count(i, v) * 1000 }
                    for (c, rows) in combinedRows.enumerated() {
                        s.numerators[row + rows[v]] += combinedParts[c].reduce(0.0) { $0 + count($1, v) } * 1000
                    }
                }
                s.numerators[row + scareRow] = Double(cell.scareQuotes) * 1000
                s.numerators[row + quotedRow] = Double(cell.words[disjoint.firstIndex(of: .quote)!])
                if let leftOutRow, let inPartRow {
                    s.numerators[row + leftOutRow] = Double(cell.leftOut)
                    s.numerators[row + inPartRow] = Double(cell.inPart)
                    s.denominators[denominatorRow + Self.omissionColumn] = Double(cell.majority)
                }
                for (g, speakerRow) in speakerRows.enumerated() where g < cell.speakerWords.count {
                    s.numerators[row + speakerRow] = Double(cell.speakerWords[g])
                    s.denominators[denominatorRow + Self.speakerColumn] += Double(cell.speakerWords[g])
                }
                for (g, firstRow) in firstRows.enumerated() where g < cell.firstSpeakers.count {
                    s.numerators[row + firstRow] = Double(cell.firstSpeakers[g])
                    s.denominators[denominatorRow + Self.firstColumn] += Double(cell.firstSpeakers[g])
                }
            }
            sums[unit] = s
        }
        self.sums = sums
        outlets = sums.keys.sorted()
        if input.ownWords.isEmpty || outlets.count < 2 {
            distinctive = [:]
        } else {
            let lists = Keyness.distinctive(outlets.map { input.ownWords[$0] ?? [:] }, top: Self.distinctiveTop, minimumCount: 5)
            distinctive = Dictionary(uniqueKeysWithValues: zip(outlets, lists))
        }
    }

    /// The events an outlet (or group) covers, with its articles in each, sorted by event.
    public func events(of unit: String) -> [(event: String, articles: Int)] {
        guard let s = sums[unit] else { return [] }
        return Array(zip(s.events, s.eventArticles))
    }

    /// Every measure of every outlet, sorted by outlet, measure and voice (measures with no words to count are left out).
    public var rows: [Row] {
        var rows: [Row] = []
        for outlet in outlets {
            let s = sums[outlet]!
            let n = s.events.count
            let (values, low, high) = estimate(s.numerators, s.denominators, events: n, seed: outlet)
            let d = Self.denominatorColumns
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
        let m = keys.count, d = Self.denominatorColumns
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
        let differences = shared.count > Self.bootstrapLimit
            ? normalIntervals(events: shared.count, sides: [(na, da, 1), (nb, db, -1)])
            : Self.resampled(events: shared.count, seed: a + "\u{1F}" + b, measures: m) { draw, out in
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
        if n > Self.bootstrapLimit {
            let intervals = normalIntervals(events: n, sides: [(num, den, 1)])
            return (all, intervals.map(\.0), intervals.map(\.1))
        }
        let intervals = Self.resampled(events: n, seed: seed, measures: m) { draw, out in
            let r = Self.ratios(num, den, draw, m: m, columns: columns)
            for k in 0..<m { out[k] = r[k] }
        }
        return (all, intervals.map(\.0), intervals.map(\.1))
    }

    /// Past this many events the interval is the normal approximation of the ratio (the delta method, with events as
    /// clusters), which is what the bootstrap converges to, at a thousandth of its cost.
    public static let bootstrapLimit = 1_000

    /// 95 % normal intervals of Σ sign × (Σ num / Σ den) over `sides` (one side: a rate; two: a paired difference):
    /// each event's influence is (num − rate × den) / Σ den, and the variance n / (n − 1) times their sum of squares.
    func normalIntervals(events n: Int, sides: [(num: [Double], den: [Double], sign: Double)]) -> [(Double, Double)] {
        let m = keys.count, d = Self.denominatorColumns
        let totals = sides.map { side in
            (Self.ratios(side.num, side.den, Array(0..<n), m: m, columns: columns),
             (0..<d).map { c in (0..<n).reduce(0.0) { $0 + side.den[$1 * d + c] } })
        }
        return (0..<m).map { k in
            let column = columns[k]
            var value = 0.0, squares = 0.0
            for (s, side) in sides.enumerated() { value += side.sign * totals[s].0[k] }
            for e in 0..<n {
                var z = 0.0
                for (s, side) in sides.enumerated() where totals[s].1[column] > 0 {
                    z += side.sign * (side.num[e * m + k] - totals[s].0[k] * side.den[e * d + column]) / totals[s].1[column]
                }
                squares += z * z
            }
            let half = 1.959_964 * (n > 1 ? (Double(n) / Double(n - 1) * squares).squareRoot() : 0)
            return (value - half, value + half)
        }
    }

    /// Σ numerators / Σ denominators of every measure over the events `draw` lists (with repeats); 0 when nothing is
    /// counted.
    static func ratios(_ num: [Double], _ den: [Double], _ draw: [Int], m: Int, columns: [Int]) -> [Double] {
        let d = denominatorColumns
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

/// Records folded, as they arrive, into sums per unit (outlet or group) and event: what a profile needs, in memory that
/// grows with the (unit, event) pairs and the measures, not with the records or their texts.
public struct ProfileSums: Sendable {
    struct Cell: Sendable {
        var articles: Int32 = 0
        /// Words of each disjoint voice (`Voice.allCases` order).
        var words = [Int32](repeating: 0, count: Voice.allCases.count)
        /// Matches: measure index × disjoint voice.
        var counts: [Int32] = []
        var scareQuotes: Int32 = 0
        /// Quoted words by speaker group index.
        var speakerWords: [Int32] = []
        /// Articles whose first attributed quotation is by a speaker of the group, by speaker group index.
        var firstSpeakers: [Int32] = []
        /// Things most outlets of the event report; of them, left out and reported in part (`ArticleRecord.omissions`).
        var majority: Int32 = 0
        var leftOut: Int32 = 0
        var inPart: Int32 = 0
    }

    /// Lexicon measures (`LEXICON/CATEGORY`) and speaker groups seen, by index of first appearance.
    public private(set) var measures: [String: Int] = [:]
    public private(set) var speakerGroups: [String: Int] = [:]
    var cells: [String: [String: Cell]] = [:]
    /// Articles added up (a summed record counts for its articles).
    public private(set) var records = 0
    /// Whether any record carried its outlet's omissions (records of whole events).
    public private(set) var hasOmissions = false
    /// Own-voice content words per unit, summed over the records that count them.
    public private(set) var ownWords: [String: [String: Int]] = [:]

    public init() {}

    public mutating func add(_ r: ArticleRecord, unit: String) {
        records += r.articles ?? 1
        var cell = cells[unit]?[r.event] ?? Cell()
        cell.articles += Int32(clamping: r.articles ?? 1)
        let voices = Voice.allCases
        for (v, voice) in voices.enumerated() { cell.words[v] += Int32(clamping: r.words[voice.rawValue] ?? 0) }
        for (measure, byVoice) in r.counts {
            let i: Int
            if let known = measures[measure] { i = known } else { i = measures.count; measures[measure] = i }
            if cell.counts.count < (i + 1) * voices.count { cell.counts += [Int32](repeating: 0, count: (i + 1) * voices.count - cell.counts.count) }
            for (v, voice) in voices.enumerated() { cell.counts[i * voices.count + v] += Int32(clamping: byVoice[voice.rawValue] ?? 0) }
        }
        cell.scareQuotes += Int32(clamping: r.quotes["scare"] ?? 0)
        if let words = r.ownWords {
            var total = ownWords.removeValue(forKey: unit) ?? [:]
            for (w, c) in words { total[w, default: 0] += c }
            ownWords[unit] = total
        }
        if let o = r.omissions {
            hasOmissions = true
            cell.majority += Int32(clamping: o.majority)
            cell.leftOut += Int32(clamping: o.leftOut)
            cell.inPart += Int32(clamping: o.inPart)
        }
        for speaker in r.speakers {
            let name = speaker.group ?? "(no group)"
            let g: Int
            if let known = speakerGroups[name] { g = known } else { g = speakerGroups.count; speakerGroups[name] = g }
            if cell.speakerWords.count <= g { cell.speakerWords += [Int32](repeating: 0, count: g + 1 - cell.speakerWords.count) }
            cell.speakerWords[g] += Int32(clamping: speaker.words)
            if speaker.timesFirst > 0 {
                if cell.firstSpeakers.count <= g { cell.firstSpeakers += [Int32](repeating: 0, count: g + 1 - cell.firstSpeakers.count) }
                cell.firstSpeakers[g] += Int32(clamping: speaker.timesFirst)
            }
        }
        cells[unit, default: [:]][r.event] = cell
    }
}
