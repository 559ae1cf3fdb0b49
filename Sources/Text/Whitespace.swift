/// Whitespace handling shared by extraction and analysis.
public enum Whitespace {
    /// True for the scalars treated as spaces when text is normalised (Unicode White_Space, zero-width space and BOM).
    @inlinable public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85: return true
        case 0..<0x80: return false
        case 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x2060: return true
        default: return false
        }
    }

    /// Collapses every run of whitespace to one space and trims both ends; control characters other than whitespace are dropped.
    public static func collapse(_ text: some StringProtocol) -> String {
        var s = String(text)
        return s.withUTF8 { collapse(utf8: $0) }
    }

    /// `collapse(_:)` on UTF-8 bytes, for hot paths. Invalid UTF-8 is repaired when the result is decoded.
    public static func collapse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var spaceLength = 0
            var dropLength = 0
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { spaceLength = 1 } else if b < 0x20 || b == 0x7F { dropLength = 1 }
            } else if b == 0xC2, i + 1 < n {
                let c = bytes[i + 1]
                if c == 0xA0 || c == 0x85 { spaceLength = 2 } else if c >= 0x80 && c < 0xA0 { dropLength = 2 }
            } else if b == 0xE2, i + 2 < n {
                let c = bytes[i + 1], d = bytes[i + 2]
                if c == 0x80 && (d <= 0x8B || d == 0xA8 || d == 0xA9 || d == 0xAF) { spaceLength = 3 }
                if c == 0x81 && (d == 0x9F || d == 0xA0) { spaceLength = 3 }
            } else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                spaceLength = 3
            } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                spaceLength = 3
            } else if b == 0xE1, i + 2 < n, bytes[i + 1] == 0x9A, bytes[i + 2] == 0x80 {
                spaceLength = 3
            }
            if spaceLength > 0 {
                pendingSpace = !out.isEmpty
                i += spaceLength
                continue
            }
            if dropLength > 0 { i += dropLength; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Trims whitespace at both ends.
    public static func trim(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(text[first...last])
    }
}
