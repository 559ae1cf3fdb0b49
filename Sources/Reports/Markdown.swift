/// Markdown text from articles, escaped so that it renders as the words it is: no markup, links or HTML of its own.
public enum Markdown {
    /// Escapes Markdown punctuation and angle brackets (so `<script>` stays text), folds newlines into spaces.
    public static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "{", "}": out += "\\"; out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 { continue }
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
