import Foundation

/// The one JSON style of every slant output: sorted keys, unescaped slashes, two-space indentation, a final newline.
/// Same value, same bytes.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encodeData(value), as: UTF8.self)
    }

    /// The same bytes as `encode`, without a copy into a String (for large outputs written straight out).
    public static func encodeData<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// A JSON string literal escaped as `encode` escapes it (quotes, backslashes, control characters as `\n`, `\t`,
    /// `\u001f`; everything else, slashes included, as it is).
    public static func string(_ s: String) -> String {
        var input = s
        return input.withUTF8 { bytes in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 2)
            out.append(0x22)
            var runStart = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                out.append(contentsOf: bytes[runStart..<i])
                runStart = i + 1
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x08: out += [0x5C, 0x62]
                case 0x09: out += [0x5C, 0x74]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0C: out += [0x5C, 0x66]
                case 0x0D: out += [0x5C, 0x72]
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                }
            }
            out.append(contentsOf: bytes[runStart...])
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `encode`'s text of a value that sits `depth` levels inside another value, without the final newline.
    public static func nested<T: Encodable>(_ value: T, depth: Int) throws -> String {
        let indent = String(repeating: "  ", count: depth)
        return try encode(value).dropLast().split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : indent + $0.element }.joined(separator: "\n")
    }
}

