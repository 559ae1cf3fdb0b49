import CYaml

/// Finds YAML aliases (`*name`) with libyaml's scanner, before anything composes the document: an alias used as a
/// mapping key, or repeated inside repeated anchors, makes composing alone take time and memory exponential in the
/// size of the file ("billion laughs"), so slant's files may not use them.
enum AliasScan {
    /// The line (1-based) of the first alias token, or nil when there is none (or the text does not scan; composing
    /// reports that error with its place).
    static func firstAlias(in text: String) -> Int? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var copy = text
        return copy.withUTF8 { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, bytes.count)
            var token = yaml_token_t()
            while yaml_parser_scan(&parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                switch token.type {
                case YAML_ALIAS_TOKEN: return Int(token.start_mark.line) + 1
                case YAML_STREAM_END_TOKEN: return nil
                default: continue
                }
            }
            return nil
        }
    }
}
