/// Decodes windows-1252 as the WHATWG Encoding Standard does: every byte is a character, and the five bytes the code
/// page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func scalar(_ b: UInt8) -> Unicode.Scalar {
        Unicode.Scalar((b >= 0x80 && b < 0xA0) ? high[Int(b - 0x80)] : UInt32(b))!
    }

    static func decode(_ bytes: [UInt8]) -> String {
        String(decoding: utf8(bytes), as: UTF8.self)
    }

    /// The bytes as UTF-8.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            out.append(contentsOf: UTF8.encode(scalar(b))!)
        }
        return out
    }
}
