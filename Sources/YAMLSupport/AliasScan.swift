/// slant's YAML files may not use anchors and aliases (`&name`, `*name`): an alias used as a mapping key, or repeated
/// inside repeated anchors, makes composing the document alone take time and memory exponential in the size of the
/// file ("billion laughs"). The check reads the text before anything composes it: a `&` or `*` followed by a name,
/// where a YAML node can start (after a space, a line start or `[`, `{`, `,`), in a file that has both.
enum AliasScan {
    /// The line (1-based) of the first alias when the text has an anchor and an alias, else nil.
    static func firstAlias(in text: String) -> Int? {
        var anchor = false
        var alias: Int? = nil
        var line = 1
        var previous: UInt8 = 0x0A
        var pending: UInt8 = 0          // `&` or `*` just seen at a node start
        for b in text.utf8 {
            if pending != 0 {
                if isNameByte(b) {
                    if pending == 0x26 { anchor = true } else if alias == nil { alias = line }
                    if anchor, let alias { return alias }
                }
                pending = 0
            }
            if (b == 0x26 || b == 0x2A) && isNodeStart(previous) { pending = b }
            if b == 0x0A { line += 1 }
            previous = b
        }
        return nil
    }

    private static func isNodeStart(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x5B || b == 0x7B || b == 0x2C
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        b > 0x20 && b != 0x2C && b != 0x5B && b != 0x5D && b != 0x7B && b != 0x7D
    }
}
