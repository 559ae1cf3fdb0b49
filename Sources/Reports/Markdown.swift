/// Markdown text from articles, escaped so that it renders as the words it is: no markup, links or HTML of its own.
public enum Markdown {
    /// Escapes Markdown punctuation and angle brackets (so `<script>` stays text), folds newlines into spaces, drops
    /// control characters, and breaks what GitHub would turn into links by itself (`https://`, `www.`, e-mail `@`)
    /// with character references that render as the same text.
    public static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "@": out += "&#64;"
            case ":" where out.hasSuffix("http") || out.hasSuffix("https") || out.hasSuffix("ftp") || out.hasSuffix("mailto"):
                out += "&#58;"
            case "." where out.hasSuffix("www") || out.hasSuffix("WWW") || out.hasSuffix("Www"): out += "&#46;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "{", "}": out += "\\"; out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A table; cells are escaped by the caller.
    public static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { alignRight.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }
}
