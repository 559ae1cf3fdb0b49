import Yams

/// A problem in a YAML file, located by file and line.
public struct YAMLFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// A YAML node that remembers its file and line, with typed accessors whose errors say where and what was expected.
public struct YAMLValue {
    public let node: Node
    public let file: String
    /// What this value is, for messages ("articles[2].outlet").
    public let path: String

    public var line: Int? { node.mark?.line }

    /// Parses one YAML document; nil for an empty document.
    public static func parse(_ text: String, file: String) throws(YAMLFileError) -> YAMLValue? {
        do {
            if let line = AliasScan.firstAlias(in: text) {
                throw YAMLFileError(file: file, line: line, message: "YAML anchors and aliases (&name, *name) are not allowed in slant's files: "
                                    + "composing them can take time and memory exponential in the file's size; write the values out")
            }
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLValue(node: node, file: file, path: "")
        } catch let error as YAMLFileError {
            throw error
        } catch let error as YamlError {
            throw Self.locate(error, file: file)
        } catch {
            throw YAMLFileError(file: file, line: nil, message: "cannot read YAML: \(error)")
        }
    }

    private static func locate(_ error: YamlError, file: String) -> YAMLFileError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return YAMLFileError(file: file, line: mark.line, message: "malformed YAML (\(what), column \(mark.column))")
        case let .reader(problem, _, _, _):
            return YAMLFileError(file: file, line: nil, message: "cannot read the file as text: \(problem)")
        default:
            return YAMLFileError(file: file, line: nil, message: "malformed YAML: \(error)")
        }
    }

    public func error(_ message: String) -> YAMLFileError {
        YAMLFileError(file: file, line: line, message: (path.isEmpty ? "" : "\(path): ") + message)
    }

    private func child(_ node: Node, _ name: String) -> YAMLValue {
        YAMLValue(node: node, file: file, path: path.isEmpty ? name : (name.hasPrefix("[") ? path + name : path + "." + name))
    }

    /// The pairs of a mapping, in file order.
    public func mapping() throws(YAMLFileError) -> [(key: String, value: YAMLValue)] {
        guard case let .mapping(m) = node else { throw error("expected a mapping of keys to values") }
        var pairs: [(String, YAMLValue)] = []
        for (k, v) in m {
            guard case let .scalar(s) = k else { throw YAMLValue(node: k, file: file, path: path).error("keys must be plain text") }
            pairs.append((s.string, child(v, s.string)))
        }
        return pairs
    }

    /// The value of `key` in a mapping, or nil.
    public subscript(key: String) -> YAMLValue? {
        guard case let .mapping(m) = node, let v = m[key] else { return nil }
        return child(v, key)
    }

    public func elements() throws(YAMLFileError) -> [YAMLValue] {
        guard case let .sequence(s) = node else { throw error("expected a list") }
        return s.enumerated().map { child($0.element, "[\($0.offset)]") }
    }

    /// A scalar's text (YAML `null`/`~` read as nil only through `optionalString`).
    public func string() throws(YAMLFileError) -> String {
        guard case let .scalar(s) = node else { throw error("expected text, found a \(kind)") }
        return s.string
    }

    public func optionalString() throws(YAMLFileError) -> String? {
        guard case let .scalar(s) = node else { throw error("expected text, found a \(kind)") }
        if s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
        return s.string
    }

    public func int() throws(YAMLFileError) -> Int {
        guard case let .scalar(s) = node, let v = Int(s.string) else { throw error("expected a whole number") }
        return v
    }

    public func double() throws(YAMLFileError) -> Double {
        guard case let .scalar(s) = node, let v = Double(s.string) else { throw error("expected a number") }
        return v
    }

    /// A list of texts; a single text counts as a one-element list.
    public func strings() throws(YAMLFileError) -> [String] {
        if case .scalar = node { return [try string()] }
        var out: [String] = []
        for element in try elements() { out.append(try element.string()) }
        return out
    }

    public var kind: String {
        switch node {
        case .scalar: return "text"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }
}

/// Builds YAML documents with a fixed key order and quoting where plain text would be read back as something else.
public enum YAMLWriter {
    public static func string(_ s: String) -> Node {
        Node(s, .implicit, needsQuotes(s) ? .doubleQuoted : .plain)
    }

    public static func map(_ pairs: [(String, Node?)]) -> Node {
        Node(pairs.compactMap { k, v in v.map { (Node(k), $0) } })
    }

    public static func list(_ nodes: [Node], flow: Bool = false) -> Node {
        Node(nodes, .implicit, flow ? .flow : .block)
    }

    public static func serialize(_ node: Node, header: String = "") throws -> String {
        header + (try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true))
    }

    static func needsQuotes(_ s: String) -> Bool {
        if s.isEmpty { return true }
        let lower = s.lowercased()
        if ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lower) { return true }
        if Double(s) != nil || Int(s) != nil { return true }
        if let first = s.unicodeScalars.first, "!&*-?{}[],#|>@`\"'%: ".unicodeScalars.contains(first) { return true }
        if s.contains(": ") || s.contains(" #") || s.hasSuffix(":") || s.hasSuffix(" ") { return true }
        return s.unicodeScalars.contains { $0.value < 0x20 }
    }
}
