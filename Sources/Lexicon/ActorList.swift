import Foundation
import Text
import YAMLSupport

/// A person or organisation speakers resolve to.
public struct Actor: Sendable, Equatable, Codable {
    public var name: String
    public var aliases: [String]
    public var role: String?
    public var group: String?
    /// `person` or `organization`.
    public var kind: String
}

/// A group of actors (US government, Iraqi government, …), with phrases that place unnamed sources in it.
public struct ActorGroup: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var patterns: [String]
}

/// The actors file (`lexicons/actors.yaml`): canonical names, aliases, roles and groups; resolves what outlets write.
public struct ActorList: Sendable {
    public var actors: [Actor]
    public var groups: [ActorGroup]
    public var file: String

    /// Folded alias word sequences → actor index, longest first when resolving.
    private var aliasIndex: [[String]: Int] = [:]
    private var maxAliasWords = 1
    /// First words of all aliases, to skip most tokens at once.
    private var aliasFirstWords: Set<String> = []
    private var groupPatterns: [([String], Int)] = []

    public init(actors: [Actor], groups: [ActorGroup], file: String = "") {
        self.actors = actors
        self.groups = groups
        self.file = file
        for (i, actor) in actors.enumerated() {
            for alias in [actor.name] + actor.aliases {
                let words = Self.words(alias)
                guard !words.isEmpty else { continue }
                if aliasIndex[words] == nil { aliasIndex[words] = i }
                aliasFirstWords.insert(words[0])
                maxAliasWords = max(maxAliasWords, words.count)
            }
        }
        for (g, group) in groups.enumerated() {
            for pattern in group.patterns { groupPatterns.append((Self.words(pattern), g)) }
        }
        groupPatterns.sort { $0.0.count > $1.0.count }
    }

    public static let empty = ActorList(actors: [], groups: [])

    /// Folded words of a name, without a leading "the".
    public static func words(_ s: String) -> [String] {
        var w = Tokenizer.tokens(s).map { Tokenizer.folded($0, in: s) }.filter { $0 != "'s" }
        if w.first == "the" && w.count > 1 { w.removeFirst() }
        return w
    }

    /// The actor a written name refers to: an alias that ends it (longest first), then an alias anywhere in it,
    /// then a close transliteration of its last word (edit distance ≤ 2 on names of 6+ letters).
    public func resolve(_ written: String) -> (actor: Actor, exact: Bool)? {
        let w = Self.words(written)
        guard !w.isEmpty else { return nil }
        for length in stride(from: min(maxAliasWords, w.count), through: 1, by: -1) {
            if let i = aliasIndex[Array(w.suffix(length))] { return (actors[i], true) }
        }
        for length in stride(from: min(maxAliasWords, w.count), through: 1, by: -1) where length < w.count {
            for start in 0...(w.count - length) {
                if let i = aliasIndex[Array(w[start..<(start + length)])], actors[i].kind == "organization" || length > 1 {
                    return (actors[i], true)
                }
            }
        }
        guard let last = w.last, last.count >= 6 else { return nil }
        var best: (Int, Int)? = nil
        for (alias, i) in aliasIndex where alias.count == 1 && alias[0].count >= 6 {
            let d = Self.editDistance(Self.stripArticle(alias[0]), Self.stripArticle(last))
            if d <= 2, best == nil || d < best!.0 || (d == best!.0 && i < best!.1) { best = (d, i) }
        }
        return best.map { (actors[$0.1], false) }
    }

    /// The group an unnamed source belongs to ("a senior administration official" → US government).
    public func group(ofUnnamed written: String) -> ActorGroup? {
        let w = Self.words(written)
        for (pattern, g) in groupPatterns where !pattern.isEmpty && pattern.count <= w.count {
            for start in 0...(w.count - pattern.count) where Array(w[start..<(start + pattern.count)]) == pattern {
                return groups[g]
            }
        }
        return nil
    }

    public func group(id: String?) -> ActorGroup? {
        guard let id else { return nil }
        return groups.first { $0.id == id }
    }

    /// Every alias occurrence in a text, longest first at each position: (actor index, span).
    public func mentions(in text: String) -> [(actor: Int, span: TextSpan)] {
        let tokens = Tokenizer.tokens(text)
        let folded = tokens.map { Tokenizer.folded($0, in: text) }
        let scalars = ScalarText(text)
        var found: [(Int, TextSpan)] = []
        var i = 0
        while i < tokens.count {
            var matched = false
            guard aliasFirstWords.contains(folded[i]) else { i += 1; continue }
            for length in stride(from: min(maxAliasWords, tokens.count - i), through: 1, by: -1) {
                let key = Array(folded[i..<(i + length)])
                guard let a = aliasIndex[key] else { continue }
                // A one-word alias that is also a common word ("is", "austin" in lower case) must be capitalised.
                let first = scalars[tokens[i].span]
                if length == 1, first.first.map({ !$0.isUppercase }) ?? true { continue }
                if length == 1, key[0].count <= 3, first != first.uppercased() { continue }
                found.append((a, TextSpan(Int(tokens[i].start), Int(tokens[i + length - 1].end))))
                i += length
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return found
    }

    static func stripArticle(_ s: String) -> String {
        for prefix in ["al-", "el-", "al ", "el "] where s.hasPrefix(prefix) { return String(s.dropFirst(prefix.count)) }
        return s
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    // MARK: loading

    /// Reads an actors file; errors name the file and line.
    public static func load(file: String) throws(LexiconError) -> ActorList {
        try parse(try LexiconLoader.text(of: file), file: file)
    }

    /// Reads an actors list from its text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(LexiconError) -> ActorList {
        guard let root = try YAMLValue.parse(text, file: file) else {
            throw YAMLFileError(file: file, line: nil, message: "the actors file is empty")
        }
        var groups: [ActorGroup] = []
        for (id, value) in try root["groups"]?.mapping() ?? [] {
            groups.append(ActorGroup(id: id, label: try value["label"]?.string() ?? id,
                                     patterns: try value["patterns"]?.strings() ?? []))
        }
        guard let list = root["actors"] else { throw root.error("an actors file needs 'actors'") }
        var actors: [Actor] = []
        for item in try list.elements() {
            guard let name = item["name"] else { throw item.error("an actor needs a 'name'") }
            let group = try item["group"]?.optionalString()
            if let group, !groups.contains(where: { $0.id == group }) {
                throw item["group"]!.error("unknown group '\(group)' (declare it under 'groups')")
            }
            let kind = try item["kind"]?.string() ?? "person"
            guard kind == "person" || kind == "organization" else { throw item["kind"]!.error("kind is 'person' or 'organization'") }
            actors.append(Actor(name: try name.string(), aliases: try item["aliases"]?.strings() ?? [],
                                role: try item["role"]?.optionalString(), group: group, kind: kind))
        }
        return ActorList(actors: actors, groups: groups, file: file)
    }
}
