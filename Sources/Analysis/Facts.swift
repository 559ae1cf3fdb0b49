import Lexicon
import Text

/// What kind of fact.
public enum FactKind: String, Codable, Sendable, CaseIterable {
    case number, date, actor, place, name
}

/// A checkable detail an article includes: a number (with what it counts), a date or year, an actor, a place, or
/// another proper name. `key` identifies it across articles; `text` is how this article first writes it.
public struct Fact: Codable, Sendable, Hashable {
    public var kind: FactKind
    public var key: String
    public var text: String
    public var spans: [TextSpan]
    /// Folded words whose appearance anywhere in an article means it mentions the fact (a person's surname, a name's
    /// words); nil when only the extraction decides (numbers, dates, places).
    public var words: String? = nil
    /// What reports call it when that differs from the words at its first span (an event entity's name, "Donald
    /// Trump", where this article writes "Trump").
    public var label: String? = nil
    /// Words that, each written with a capital somewhere in an article's body, also mean it mentions the fact: the
    /// distinctive words of an organisation's name ("Georgetown" for Georgetown University), the names a hyphen joins
    /// ("Romney-Ryan").
    public var properWords: [String]? = nil
    /// An organisation's acronym (folded): written as a word, or as the initials of a name the article writes, it
    /// means the article mentions the organisation ("NRA" and "National Rifle Association").
    public var acronym: String? = nil
}

/// Extracts facts from an article: numbers with the word they count (2,500 troops), years and dates, actors (the
/// actors list), places (the places gazetteer, capitalised), and other multi-word proper names.
public struct FactExtractor: Sendable {
    public let actors: ActorList
    private let places: LexiconMatcher?

    public init(actors: ActorList, places: Lexicon? = nil) {
        self.actors = actors
        self.places = places.map { LexiconMatcher([$0]) }
    }

    static let months: [String: Int] = ["january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                                        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
                                        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                                        "sept": 9, "oct": 10, "nov": 11, "dec": 12]
    static let magnitudes: Set<String> = ["million", "billion", "trillion", "thousand", "hundred", "percent", "per"]

