import Foundation
import Text
import YAMLSupport

/// Reads lexicons in the formats researchers have, chosen by file extension:
/// native YAML (a top-level `categories:`), quanteda / Lexicoder YAML dictionaries (nested keys over pattern lists),
/// LIWC `.dic`, and plain one-term-per-line lists (`.txt`, `.lst`; the category is the file name).
public enum LexiconLoader {
    public static let extensions = ["yaml", "yml", "dic", "txt", "lst"]

    /// Loads a file; every problem is an error naming the file and line.
    public static func load(file: String, kind: LexiconKind? = nil) throws(LexiconError) -> Lexicon {
        try parse(try text(of: file), file: file, kind: kind)
    }

    /// The largest lexicon file read: far above any real dictionary (LIWC's is about 100 KB).
    public static let maxFileBytes = 64_000_000

    /// A lexicon or actors file as UTF-8 text, read through a bounded reader.
    static func text(of file: String) throws(LexiconError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.read(file, limit: maxFileBytes)
        } catch {
            let message: String
            switch error {
            case .missing: message = "no such file"
            case .permissionDenied: message = "cannot be read (permission denied)"
            case .isDirectory: message = "is a directory, not a lexicon file"
            case .tooLarge: message = "is over \(maxFileBytes / 1_000_000) MB, too large to be a lexicon"
            case let .failed(reason): message = "cannot be read (\(reason))"
            }
            throw LexiconError(file: file, line: nil, message: message)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LexiconError(file: file, line: nil, message: "not UTF-8 text")
        }
        return text
    }

    /// Reads a lexicon from its text; `file` names it in errors, and its extension gives the format.
    public static func parse(_ text: String, file: String, kind: LexiconKind? = nil) throws(LexiconError) -> Lexicon {
        let url = URL(fileURLWithPath: file)
        let name = url.deletingPathExtension().lastPathComponent
        switch url.pathExtension.lowercased() {
        case "yaml", "yml": return try yaml(text, file: file, name: name, kind: kind)
        case "dic": return try liwc(text, file: file, name: name, kind: kind ?? .markers)
        case "txt", "lst": return try plainList(text, file: file, name: name, kind: kind ?? .markers)
        default:
            throw LexiconError(file: file, line: nil, message: "unknown lexicon format '.\(url.pathExtension)' (use .yaml, .dic, .txt)")
        }
    }

    // MARK: native and quanteda YAML

    static func yaml(_ text: String, file: String, name: String, kind: LexiconKind?) throws(LexiconError) -> Lexicon {
        guard let root = try YAMLValue.parse(text, file: file) else {
            throw YAMLFileError(file: file, line: nil, message: "the lexicon is empty")
        }
        if root["categories"] != nil { return try native(root, name: name, kind: kind) }
        return try quanteda(root, name: name, kind: kind ?? .markers)
    }

    static func native(_ root: YAMLValue, name: String, kind: LexiconKind?) throws(YAMLFileError) -> Lexicon {
        let known: Set<String> = ["name", "kind", "description", "categories", "notes", "sources"]
        for (key, value) in try root.mapping() where !known.contains(key) {
            throw value.error("unknown key '\(key)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        var resolvedKind = kind ?? .markers
        if let k = root["kind"] {
            let s = try k.string()
            guard let parsed = LexiconKind(rawValue: s) else { throw k.error("kind must be 'frames' or 'markers', not '\(s)'") }
            resolvedKind = parsed
        }
        var lexicon = Lexicon(name: try root["name"]?.string() ?? name, kind: resolvedKind,
                              description: try root["description"]?.optionalString() ?? "", file: root.file, format: "slant",
                              categories: [])
        for (categoryName, value) in try root["categories"]!.mapping() {
            var category = LexiconCategory(name: categoryName, entries: [])
            var defaultWeight = 1.0
            let list: YAMLValue
            if case .mapping = value.node {
                category.description = try value["description"]?.optionalString()
                defaultWeight = try value["weight"]?.double() ?? 1
                guard let entries = value["entries"] else { throw value.error("a category needs 'entries'") }
                for (key, v) in try value.mapping() where !["description", "weight", "entries", "notes"].contains(key) {
                    throw v.error("unknown key '\(key)' in a category (known: description, weight, entries)")
                }
                list = entries
            } else {
                list = value
            }
            for item in try list.elements() {
                category.entries.append(try entry(item, defaultWeight: defaultWeight))
            }
            if category.entries.isEmpty { throw value.error("category '\(categoryName)' has no entries") }
            lexicon.categories.append(category)
        }
        if lexicon.categories.isEmpty { throw root.error("the lexicon has no categories") }
        return lexicon
    }

    static func entry(_ item: YAMLValue, defaultWeight: Double) throws(YAMLFileError) -> LexiconEntry {
        var e: LexiconEntry
        if case .scalar = item.node {
            e = LexiconEntry(term: try item.string(), weight: defaultWeight, line: item.line)
        } else {
            guard let term = item["term"] else { throw item.error("an entry is a term, or a mapping with 'term' (and 'weight', 'note', 'case')") }
            var exactCase = false
            if let mode = item["case"] {
                switch try mode.string() {
                case "exact": exactCase = true
                case "ignore": exactCase = false
                default: throw mode.error("'case' is 'exact' or 'ignore'")
                }
            }
            e = LexiconEntry(term: try term.string(), weight: try item["weight"]?.double() ?? defaultWeight,
                             note: try item["note"]?.optionalString(), line: item.line, exactCase: exactCase)
            for (key, v) in try item.mapping() where !["term", "weight", "note", "case"].contains(key) {
                throw v.error("unknown key '\(key)' in an entry (known: term, weight, note, case)")
            }
        }
        if let problem = validate(e.term) { throw item.error(problem) }
        return e
    }

    /// quanteda / Lexicoder dictionaries: keys (nested keys joined by `.`) over lists of patterns.
    static func quanteda(_ root: YAMLValue, name: String, kind: LexiconKind) throws(YAMLFileError) -> Lexicon {
        var categories: [LexiconCategory] = []
        func walk(_ value: YAMLValue, prefix: String) throws(YAMLFileError) {
            for (key, child) in try value.mapping() {
                let categoryName = prefix.isEmpty ? key : prefix + "." + key
                switch child.node {
                case .mapping: try walk(child, prefix: categoryName)
                case .sequence, .scalar:
                    var entries: [LexiconEntry] = []
                    for item in (try? child.elements()) ?? [child] {
                        let term = try item.string()
                        if let problem = validate(term) { throw item.error(problem) }
                        entries.append(LexiconEntry(term: term, line: item.line))
                    }
                    categories.append(LexiconCategory(name: categoryName, entries: entries))
                case .alias:
                    throw child.error("aliases are not supported")
                }
            }
        }
        try walk(root, prefix: "")
        if categories.isEmpty { throw root.error("no categories found (expected keys over lists of patterns)") }
        return Lexicon(name: name, kind: kind, file: root.file, format: "quanteda", categories: categories)
    }

    // MARK: LIWC and plain lists

    /// LIWC `.dic`: a `%`-delimited header of `number<TAB>category`, then `pattern<TAB>number…` lines.
    static func liwc(_ text: String, file: String, name: String, kind: LexiconKind) throws(LexiconError) -> Lexicon {
        var names: [String: String] = [:]
        var order: [String] = []
        var entries: [String: [LexiconEntry]] = [:]
        var section = 0
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            if trimmed == "%" { section += 1; continue }
            let fields = trimmed.split(whereSeparator: { $0 == "\t" }).map { $0.trimmingCharacters(in: .whitespaces) }
            switch section {
            case 0:
                throw LexiconError(file: file, line: line, message: "a LIWC dictionary starts with a line holding only %")
            case 1:
                let parts = trimmed.split(maxSplits: 1, whereSeparator: { $0 == "\t" || $0 == " " })
                guard parts.count == 2, Int(parts[0]) != nil else {
                    throw LexiconError(file: file, line: line, message: "expected 'number<TAB>category' in the header")
                }
                let id = String(parts[0])
                names[id] = parts[1].trimmingCharacters(in: .whitespaces)
                order.append(id)
            default:
                var term = fields.first ?? ""
                var codes = Array(fields.dropFirst())
                if fields.count == 1 {      // space-separated files
                    let parts = trimmed.split(separator: " ")
                    let firstCode = parts.firstIndex { Int($0) != nil } ?? parts.count
                    term = parts[..<firstCode].joined(separator: " ")
                    codes = parts[firstCode...].map(String.init)
                }
                guard !codes.isEmpty else { throw LexiconError(file: file, line: line, message: "'\(term)' has no category numbers") }
                for code in codes {
                    guard Int(code) != nil else {
                        throw LexiconError(file: file, line: line, message: "'\(code)' is not a category number (conditional LIWC codes are not supported)")
                    }
                    guard names[code] != nil else {
                        throw LexiconError(file: file, line: line, message: "category number \(code) is not declared in the header")
                    }
                    if let problem = validate(term) { throw LexiconError(file: file, line: line, message: problem) }
                    entries[code, default: []].append(LexiconEntry(term: term, line: line))
                }
            }
        }
        guard section >= 2 else { throw LexiconError(file: file, line: nil, message: "a LIWC dictionary needs a %-delimited header") }
        let categories = order.compactMap { id in entries[id].map { LexiconCategory(name: names[id]!, entries: $0) } }
        return Lexicon(name: name, kind: kind, file: file, format: "liwc", categories: categories)
    }

    /// One term per line (`#` starts a comment); an optional weight after a tab.
    static func plainList(_ text: String, file: String, name: String, kind: LexiconKind) throws(LexiconError) -> Lexicon {
        var entries: [LexiconEntry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            line = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            var weight = 1.0
            let parts = line.split(separator: "\t")
            if parts.count == 2 {
                guard let w = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
                    throw LexiconError(file: file, line: index + 1, message: "the weight after the tab is not a number")
                }
                weight = w
                line = parts[0].trimmingCharacters(in: .whitespaces)
            }
            if let problem = validate(line) { throw LexiconError(file: file, line: index + 1, message: problem) }
            entries.append(LexiconEntry(term: line, weight: weight, line: index + 1))
        }
        guard !entries.isEmpty else { throw LexiconError(file: file, line: nil, message: "the list has no terms") }
        return Lexicon(name: name, kind: kind, file: file, format: "list", categories: [LexiconCategory(name: name, entries: entries)])
    }

    /// Why a term cannot be matched, or nil.
    static func validate(_ term: String) -> String? {
        if term.unicodeScalars.contains(where: { "|\\()[]{}^".unicodeScalars.contains($0) }) || term.contains(".*") || term.contains(".+") {
            return "'\(term)' looks like a regular expression, which slant does not read: an entry is a word, a phrase or a glob (occup*), so write each alternative as an entry of its own"
        }
        let tokens = Tokenizer.tokens(term, allowGlobs: true)
        if tokens.isEmpty { return "'\(term)' has no letters or digits to match" }
        if tokens.count > 8 { return "'\(term)' is longer than 8 words" }
        var copy = term
        let stars = copy.withUTF8 { $0.filter { $0 == 0x2A }.count }
        let globbed = tokens.filter { $0.flags.contains(.glob) }.count
        let starInsideWord = zip(term.unicodeScalars, term.unicodeScalars.dropFirst()).contains { $0 == "*" && !Whitespace.isSpace($1) }
        if stars != globbed || starInsideWord { return "'\(term)': '*' may only end a word (as in occup*)" }
        return nil
    }
}
