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

    /// One outlet's sums, event by event (events sorted by name).
    struct Sums {
        var events: [String] = []
        var articles = 0
        /// For each (measure, voice): per-event numerator and denominator.
        var cells: [Key: ([Double], [Double])] = [:]
    }

    struct Key: Hashable, Comparable {
        var measure: String
        var voice: String
        static func < (a: Key, b: Key) -> Bool { (a.measure, a.voice) < (b.measure, b.voice) }
    }

    public static let resamples = 1_000
    /// Voices a lexicon rate is given for.
    public static let voices: [VoiceKey] = [.own, .quoted, .headline, .lead, .narration, .scareQuote, .all]

    public let outlets: [String]
    let sums: [String: Sums]

    /// `group` names the unit each record counts for: its outlet by default, or a group of outlets.
    public init(records: [ArticleRecord], group: (ArticleRecord) -> String = { $0.outlet }) {
        var byUnit: [String: [String: [ArticleRecord]]] = [:]
        for r in records { byUnit[group(r), default: [:]][r.event, default: []].append(r) }
        // Every outlet is measured on every measure any record has: no match is a rate of zero, not a missing row.
        var lexiconMeasures: Set<String> = [], speakerGroups: Set<String> = []
        for r in records {
            lexiconMeasures.formUnion(r.counts.keys)
            for speaker in r.speakers { speakerGroups.insert("speakers/" + (speaker.group ?? "(no group)")) }
        }
        var sums: [String: Sums] = [:]
        for (unit, events) in byUnit {
            var s = Sums()
            s.events = events.keys.sorted()
            var cells: [Key: ([Double], [Double])] = [:]
            let n = s.events.count
            func add(_ key: Key, _ e: Int, _ num: Double, _ den: Double) {
                var cell = cells[key] ?? ([Double](repeating: 0, count: n), [Double](repeating: 0, count: n))
                cell.0[e] += num
                cell.1[e] += den
                cells[key] = cell
            }
            for measure in lexiconMeasures { for voice in Self.voices { add(Key(measure: measure, voice: voice.rawValue), 0, 0, 0) } }
            for measure in speakerGroups { add(Key(measure: measure, voice: "quoted"), 0, 0, 0) }
            var wordsByVoice: [VoiceKey: [Double]] = [:]
            for voice in Self.voices { wordsByVoice[voice] = [Double](repeating: 0, count: n) }
            var speakerWords = [Double](repeating: 0, count: n)
            for (e, event) in s.events.enumerated() {
                for r in events[event]! {
                    s.articles += 1
                    for voice in Self.voices { wordsByVoice[voice]![e] += Double(r.words(voice)) }
                    for measure in r.counts.keys {
                        for voice in Self.voices { add(Key(measure: measure, voice: voice.rawValue), e, Double(r.count(measure, voice)) * 1000, 0) }
                    }
                    add(Key(measure: "scare_quotes", voice: "own"), e, Double(r.quotes["scare"] ?? 0) * 1000, Double(r.words(.own)))
                    add(Key(measure: "quoted_share", voice: "all"), e, Double(r.words(.quoted)), Double(r.words(.all)))
                    for speaker in r.speakers {
                        add(Key(measure: "speakers/" + (speaker.group ?? "(no group)"), voice: "quoted"), e, Double(speaker.words), 0)
                        speakerWords[e] += Double(speaker.words)
                    }
                }
            }
            // Denominators are every word of the voice (every quoted word, for speakers), matched or not.
            for key in Array(cells.keys) {
                if key.measure.hasPrefix("speakers/") {
                    cells[key]!.1 = speakerWords
                } else if let voice = VoiceKey(rawValue: key.voice), key.measure != "scare_quotes", key.measure != "quoted_share" {
                    cells[key]!.1 = wordsByVoice[voice]!
                }
            }
            s.cells = cells
            sums[unit] = s
        }
        self.sums = sums
        outlets = sums.keys.sorted()
    }

    /// Every measure of every outlet, sorted by outlet, measure and voice.
    public var rows: [Row] {
        var rows: [Row] = []
        for outlet in outlets {
            let s = sums[outlet]!
            let draws = Self.draws(count: s.events.count, seed: outlet)
            for key in s.cells.keys.sorted() {
                let (num, den) = s.cells[key]!
                guard den.reduce(0, +) > 0 else { continue }
                let (low, high) = Self.interval(draws) { idx in Self.ratio(num, den, idx) }
                rows.append(Row(outlet: outlet, measure: key.measure, voice: key.voice, value: Self.ratio(num, den, nil),
                                ciLow: low, ciHigh: high, events: den.filter { $0 > 0 }.count, articles: s.articles))
            }
        }
        return rows
    }

    /// A − B on every measure both have, over the events both cover.
    public func compare(_ a: String, _ b: String) -> [Difference] {
        guard let sa = sums[a], let sb = sums[b] else { return [] }
        let shared = Set(sa.events).intersection(sb.events).sorted()
        guard !shared.isEmpty else { return [] }
        let ia = shared.map { sa.events.firstIndex(of: $0)! }, ib = shared.map { sb.events.firstIndex(of: $0)! }
        let draws = Self.draws(count: shared.count, seed: a + "\u{1F}" + b)
        var out: [Difference] = []
        for key in Set(sa.cells.keys).intersection(sb.cells.keys).sorted() {
            let (na, da) = sa.cells[key]!, (nb, db) = sb.cells[key]!
            let numA = ia.map { na[$0] }, denA = ia.map { da[$0] }, numB = ib.map { nb[$0] }, denB = ib.map { db[$0] }
            guard denA.reduce(0, +) > 0, denB.reduce(0, +) > 0 else { continue }
            let va = Self.ratio(numA, denA, nil), vb = Self.ratio(numB, denB, nil)
            let (low, high) = Self.interval(draws) { idx in Self.ratio(numA, denA, idx) - Self.ratio(numB, denB, idx) }
            out.append(Difference(measure: key.measure, voice: key.voice, a: va, b: vb, difference: va - vb, ciLow: low,
                                  ciHigh: high, events: shared.count, clear: low > 0 || high < 0))
        }
        return out
    }

    /// Σ numerators / Σ denominators over the events `indices` draws (all events when nil); 0 when nothing is counted.
    static func ratio(_ num: [Double], _ den: [Double], _ indices: [Int]?) -> Double {
        var n = 0.0, d = 0.0
        if let indices { for i in indices { n += num[i]; d += den[i] } } else { n = num.reduce(0, +); d = den.reduce(0, +) }
        return d > 0 ? n / d : 0
    }

    /// The 2.5th and 97.5th percentiles of a statistic over the resamples.
    static func interval(_ draws: [[Int]], _ statistic: ([Int]) -> Double) -> (Double, Double) {
        guard !draws.isEmpty else { return (0, 0) }
        let values = draws.map(statistic).sorted()
        func at(_ q: Double) -> Double {
            let position = q * Double(values.count - 1)
            let lower = Int(position.rounded(.down)), upper = min(values.count - 1, lower + 1)
            return values[lower] + (values[upper] - values[lower]) * (position - Double(lower))
        }
        return (at(0.025), at(0.975))
    }

    /// `resamples` draws of `count` event indices with replacement, from a generator seeded by `seed`.
    static func draws(count: Int, seed: String) -> [[Int]] {
        guard count > 0 else { return [] }
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in seed.utf8 { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
        func next() -> UInt64 {       // SplitMix64
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        return (0..<resamples).map { _ in (0..<count).map { _ in Int(next() % UInt64(count)) } }
    }
}
