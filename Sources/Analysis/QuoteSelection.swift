import Lexicon
import Text

/// One outlet's use of a quote that several outlets report.
public struct QuoteClusterMember: Codable, Sendable, Equatable {
    public var outlet: String
    public var article: String
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: QuoteKind
    public var speaker: String?
    /// The part of the cluster's longest version this member carries (Unicode-scalar offsets into `QuoteCluster.text`).
    public var covers: TextSpan
    /// Share of the longest version's words this member carries (the same words `covers` spans, in order); 0 for a
    /// member joined to the cluster through another member that carries none of the longest version's words.
    public var share: Double
}

/// The same quotation as reported by several outlets, as different excerpts or with transcription differences.
public struct QuoteCluster: Codable, Sendable, Equatable {
    public var id: Int
    public var speaker: String?
    /// The speaker's id among the event's people and organisations, when the speaker is one.
    public var entity: String?
    public var actor: String?
    public var group: String?
    /// The longest version.
    public var text: String
    public var outlets: [String]
    public var members: [QuoteClusterMember]
}

/// One outlet's quoting of one speaker (or group).
public struct QuoteMatrixCell: Codable, Sendable, Equatable {
    public var outlet: String
    public var quotes: Int
    public var words: Int
    /// This speaker is the first one the outlet quotes.
    public var first: Bool
}

/// What a row of the quote matrix stands for.
public enum MatrixLevel: String, Codable, Sendable {
    case speaker, group
}

/// A speaker (or group) across outlets: who lets whom speak, how much, and first.
public struct QuoteMatrixRow: Codable, Sendable, Equatable {
    public var level: MatrixLevel
    public var speaker: String
    /// The speaker's id among the event's people and organisations, when the row is one.
    public var entity: String?
    public var actor: String?
    public var group: String?
    public var groupLabel: String?
    public var cells: [QuoteMatrixCell]

    enum CodingKeys: String, CodingKey { case level, speaker, entity, actor, group, groupLabel = "group_label", cells }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level); try c.encode(speaker, forKey: .speaker); try c.encode(entity, forKey: .entity)
        try c.encode(actor, forKey: .actor)
        try c.encode(group, forKey: .group); try c.encode(groupLabel, forKey: .groupLabel); try c.encode(cells, forKey: .cells)
    }
}

/// Quote clusters across outlets and the quote-selection matrix of an event.
public struct QuoteSelection: Sendable {
    public let clusters: [QuoteCluster]
    public let matrix: [QuoteMatrixRow]

    /// Two quotes are the same when their content words (function words aside, negations kept) share a long common
    /// subsequence: at least 4 words and half of the shorter quote's, or 3 words and three quarters of them.
    static func sameQuote(_ lcs: Int, _ a: Int, _ b: Int) -> Bool {
        let shorter = min(a, b)
        // A quote of a word or two is the same only when it is those words exactly (one speaker's "combat" twice).
        return (lcs >= 4 && Double(lcs) >= 0.5 * Double(shorter)) || (lcs >= 3 && Double(lcs) >= 0.75 * Double(shorter))
            || (lcs >= 1 && lcs == a && a == b)
    }