    public func facts(in article: Article) -> [Fact] {
        let text = article.text
        let scalars = ScalarText(text)
        let tokens = Tokenizer.tokens(text)
        let folded = tokens.map { Tokenizer.folded($0, in: text) }
        var facts: [String: Fact] = [:]
        var covered = [Bool](repeating: false, count: scalars.count)
        func add(_ kind: FactKind, _ key: String, _ span: TextSpan, display: TextSpan? = nil) {
            let k = kind.rawValue + ":" + key
            if facts[k] == nil {
                facts[k] = Fact(kind: kind, key: k, text: scalars[display ?? span], spans: [span])
            } else {
                facts[k]!.spans.append(span)
            }
            for i in span.start..<min(span.end, covered.count) { covered[i] = true }
        }
        // Actors, by the actors list (longest alias first).
        for m in actors.mentions(in: text) {
            add(.actor, actors.actors[m.actor].name, m.span)
        }
        // Places, capitalised, unless they begin a longer name ("Gulf Cooperation Council") or are the state of a
        // party-state tag ("Sen. Rand Paul, R-Ky.": an attribute of the person, not a place the story is about).
        if let places {
            for m in places.matches(in: text) where scalars.scalars[m.span.start].properties.isUppercase {
                guard !covered[m.span.start], !Self.inPartyTag(scalars.scalars, m.span.start) else { continue }
                let next = m.tokenEnd
                if next < tokens.count, scalars.scalars[Int(tokens[next].start)].properties.isUppercase,
                   tokens[next].flags.isDisjoint(with: [.sentenceBefore, .clauseBefore, .commaBefore]),
                   !article.headline.contains(m.span) { continue }
                add(.place, Tokenizer.fold(places.describe(m).category.name), m.span)      // the place, under any of its names
            }
        }
        // Numbers and dates. A month is a capitalised month name ("May 26", not "may"); it makes a date with a day
        // (1–31) right beside it, nothing between them ("December, 2,500 troops" is no date).
        func month(_ k: Int) -> Int? {
            guard k >= 0, k < tokens.count, scalars.scalars[Int(tokens[k].start)].properties.isUppercase else { return nil }
            return Self.months[folded[k]]
        }
        func day(_ k: Int) -> Int? {
            guard k >= 0, k < tokens.count, let d = Int(folded[k]), (1...31).contains(d) else { return nil }
            return d
        }
        func adjacent(_ k: Int) -> Bool { tokens[k].flags.isDisjoint(with: [.sentenceBefore, .clauseBefore, .commaBefore]) }
        for (i, t) in tokens.enumerated() {
            let word = folded[i]
            guard word.first?.isNumber == true else {
                if let m = month(i), i + 1 < tokens.count, adjacent(i + 1), let d = day(i + 1) {
                    add(.date, "\(m)-\(d)", TextSpan(Int(t.start), Int(tokens[i + 1].end)))
                } else if let m = month(i), i > 0, adjacent(i), let d = day(i - 1) {
                    add(.date, "\(m)-\(d)", TextSpan(Int(tokens[i - 1].start), Int(t.end)))
                }
                continue
            }
            let digits = word.filter { $0 != "," }
            if word.count == 4, let year = Int(word), (1900...2100).contains(year) {
                add(.date, String(year), t.span)
                continue
            }
            guard Double(digits) != nil else { continue }
            if day(i) != nil, (month(i - 1) != nil && adjacent(i)) || (month(i + 1) != nil && adjacent(i + 1)) { continue }  // a date
            var key = digits
            var end = i
            if i + 1 < tokens.count, Self.magnitudes.contains(folded[i + 1]) { key += " " + folded[i + 1]; end = i + 1 }
            // What the number counts: the next lower-case word within two words ("2,500 U.S. troops"). Small numbers
            // are keyed with it, so "3 rockets" and "3 soldiers" are different facts; a large number is distinctive on
            // its own, and "2,500 troops" and "2,500 soldiers" are one fact.
            var noun: Int? = nil
            for j in (end + 1)..<min(tokens.count, end + 3) where tokens[j].flags.isDisjoint(with: [.sentenceBefore, .clauseBefore, .commaBefore]) {
                if scalars.scalars[Int(tokens[j].start)].properties.isLowercase && !QuoteSelection.functionWords.contains(folded[j]) {
                    noun = j
                    break
                }
            }
            if let noun, let value = Double(digits), value < 1000, key == digits { key += " " + SentenceTable.normalize(folded[noun]) }
            let span = TextSpan(Int(t.start), Int(tokens[end].end))
            add(.number, key, span, display: noun.map { TextSpan(Int(t.start), Int(tokens[$0].end)) } ?? span)
        }
        // Other proper names: runs of two or more capitalised words not already an actor or a place (not in the
        // headline, where title case capitalises every word).
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if article.headline.contains(t.span) { i += 1; continue }
            guard scalars.scalars[Int(t.start)].properties.isUppercase, !covered[Int(t.start)] else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, !covered[Int(tokens[j].start)],
                  scalars.scalars[Int(tokens[j].start)].properties.isUppercase || (AttributionCues.nameParticles.contains(folded[j]) && j + 1 < tokens.count),
                  tokens[j].flags.isDisjoint(with: [.sentenceBefore, .clauseBefore, .commaBefore]) { j += 1 }
            while j > i + 1, !scalars.scalars[Int(tokens[j - 1].start)].properties.isUppercase { j -= 1 }
            var start = i
            if ["the", "a", "an"].contains(folded[start]) { start += 1 }
            if j - start >= 2, start > i || !(t.flags.contains(.sentenceBefore) && QuoteSelection.functionWords.contains(folded[i])) {
                let words = folded[start..<j]
                if !words.allSatisfy({ AttributionCues.titles.contains($0) }) {
                    let key = words.joined(separator: " ")
                    add(.name, key, TextSpan(Int(tokens[start].start), Int(tokens[j - 1].end)))
                    facts[FactKind.name.rawValue + ":" + key]?.words = key
                    if (start + 1..<j).allSatisfy({ Int(tokens[$0].start) - Int(tokens[$0 - 1].end) == 1
                        && scalars.scalars[Int(tokens[$0 - 1].end)] == "-" }) {
                        facts[FactKind.name.rawValue + ":" + key]?.properWords = Array(words)
                    }
                }
            }
            i = j
        }
        return facts.values.sorted { ($0.spans[0].start, $0.key) < ($1.spans[0].start, $1.key) }
    }
}

/// What an article mentions at all, for deciding that it leaves a fact out: a place under any of its names wherever
/// it is written with a capital (inside a longer name and in the headline too), and a proper name as a run of words
/// anywhere in the text ("Nancy Pelosi" inside "Representative Nancy Pelosi of California"). A fact is only missing
/// from an article that mentions it in none of these ways.
public struct FactPresence: Sendable {
    private let places: Set<String>
    /// Folded words the body writes with a capital.
    private let proper: Set<String>
    /// The initials of every run of two or more capitalised words ("national rifle association" → nra), folded.
    private let initials: Set<String>
    /// The article's folded words, and where each word occurs.
    private let words: [String]
    private let positions: [String: [Int]]

