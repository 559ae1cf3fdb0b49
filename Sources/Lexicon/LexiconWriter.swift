import Yams
import YAMLSupport

/// Writes a lexicon in slant's native YAML format (what `slant lexicon import` produces).
public enum LexiconWriter {
    public static func yaml(_ lexicon: Lexicon) -> String {
        typealias W = YAMLWriter
        let categories = lexicon.categories.map { category -> (String, Node?) in
            let entries = category.entries.map { e -> Node in
                if e.weight == 1 && e.note == nil && !e.exactCase { return W.string(e.term) }
                return W.map([("term", W.string(e.term)), ("weight", e.weight == 1 ? nil : Node(String(e.weight))),
                              ("note", e.note.map(W.string)), ("case", e.exactCase ? Node("exact") : nil)])
            }
            return (category.name, W.map([("description", category.description.map(W.string)), ("entries", W.list(entries))]))
        }
        let root = W.map([
            ("name", W.string(lexicon.name)), ("kind", Node(lexicon.kind.rawValue)),
            ("description", lexicon.description.isEmpty ? nil : W.string(lexicon.description)),
            ("categories", Node(categories.compactMap { k, v in v.map { (Node(k), $0) } })),
        ])
        let header = "# Imported by `slant lexicon import` from \(lexicon.file) (\(lexicon.format) format).\n"
        return (try? W.serialize(root, header: header)) ?? header
    }
}