    static let functionWords: Set<String> = Set("""
        a an the and or but so of to in on at by for with from into onto as than that this these those it its it's is are
        was were be been being am has have had do does did will would shall should can could may might must i we you he
        she they me us him her them my our your his their there here what which who whom whose when where why how if then
        also just very all any some such more most other about up out over under again further once 's
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    public init(articles: [Article], quotes: [[Quote]], actors: ActorList) {
        /// A quote's content words (which decide clusters) and all its words (which show what each outlet kept).
        struct Item { var article: Int; var quote: Quote; var words: [String]; var spans: [TextSpan]; var allWords: [String]; var allSpans: [TextSpan] }
        var items: [Item] = []
        for (a, list) in quotes.enumerated() {
            let text = articles[a].text
            let all = Tokenizer.tokens(text)
            for q in list where q.kind != .scare {
                // The quote's tokens: binary search to its first, then up to its end.
                var lo = all.partitionPoint { Int($0.start) >= q.content.start }
                var words: [String] = [], spans: [TextSpan] = [], allWords: [String] = [], allSpans: [TextSpan] = []
                while lo < all.count, Int(all[lo].end) <= q.content.end {
                    let w = Tokenizer.folded(all[lo], in: text)
                    if !Self.functionWords.contains(w) { words.append(w); spans.append(all[lo].span) }
                    allWords.append(w); allSpans.append(all[lo].span)
                    lo += 1
                }
                items.append(Item(article: a, quote: q, words: words, spans: spans, allWords: allWords, allSpans: allSpans))
            }
        }
        // Union-find over pairs from different articles. Quotes with the same content words are one type, and
        // whether two types are the same quotation is decided once per pair of types (many outlets carry the same
        // words). The words two types share (with multiplicity) bound their common subsequence, which spares the
        // subsequence for most pairs. A set never holds two named speakers: the same words from two different people
        // are two quotes.
        var typeIndex: [[String]: Int] = [:]
        var typeItems: [[Int]] = []
        var typeOf: [Int] = []
        for (i, item) in items.enumerated() {
            let t = typeIndex[item.words] ?? typeItems.count
            if t == typeItems.count { typeIndex[item.words] = t; typeItems.append([]) }
            typeItems[t].append(i)
            typeOf.append(t)
        }
        let typeWords = typeItems.map { items[$0[0]].words }
        let bags: [[String: Int]] = typeWords.map { words in words.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        let matching: [[Int]] = Parallel.map(count: typeWords.count) { t in
            typeWords.indices.filter { u in
                let (small, large) = bags[t].count <= bags[u].count ? (bags[t], bags[u]) : (bags[u], bags[t])
                let bound = small.reduce(0) { $0 + min($1.value, large[$1.key] ?? 0) }
                guard Self.sameQuote(bound, typeWords[t].count, typeWords[u].count) else { return false }
                return t == u || Self.sameQuote(Self.lcs(typeWords[t], typeWords[u]).count, typeWords[t].count, typeWords[u].count)
            }
        }
        var sets = DisjointSets(count: items.count)
        var speakerOf: [Int: String] = [:]
        for (i, item) in items.enumerated() { if let id = Self.identity(item.quote) { speakerOf[i] = id } }
        for i in items.indices {
            for u in matching[typeOf[i]] {
                let members = typeItems[u]
                for j in members[members.partitionPoint { $0 > i }...] where items[i].article != items[j].article {
                    // Already one set, or two named speakers: nothing to join (this keeps a thousand copies of one
                    // quotation near linear).
                    let (ri, rj) = (sets.find(i), sets.find(j))
                    guard ri != rj else { continue }
                    let (si, sj) = (speakerOf[ri], speakerOf[rj])
                    if let si, let sj, si != sj { continue }
                    sets.join(i, j)
                    speakerOf[sets.find(i)] = si ?? sj
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in items.indices { groups[sets.find(i), default: []].append(i) }
        var clusters: [QuoteCluster] = []
        var scalarTexts: [Int: ScalarText] = [:]
        func scalars(_ article: Int) -> ScalarText {
            if let s = scalarTexts[article] { return s }
            let s = ScalarText(articles[article].text)
            scalarTexts[article] = s
            return s
        }
        for (_, members) in groups.sorted(by: { $0.key < $1.key }) {
            let outlets = Set(members.map { items[$0].article })
            guard outlets.count >= 2 else { continue }
            let longest = members.max { items[$0].words.count < items[$1].words.count || (items[$0].words.count == items[$1].words.count && $0 > $1) }!
            let canonical = items[longest]
            let canonicalScalars = scalars(canonical.article)
            let base = canonical.quote.content.start
            var speakers: [String: Int] = [:]
            var clusterMembers: [QuoteClusterMember] = []
            for m in members.sorted(by: { (items[$0].article, items[$0].quote.content.start) < (items[$1].article, items[$1].quote.content.start) }) {
                let item = items[m]
                // What the member kept of the longest version: from its first to its last word in common, all words.
                let kept = Self.lcs(canonical.allWords, item.allWords)
                let covers: TextSpan
                if let first = kept.first, let last = kept.last {
                    covers = TextSpan(canonical.allSpans[first.0].start - base, canonical.allSpans[last.0].end - base)
                } else {
                    covers = TextSpan(0, 0)
                }
                let name = item.quote.actor ?? item.quote.speaker
                if let name { speakers[name, default: 0] += 1 }
                clusterMembers.append(QuoteClusterMember(
                    outlet: articles[item.article].outlet, article: articles[item.article].id, start: item.quote.content.start,
                    end: item.quote.content.end, text: scalars(item.article)[item.quote.content],
                    kind: item.quote.kind, speaker: item.quote.speaker, covers: covers,
                    share: canonical.allWords.isEmpty ? 0 : (Double(kept.count) / Double(canonical.allWords.count) * 100).rounded() / 100))
            }
            let speaker = speakers.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            let actor = members.compactMap { items[$0].quote.actor }.first
            let group = members.compactMap { items[$0].quote.group }.first
            let entity = members.compactMap { items[$0].quote.speakerID }.first
            clusters.append(QuoteCluster(id: clusters.count + 1, speaker: speaker, entity: entity, actor: actor, group: group,
                                         text: canonicalScalars[canonical.quote.content],
                                         outlets: clusterMembers.map(\.outlet).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                                         members: clusterMembers))
        }
        self.clusters = clusters
        self.matrix = Self.matrix(articles: articles, quotes: quotes, actors: actors)
    }

    /// Who a quote's speaker is, when named: the event entity, else the actor.
    static func identity(_ q: Quote) -> String? { q.speakerID.map { "entity:" + $0 } ?? q.actor.map { "actor:" + $0 } }

    /// The name a quote's speaker has in the selection matrix: the actor, else the speaker as written (an unnamed
    /// source without its article), else "(unattributed)".
    public static func matrixSpeaker(actor: String?, speaker: String?) -> String {
        actor ?? speaker.map(unnamed) ?? "(unattributed)"
    }

    /// An unnamed source without its article ("The senior administration official" → "senior administration official");
    /// names keep their case.
    static func unnamed(_ speaker: String) -> String {
        let words = speaker.split(separator: " ")
        guard let first = words.first, ["a", "an", "the", "A", "An", "The"].contains(String(first)), words.count > 1 else { return speaker }
        let rest = words.dropFirst().joined(separator: " ")
        return rest.first.map { $0.isUppercase && words.count > 2 && words[1].first?.isUppercase == true } == true ? speaker : rest
    }

    /// Matched index pairs of a longest common subsequence of two word lists.
    static func lcs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        // table[i][j] = LCS length of a[i...] and b[j...], in one flat array of (a.count + 1) × (b.count + 1).
        let width = b.count + 1
        var table = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] = a[i] == b[j] ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                pairs.append((i, j)); i += 1; j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    static func matrix(articles: [Article], quotes: [[Quote]], actors: ActorList) -> [QuoteMatrixRow] {
        struct Key: Hashable { var speaker: String; var entity: String?; var actor: String?; var group: String? }
        var cells: [Key: [Int: (quotes: Int, words: Int)]] = [:]
        var groupCells: [String: [Int: (quotes: Int, words: Int)]] = [:]
        var firsts: [Int: Key] = [:]
        for (a, list) in quotes.enumerated() {
            let text = articles[a].text
            let scalars = ScalarText(text)
            for q in list where q.kind != .scare {
                let key = Key(speaker: Self.matrixSpeaker(actor: q.actor, speaker: q.speaker), entity: q.speakerID, actor: q.actor, group: q.group)
                let words = WordCounter.count(scalars[q.content])
                var cell = cells[key, default: [:]][a] ?? (0, 0)
                cell.quotes += 1; cell.words += words
                cells[key, default: [:]][a] = cell
                let g = q.group ?? "(no group)"
                var gcell = groupCells[g, default: [:]][a] ?? (0, 0)
                gcell.quotes += 1; gcell.words += words
                groupCells[g, default: [:]][a] = gcell
                if firsts[a] == nil { firsts[a] = key }
            }
        }
        func total(_ byArticle: [Int: (quotes: Int, words: Int)]) -> Int { byArticle.values.reduce(0) { $0 + $1.words } }
        var rows: [QuoteMatrixRow] = []
        for (key, byArticle) in cells.sorted(by: { (total($1.value), $0.key.speaker) < (total($0.value), $1.key.speaker) }) {
            rows.append(QuoteMatrixRow(level: .speaker, speaker: key.speaker, entity: key.entity, actor: key.actor, group: key.group,
                                       groupLabel: actors.group(id: key.group)?.label,
                                       cells: articles.indices.map { a in
                                           QuoteMatrixCell(outlet: articles[a].outlet, quotes: byArticle[a]?.quotes ?? 0,
                                                           words: byArticle[a]?.words ?? 0, first: firsts[a] == key)
                                       }))
        }
        for (group, byArticle) in groupCells.sorted(by: { (total($1.value), $0.key) < (total($0.value), $1.key) }) {
            let label = actors.group(id: group)?.label ?? group
            rows.append(QuoteMatrixRow(level: .group, speaker: label, entity: nil, actor: nil, group: group == "(no group)" ? nil : group,
                                       groupLabel: label,
                                       cells: articles.indices.map { a in
                                           QuoteMatrixCell(outlet: articles[a].outlet, quotes: byArticle[a]?.quotes ?? 0,
                                                           words: byArticle[a]?.words ?? 0,
                                                           first: firsts[a].map { ($0.group ?? "(no group)") == group } ?? false)
                                       }))
        }
        return rows
    }
}
