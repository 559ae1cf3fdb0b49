/// The one plain-text table of every command: columns padded to their widest cell, two spaces apart, no trailing
/// spaces. Widths are display columns (a wide East Asian character takes two), so non-Latin names line up.
public enum TextTable {
    public enum Align: Sendable { case left, right }

    /// `align` gives each column's alignment (left by default).
    public static func render(_ header: [String], _ rows: [[String]], align: [Align] = [], indent: String = "") -> String {
        var widths = header.map(width)
        for row in rows { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
        func line(_ cells: [String]) -> String {
            var out = indent
            for (i, cell) in cells.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - width(cell))
                let right = i < align.count && align[i] == .right
                if i > 0 { out += "  " }
                out += right ? pad + cell : (i == cells.count - 1 ? cell : cell + pad)
            }
            return out + "\n"
        }
        return line(header) + rows.map(line).joined()
    }

    /// Display columns of a string: East Asian wide and fullwidth characters count two, combining marks none.
    public static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { total, u in
            let v = u.value
            if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .enclosingMark { return total }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            return total + (wide ? 2 : 1)
        }
    }
}
