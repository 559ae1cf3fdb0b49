import Lexicon
import Text

/// Where one outlet reports something: an article and a span of its clean text.
public struct Evidence: Codable, Sendable, Equatable {
    public var outlet: String
    public var article: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(outlet: String, article: String, start: Int, end: Int, text: String) {
        self.outlet = outlet
        self.article = article
        self.start = start
        self.end = end
        self.text = text
    }
}

/// Something most outlets report and some leave out: a fact, a quotation or a statement (aligned sentences).
public struct Omission: Codable, Sendable, Equatable {
    /// What is left out: a fact of some kind, a quotation, or a statement (sentences aligned across outlets).
    public enum Kind: String, Codable, Sendable {
        case number, date, actor, place, name, quote, statement

        init(_ fact: FactKind) { self = Kind(rawValue: fact.rawValue)! }
    }

    public var kind: Kind
    public var key: String
    /// What it is called: how the first reporting outlet words it, or a person's or organisation's event name.
    public var text: String
    public var reportedBy: [String]
    public var missingFrom: [String]
    /// One span per reporting outlet.
    public var evidence: [Evidence]
    /// Outlets that report part of a statement (the sentence verdict `partly`): neither reporting it nor leaving it out.
    public var reportedInPartBy: [String] = []

    enum CodingKeys: String, CodingKey {
        case kind, key, text, reportedBy = "reported_by", missingFrom = "missing_from", evidence
        case reportedInPartBy = "reported_in_part_by"
    }

    /// How a report shows it: a statement or quotation between quotation marks, unless the words already open with one
    /// (a sentence that is itself a quotation).
    public var display: String {
        guard kind == .statement || kind == .quote else { return text }
        if let first = text.unicodeScalars.first, "\"\u{201C}\u{2018}'".unicodeScalars.contains(first) { return text }
        return "\u{201C}\(text)\u{201D}"
    }

    public init(kind: Kind, key: String, text: String, reportedBy: [String], missingFrom: [String], evidence: [Evidence],
                reportedInPartBy: [String] = []) {
        self.kind = kind
        self.key = key
        self.text = text
        self.reportedBy = reportedBy
        self.missingFrom = missingFrom
        self.evidence = evidence
        self.reportedInPartBy = reportedInPartBy
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decode(Kind.self, forKey: .kind), key: try c.decode(String.self, forKey: .key),
                  text: try c.decode(String.self, forKey: .text), reportedBy: try c.decode([String].self, forKey: .reportedBy),
                  missingFrom: try c.decode([String].self, forKey: .missingFrom), evidence: try c.decode([Evidence].self, forKey: .evidence),
                  reportedInPartBy: try c.decodeIfPresent([String].self, forKey: .reportedInPartBy) ?? [])
    }
}

/// What each outlet leaves out of what most others report: facts (numbers with what they count, dates, actors, places,
/// names), quotations (the quote clusters) and statements (sentences the diff engine aligns across outlets).
///
/// "Most" means more than half of the event's outlets; with fewer than three outlets nothing is "most".
public enum OmissionFinder {
    /// An article's facts with its people and organisations as the event's entities: the actors-list and
    /// capitalised-run facts they cover give way to one fact per entity.
    public static func merge(extracted: [Fact], entities: [Fact]) -> [Fact] {
        let covered = entities.flatMap(\.spans)
        let kept = extracted.filter { f in
            f.kind != .actor && !(f.kind == .name && f.spans.contains { s in covered.contains { $0.overlaps(s) } })
        }
        return (kept + entities).sorted { ($0.spans[0].start, $0.key) < ($1.spans[0].start, $1.key) }
    }

    /// `presence` (one per article, optional) keeps a fact from being called missing where an article mentions it
    /// in words the extraction did not make a fact of.
    public static func find(articles: [Article], facts: [[Fact]], clusters: [QuoteCluster], tables: [SentenceTable],
                            presence: [FactPresence] = []) -> [Omission] {
        survey(articles: articles, facts: facts, clusters: clusters, tables: tables, presence: presence).omissions
    }

