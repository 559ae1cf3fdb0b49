/// Markdown text from articles, escaped so that it renders as the words it is: no markup, links or HTML of its own.
public enum Markdown {
    /// Names listed up to `limit`, then "… and N more".
    public static func names(_ names: [String], limit: Int) -> String {
        names.count <= limit ? names.joined(separator: ", ")
            : names.prefix(limit).joined(separator: ", ") + ", … and \(names.count - limit) more"
    }

    /// Escapes text so it renders as the words it is, with backslash escapes only (never HTML entities, so the file
    /// reads right as plain text too): Markdown punctuation (an underscore inside a word aside) and angle brackets (so `<script>` stays text), an `&` that
    /// would start a character reference, and the `:` of `https://`, the `.` of `www.` and the `@` of an address, so
    /// nothing turns into a link by itself. Newlines fold into spaces; control characters are dropped.
    public static func escape(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = ""
        out.reserveCapacity(s.utf8.count)
        func isWord(_ k: Int) -> Bool {
            k >= 0 && k < scalars.count && (scalars[k].properties.isAlphabetic || ("0"..."9").contains(scalars[k]))
        }
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "_" where isWord(i - 1) && isWord(i + 1):
                out += "_"      // inside a word an underscore never starts emphasis (CommonMark), so it stays bare
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "{", "}", "<", ">":
                out += "\\"; out.unicodeScalars.append(scalar)
            case "&" where startsCharacterReference(scalars, i + 1):
                out += "\\&"
            case "@" where isWord(i - 1) && isWord(i + 1):
                out += "\\@"
            case ":" where out.hasSuffix("http") || out.hasSuffix("https") || out.hasSuffix("ftp") || out.hasSuffix("mailto"):
                out += "\\:"
            case "." where i >= 3 && String(String.UnicodeScalarView(scalars[(i - 3)..<i])).lowercased() == "www":
                out += "\\."
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `name;`, `#digits;` or `#xhex;` starts at `k` (an `&` before it would make a character reference).
    private static func startsCharacterReference(_ scalars: [Unicode.Scalar], _ k: Int) -> Bool {
        var j = k
        var count = 0
        if j < scalars.count, scalars[j] == "#" { j += 1; if j < scalars.count, scalars[j] == "x" || scalars[j] == "X" { j += 1 } }
        while j < scalars.count, scalars[j].isASCII, scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) {
            j += 1; count += 1
        }
        return count > 0 && j < scalars.count && scalars[j] == ";"
    }

    /// A table; cells are escaped by the caller.
    public static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { alignRight.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }
}