    public init(_ article: Article, extractor: FactExtractor) {
        let text = article.text
        let tokens = Tokenizer.tokens(text)
        words = tokens.map { Tokenizer.folded($0, in: text) }
        var positions: [String: [Int]] = [:]
        for (k, w) in words.enumerated() { positions[w, default: []].append(k) }
        self.positions = positions
        let scalars = Array(text.unicodeScalars)
        proper = Set(tokens.filter { !article.headline.contains($0.span) && scalars[Int($0.start)].properties.isUppercase }
            .map { Tokenizer.folded($0, in: text) })
        var initials: Set<String> = []
        var run = ""
        for (k, token) in tokens.enumerated() {
            let word = Tokenizer.folded(token, in: text)
            let capital = scalars[Int(token.start)].properties.isUppercase
            if k == 0 || !token.flags.isDisjoint(with: [.sentenceBefore, .clauseBefore, .commaBefore]) || !(capital || Self.acronymGlue.contains(word)) {
                if run.count >= 2 { initials.insert(run) }
                run = ""
            }
            if capital, !Self.acronymGlue.contains(word), let first = word.first { run.append(first) }
        }
        if run.count >= 2 { initials.insert(run) }
        self.initials = initials
        places = extractor.placeKeys(in: article)
    }

    public func mentions(_ fact: Fact) -> Bool {
        if fact.kind == .place { return places.contains(fact.key) }
        if let w = fact.words, contains(phrase: w.split(separator: " ").map(String.init)) { return true }
        if let p = fact.properWords, !p.isEmpty, p.allSatisfy(proper.contains) { return true }
        if let a = fact.acronym, initials.contains(a) || proper.contains(a) { return true }
        return false
    }

    /// Whether the article writes these folded words in a row.
    func contains(phrase: [String]) -> Bool {
        guard let first = phrase.first, let starts = positions[first] else { return false }
        return starts.contains { k in
            k + phrase.count <= words.count && (1..<phrase.count).allSatisfy { words[k + $0] == phrase[$0] }
        }
    }

    /// Small words inside a name that its acronym skips ("Federal Bureau of Investigation").
    static let acronymGlue: Set<String> = ["of", "the", "and", "for", "on", "&"]

    /// The acronym of a name (folded words): the name itself when it is one word of two to six letters, else the
    /// initials of its words but the small ones, when there are two or more.
    public static func acronym(of words: [String]) -> String? {
        if words.count == 1 { return (2...6).contains(words[0].count) && words[0].allSatisfy(\.isLetter) ? words[0] : nil }
        let initials = String(words.filter { !acronymGlue.contains($0) }.compactMap(\.first))
        return initials.count >= 2 ? initials : nil
    }
}

extension FactExtractor {
    /// Whether the word at `start` is the state of a party-state tag: "R-", "D-" or "I-" right before it.
    static func inPartyTag(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start >= 2, s[start - 1] == "-", ["R", "D", "I"].contains(s[start - 2]) else { return false }
        return start == 2 || !s[start - 3].properties.isAlphabetic
    }

    /// The keys of every place an article writes with a capital, wherever it stands.
    func placeKeys(in article: Article) -> Set<String> {
        guard let places else { return [] }
        let s = article.text.unicodeScalars
        let scalars = Array(s)
        return Set(places.matches(in: article.text).filter { scalars[$0.span.start].properties.isUppercase }.map {
            FactKind.place.rawValue + ":" + Tokenizer.fold(places.describe($0).category.name)
        })
    }
}

extension EventEntities {
    /// Each article's people and organisations as facts, one key per event entity ("entity:nancy-pelosi"), labelled
    /// with the entity's event name ("Donald Trump" where one outlet writes "Trump"); an actor of the actors list is an `actor` fact, anyone else a `name`. An article
    /// mentions one wherever it writes its surname (an organisation: its name).
    public func facts(_ articles: [ArticleEntities], texts: [String]) -> [[Fact]] {
        var result: [[Fact]] = Array(repeating: [], count: articles.count)
        let scalars = texts.map { ScalarText($0) }
        for e in entities {
            for m in e.members {
                let local = articles[m.article].entities[m.entity]
                guard let first = local.mentions.min(by: { $0.start < $1.start }) else { continue }
                let key = "entity:" + e.id
                if let k = result[m.article].firstIndex(where: { $0.key == key }) {
                    result[m.article][k].spans += local.mentions
                    continue
                }
                result[m.article].append(Fact(kind: e.actor != nil ? .actor : .name, key: key,
                                              text: scalars[m.article][first], spans: local.mentions.sorted { $0.start < $1.start },
                                              words: local.last, label: e.name,
                                              properWords: e.kind == .organisation ? Self.distinctive(local.last) : nil,
                                              acronym: e.kind == .organisation ? FactPresence.acronym(of: local.last.split(separator: " ").map(String.init)) : nil))
            }
        }
        return result.map { $0.map { var f = $0; f.spans.sort { $0.start < $1.start }; return f } }
    }

    /// An organisation's name without the generic words that end it ("georgetown university" → georgetown), when
    /// anything is left.
    static func distinctive(_ key: String) -> [String]? {
        var words = key.split(separator: " ").map(String.init).filter { $0 != "the" }
        while let last = words.last, NameVocabulary.organisationHeads.contains(last) { words.removeLast() }
        return words.isEmpty || words.count == key.split(separator: " ").count ? nil : words
    }
}
