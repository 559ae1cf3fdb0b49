import Glibc

/// A page's bytes decoded to UTF-8, and how.
public struct DecodedInput: Sendable {
    /// Valid UTF-8 (no byte-order mark).
    public var utf8: [UInt8]
    /// The encoding the bytes were read as (`UTF-8`, `windows-1252`, `SHIFT_JIS`, …).
    public var encoding: String
    /// The charset the input declared (HTTP header or `<meta>`), as written, when it declared one.
    public var declared: String?
    /// Input bytes that were not valid in `encoding` and became U+FFFD.
    public var invalidBytes: Int
}

/// Byte-level charset decisions, made before libxml2 sees a page: every input reaches the parser as UTF-8.
///
/// The order follows the WHATWG encoding sniffing algorithm, with one addition: a byte-order mark wins; then bytes that
/// are valid UTF-8 are UTF-8 whatever the page declares (pages often declare a legacy charset and serve UTF-8); then
/// the declared charset (HTTP header, then `<meta>`); pages declaring nothing default to windows-1252. A page declared
/// (or presumed) UTF-8 whose bytes are UTF-8 with a few bad bytes is read as UTF-8 with U+FFFD for each bad sequence;
/// only when its invalid bytes outnumber its well-formed multi-byte characters is it read as windows-1252 (it was
/// written in a legacy charset and mislabelled). Decoding never stops at a bad byte.
enum Charset {
    enum BOM { case utf8, utf16LE, utf16BE }