    /// The omissions, and how many things (facts, quotations, statements) more than half of the outlets report,
    /// whether some outlets leave them out or none does: what a share of left-out items is taken of.
    public static func survey(articles: [Article], facts: [[Fact]], clusters: [QuoteCluster], tables: [SentenceTable],
                              presence: [FactPresence] = []) -> (omissions: [Omission], majorityItems: Int) {
        var outlets: [String] = []
        for a in articles where !outlets.contains(a.outlet) { outlets.append(a.outlet) }
        guard outlets.count >= 3 else { return ([], 0) }
        let majority = outlets.count / 2 + 1
        var omissions: [Omission] = []
        var majorityItems = 0
        func missing(_ reportedBy: Set<String>) -> [String] { outlets.filter { !reportedBy.contains($0) } }
        func ordered(_ reportedBy: Set<String>) -> [String] { outlets.filter { reportedBy.contains($0) } }

        // Facts.
        var byKey: [String: [(article: Int, fact: Fact)]] = [:]
        var keyOrder: [String] = []
        for (a, list) in facts.enumerated() {
            for f in list {
                if byKey[f.key] == nil { keyOrder.append(f.key) }
                byKey[f.key, default: []].append((a, f))
            }
        }
        for key in keyOrder {
            let holders = byKey[key]!
            let reporting = Set(holders.map { articles[$0.article].outlet })
            let fact = holders[0].fact
            guard reporting.count >= majority else { continue }
            majorityItems += 1
            let mentioning = reporting.union(presence.indices.filter { presence[$0].mentions(fact) }.map { articles[$0].outlet })
            guard mentioning.count < outlets.count else { continue }
            var evidence: [Evidence] = []
            var seen: Set<String> = []
            for (a, f) in holders where seen.insert(articles[a].outlet).inserted {
                evidence.append(Evidence(outlet: articles[a].outlet, article: articles[a].id, start: f.spans[0].start,
                                         end: f.spans[0].start + f.text.unicodeScalars.count, text: f.text))
            }
            omissions.append(Omission(kind: Omission.Kind(fact.kind), key: key, text: fact.label ?? fact.text,
                                      reportedBy: ordered(reporting), missingFrom: missing(mentioning), evidence: evidence))
        }

        // Quotations.
        for cluster in clusters {
            let reporting = Set(cluster.outlets)
            guard reporting.count >= majority else { continue }
            majorityItems += 1
            guard reporting.count < outlets.count else { continue }
            var seen: Set<String> = []
            let evidence = cluster.members.filter { seen.insert($0.outlet).inserted }.map {
                Evidence(outlet: $0.outlet, article: $0.article, start: $0.start, end: $0.end, text: $0.text)
            }
            omissions.append(Omission(kind: .quote, key: "quote:\(cluster.id)", text: cluster.text, reportedBy: ordered(reporting),
                                      missingFrom: missing(reporting), evidence: evidence))
        }

        // Statements: sentences joined across articles by the pairwise alignment (headlines aside).
        let (statements, majorityStatements) = statements(articles: articles, tables: tables, outlets: outlets, majority: majority)
        omissions += statements
        majorityItems += majorityStatements
        let rank: [Omission.Kind: Int] = [.statement: 0, .quote: 1, .number: 2, .date: 3, .actor: 4, .place: 5, .name: 6]
        return (omissions.sorted { x, y in
            let kx: (Int, Int, Int, String) = (y.reportedBy.count, rank[x.kind] ?? 9, x.evidence.first?.start ?? 0, x.key)
            let ky: (Int, Int, Int, String) = (x.reportedBy.count, rank[y.kind] ?? 9, y.evidence.first?.start ?? 0, y.key)
            return kx < ky
        }, majorityItems)
    }

    /// Sentence clusters across the event, from the pairs of articles `AlignmentCandidates` chooses (aligned on all cores).
    /// The share of a statement's content-word weight a sentence must hold to report it in other words.
    static let paraphraseShare = 0.7
    /// The distinct wordings of a statement judged against an article that may leave it out.
    static let wordingsJudged = 3

