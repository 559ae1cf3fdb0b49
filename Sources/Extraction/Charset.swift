/// Byte-level charset decisions made before libxml2 sees a page.
enum Charset {
    enum BOM { case utf8, utf16LE, utf16BE }

    static func sniffBOM(_ bytes: [UInt8]) -> BOM? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LE }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    /// Decodes UTF-16 with a byte-order mark; nil when the code units are not valid UTF-16.
    static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        guard let bom = sniffBOM(bytes), bom != .utf8 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bom == .utf16LE ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    /// UTF-8 validation with a fast path over ASCII runs, eight bytes at a time (pages are mostly ASCII markup).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var minimum: UInt32
                var value: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
                default: return false
                }
                guard i + length <= n else { return false }
                for k in 1..<length {
                    let c = buffer[i + k]
                    guard c & 0xC0 == 0x80 else { return false }
                    value = value << 6 | UInt32(c & 0x3F)
                }
                if value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return false }
                i += length
            }
            return true
        }
    }

    /// The charset a page declares in its first 16 KB (`<meta charset=…>` or `http-equiv` `content="…; charset=…"`).
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(16384).map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            if head[i] == 0x63, Array(head[i..<(i + needle.count)]) == needle {
                var j = i + needle.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                guard j < head.count, head[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                var name: [UInt8] = []
                while j < head.count, name.count < 40 {
                    let b = head[j]
                    let ok = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A
                    guard ok else { break }
                    name.append(b)
                    j += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }

    /// The name libxml2 (iconv) knows for a charset label, following the WHATWG label table for the common aliases.
    static func canonicalName(_ label: String) -> String? {
        let l = label.lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252",
             "iso_8859-1", "cp819", "ibm819":
            return "windows-1252"
        case "x-sjis", "shift-jis", "sjis", "ms_kanji", "windows-31j": return "SHIFT_JIS"
        case "gb2312", "gbk", "x-gbk", "chinese": return "GBK"
        case "x-euc-jp": return "EUC-JP"
        case "ks_c_5601-1987", "korean", "euc-kr": return "EUC-KR"
        case "": return nil
        default: return label.uppercased()
        }
    }
}