    static func sniffBOM(_ bytes: [UInt8]) -> BOM? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LE }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    /// Decodes `bytes` to UTF-8. `declared` is a charset label from outside the bytes (an HTTP `Content-Type`);
    /// with `readMeta` the page's own `<meta>` declaration is read when there is none.
    static func decode(_ bytes: [UInt8], declared: String?, readMeta: Bool) throws(ExtractionError) -> DecodedInput {
        switch sniffBOM(bytes) {
        case .utf8:
            let (utf8, invalid) = repairUTF8(bytes[3...])
            return DecodedInput(utf8: utf8, encoding: "UTF-8", declared: nil, invalidBytes: invalid)
        case .utf16LE, .utf16BE:
            let (utf8, invalid) = decodeUTF16(bytes)
            return DecodedInput(utf8: utf8, encoding: "UTF-16", declared: nil, invalidBytes: invalid)
        case nil:
            break
        }
        let scan = scanUTF8(bytes)
        let label = declared ?? (readMeta ? declaredCharset(in: bytes) : nil)
        if scan.invalid == 0 { return DecodedInput(utf8: bytes, encoding: "UTF-8", declared: label, invalidBytes: 0) }
        var canonical = "UTF-8"
        if let label {
            guard let name = canonicalName(label) else { throw .unknownEncoding(label) }
            canonical = name
        }
        if canonical == "UTF-8" {
            if scan.invalid <= scan.multiByte {
                let (utf8, invalid) = repairUTF8(bytes[...])
                return DecodedInput(utf8: utf8, encoding: "UTF-8", declared: label, invalidBytes: invalid)
            }
            canonical = "windows-1252"
        }
        if canonical == "windows-1252" {
            return DecodedInput(utf8: Windows1252.utf8(bytes), encoding: canonical, declared: label, invalidBytes: 0)
        }
        guard let (utf8, invalid) = iconvDecode(bytes, from: canonical) else { throw .unknownEncoding(label ?? canonical) }
        return DecodedInput(utf8: utf8, encoding: canonical, declared: label, invalidBytes: invalid)
    }

    // MARK: UTF-8

    /// How many well-formed multi-byte sequences and how many invalid bytes the bytes hold, with a fast path over
    /// ASCII runs eight bytes at a time (pages are mostly ASCII markup).
    static func scanUTF8(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var multi = 0, invalid = 0
            var i = 0
            let n = buffer.count
            guard let base = buffer.baseAddress else { return (0, 0) }
            let raw = UnsafeRawPointer(base)
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                if buffer[i] < 0x80 { i += 1; continue }
                let length = sequenceLength(buffer, at: i)
                if length > 0 { multi += 1; i += length } else { invalid += 1; i += 1 }
            }
            return (multi, invalid)
        }
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { scanUTF8(bytes).invalid == 0 }

    /// The length of the well-formed UTF-8 sequence starting at `i` with a non-ASCII byte, or 0 when it is not one.
    @inline(__always)
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = buffer[i]
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard i + length <= buffer.count else { return 0 }
        let second = buffer[i + 1]
        guard second >= lower && second <= upper else { return 0 }
        for k in 2..<max(2, length) where buffer[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// The bytes with every invalid byte replaced by U+FFFD, and how many were replaced.
    static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> ([UInt8], Int) {
        let array = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(array.count + 16)
        var invalid = 0
        array.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let b = buffer[i]
                if b < 0x80 { out.append(b); i += 1; continue }
                let length = sequenceLength(buffer, at: i)
                if length > 0 {
                    out.append(contentsOf: buffer[i..<(i + length)])
                    i += length
                } else {
                    out.append(contentsOf: replacement)
                    invalid += 1
                    i += 1
                }
            }
        }
        return (out, invalid)
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    // MARK: UTF-16

    /// Decodes UTF-16 after its byte-order mark; unpaired surrogates and a stray last byte become U+FFFD.
    static func decodeUTF16(_ bytes: [UInt8]) -> ([UInt8], Int) {
        let littleEndian = sniffBOM(bytes) == .utf16LE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 2)
        var invalid = bytes.count % 2
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): out.append(contentsOf: UTF8.encode(scalar)!)
            case .error: out.append(contentsOf: replacement); invalid += 1
            case .emptyInput: break loop
            }
        }
        if bytes.count % 2 == 1 { out.append(contentsOf: replacement) }
        return (out, invalid)
    }

    // MARK: other charsets

    /// Decodes with iconv, replacing each byte it cannot decode with U+FFFD and going on; nil when iconv does not know
    /// the charset.
    static func iconvDecode(_ bytes: [UInt8], from charset: String) -> ([UInt8], Int)? {
        let cd = iconv_open("UTF-8", charset)
        guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var invalid = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        input.withUnsafeMutableBytes { inRaw in
            chunk.withUnsafeMutableBytes { outRaw in
                var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                let outStart = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var flushed = false
                while !flushed {
                    var outPtr: UnsafeMutablePointer<CChar>? = outStart
                    var outLeft = outRaw.count
                    let result: Int
                    if inLeft > 0 {
                        result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    } else {
                        result = iconv(cd, nil, nil, &outPtr, &outLeft)    // the shift state's closing bytes
                        flushed = result != -1 || errno != E2BIG
                    }
                    let failure = result == -1 ? errno : 0
                    out.append(contentsOf: UnsafeRawBufferPointer(rebasing: outRaw[0..<(outRaw.count - outLeft)]))
                    if inLeft > 0 && (failure == EILSEQ || failure == EINVAL) {
                        // Skip the byte that cannot be decoded, reset the shift state, carry on.
                        out.append(contentsOf: replacement)
                        invalid += 1
                        inPtr = inPtr.map { $0 + 1 }
                        inLeft -= 1
                        _ = iconv(cd, nil, nil, nil, nil)
                    } else if inLeft > 0 && failure != 0 && failure != E2BIG {
                        break
                    }
                }
            }
        }
        return (out, invalid)
    }

    /// The charset a page declares in its first 16 KB (`<meta charset=…>` or `http-equiv` `content="…; charset=…"`).
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        label(after: "charset", in: bytes.prefix(16384))
    }

    /// The charset parameter of an HTTP `Content-Type` value (`text/html; charset=Shift_JIS`).
    static func charset(ofContentType value: String) -> String? {
        label(after: "charset", in: Array(value.utf8)[...])
    }

    private static func label(after key: String, in bytes: ArraySlice<UInt8>) -> String? {
        let head = bytes.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
        let needle = Array(key.utf8)
        var i = 0
        while i + needle.count < head.count {
            if head[i] == needle[0], Array(head[i..<(i + needle.count)]) == needle {
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

    /// The decoder name for a charset label, following the WHATWG label table for the common aliases (so
    /// `iso-8859-1` and `us-ascii` read as windows-1252, and a `<meta>` that says UTF-16 means UTF-8); nil for labels
    /// iconv does not know.
    static func canonicalName(_ label: String) -> String? {
        let l = label.lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
             "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "unicodefffe", "csunicode", "iso-10646-ucs-2":
            return "UTF-8"
        case "iso-8859-1", "iso8859-1", "iso88591", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252",
             "windows-1252", "x-cp1252", "iso_8859-1", "iso_8859-1:1987", "cp819", "ibm819", "csisolatin1", "iso-ir-100":
            return "windows-1252"
        case "x-sjis", "shift-jis", "shift_jis", "sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis": return "SHIFT_JIS"
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "iso-ir-58", "gb_2312", "gb_2312-80": return "GBK"
        case "x-euc-jp", "euc-jp", "cseucpkdfmtjapanese": return "EUC-JP"
        case "ks_c_5601-1987", "korean", "euc-kr", "cseuckr", "windows-949", "ks_c_5601-1989", "ksc5601": return "EUC-KR"
        case "": return nil
        default:
            let upper = label.uppercased()
            guard upper.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E || $0 == 0x3A }),
                  iconvKnows(upper) else { return nil }
            return upper
        }
    }

    private static func iconvKnows(_ name: String) -> Bool {
        guard let cd = iconv_open("UTF-8", name), cd != iconv_t(bitPattern: -1) else { return false }
        iconv_close(cd)
        return true
    }
}