    /// The statement omissions, and how many statements more than half of the outlets report.
    static func statements(articles: [Article], tables: [SentenceTable], outlets: [String], majority: Int) -> ([Omission], Int) {
        let n = articles.count
        var offsets = [Int](repeating: 0, count: n + 1)
        for i in 0..<n { offsets[i + 1] = offsets[i] + tables[i].sentences.count }
        let base = offsets
        let weights = WordWeights(tables)
        let candidates = AlignmentCandidates.pairs(tables, weights: weights)
        let edges = Parallel.map(count: n) { i in
            var local: [(Int, Int)] = []
            for j in candidates[i] {
                for p in SentenceAligner.align(tables[i], tables[j], weights: weights).pairs {
                    for x in p.a { for y in p.b { local.append((base[i] + x, base[j] + y)) } }
                }
            }
            return local
        }
        var sets = DisjointSets(count: base[n])
        for list in edges { for (x, y) in list { sets.join(x, y) } }
        var members: [Int: [(article: Int, sentence: Int)]] = [:]
        for a in 0..<n {
            for s in tables[a].sentences.indices where !tables[a].sentences[s].inHeadline {
                members[sets.find(base[a] + s), default: []].append((a, s))
            }
        }
        var result: [Omission] = []
        var scalars: [Int: ScalarText] = [:]
        func text(_ article: Int, _ span: TextSpan) -> String {
            if scalars[article] == nil { scalars[article] = ScalarText(articles[article].text) }
            return scalars[article]![span]
        }
        // An outlet whose article has a sentence holding most of the weight of a statement's content words reports it
        // in other words, though alignment did not pair them. Per article: where each content word occurs.
        // Words as numbers, each with its weight; per article, the sentences each word occurs in.
        var ids: [String: Int] = [:]
        var weightOf: [Double] = []
        let sentenceWords: [[[Int]]] = tables.map { table in
            table.sentences.map { sentence in
                sentence.words.map { w in
                    if let id = ids[w] { return id }
                    ids[w] = weightOf.count
                    weightOf.append(weights.weight(w))
                    return weightOf.count - 1
                }
            }
        }
        let postings: [[Int: [Int]]] = sentenceWords.map { sentences in
            var index: [Int: [Int]] = [:]
            for (s, words) in sentences.enumerated() { for w in words { index[w, default: []].append(s) } }
            return index
        }
        /// `wordings`: the distinct word lists of a statement's sentences (many outlets print the same sentence).
        func paraphrases(_ article: Int, _ wordings: [[Int]]) -> Bool {
            var held = [Double](repeating: 0, count: tables[article].sentences.count)
            return wordings.contains { words in
                let total = words.reduce(0) { $0 + weightOf[$1] }
                guard total > 0 else { return false }
                for s in held.indices { held[s] = 0 }
                for w in words { for s in postings[article][w] ?? [] { held[s] += weightOf[w] } }
                return held.contains { $0 >= Self.paraphraseShare * total }
            }
        }
        var verdicts: EventVerdicts? = nil
        var majorityStatements = 0
        for (root, list) in members.sorted(by: { $0.key < $1.key }) {
            let saying = Set(list.map { articles[$0.article].outlet })
            if saying.count == outlets.count { majorityStatements += 1 }
            guard saying.count >= 2, saying.count < outlets.count else { continue }
            var reporting = saying
            var seenWordings: Set<[Int]> = []
            let distinct = list.filter { seenWordings.insert(sentenceWords[$0.article][$0.sentence]).inserted }
            let wordings = distinct.map { sentenceWords[$0.article][$0.sentence] }
            for a in articles.indices where !reporting.contains(articles[a].outlet) && paraphrases(a, wordings) {
                reporting.insert(articles[a].outlet)
            }
            guard reporting.count >= majority else { continue }
            majorityStatements += 1
            guard reporting.count < outlets.count else { continue }
            // The sentence verdicts decide for the rest: an outlet whose article says the same (in any wording) reports
            // it, one that says part of it reports it in part; only the others leave it out.
            let judge = verdicts ?? EventVerdicts(tables: tables, weights: weights)
            verdicts = judge
            var inPart: Set<String> = []
            for b in articles.indices where !reporting.contains(articles[b].outlet) {
                var best = Verdict.none
                for (a, sentences) in Dictionary(grouping: distinct.prefix(Self.wordingsJudged), by: \.article).sorted(by: { $0.key < $1.key }) {
                    for j in judge.judge(sentences.map(\.sentence), of: a, against: b) where j.verdict != .none {
                        if j.verdict == .same || best == .none { best = j.verdict }
                    }
                }
                if best == .same { reporting.insert(articles[b].outlet) } else if best == .partly { inPart.insert(articles[b].outlet) }
            }
            inPart.subtract(reporting)
            let missing = outlets.filter { !reporting.contains($0) && !inPart.contains($0) }
            guard reporting.count >= majority, !missing.isEmpty || !inPart.isEmpty else { continue }
            var seen: Set<String> = []
            let evidence = list.filter { seen.insert(articles[$0.article].outlet).inserted }.map { m -> Evidence in
                let span = tables[m.article].sentences[m.sentence].span
                return Evidence(outlet: articles[m.article].outlet, article: articles[m.article].id, start: span.start, end: span.end,
                                text: text(m.article, span))
            }
            result.append(Omission(kind: .statement, key: "statement:\(root)", text: evidence[0].text,
                                   reportedBy: outlets.filter { reporting.contains($0) }, missingFrom: missing, evidence: evidence,
                                   reportedInPartBy: outlets.filter { inPart.contains($0) }))
        }
        return (result, majorityStatements)
    }
}
