import Foundation

/// Safe folder names for events and outlets.
public enum Slug {
    /// The slug of a user-given name: lower-case ASCII letters and digits joined by single hyphens, accents removed.
    /// Refuses names that are empty, contain control characters, or try to leave the corpus (`..`, `/`, absolute paths).
    public static func make(_ name: String) throws(CorpusError) -> String {
        if name.isEmpty || name.allSatisfy({ $0.isWhitespace }) { throw .invalidName(name, reason: "names cannot be empty") }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidName(name, reason: "names cannot contain control characters")
        }
        if name.hasPrefix("/") || name.hasPrefix("~") { throw .invalidName(name, reason: "names cannot be absolute paths") }
        if name.contains("/") || name.contains("\\") || name.split(separator: ".").isEmpty || name.contains("..") {
            throw .invalidName(name, reason: "names cannot contain '/', '\\' or '..'")
        }
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for s in folded.unicodeScalars {
            let v = s.value
            let alnum = (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
            if alnum {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)!)
            } else if s == "&" {
                pendingHyphen = true
            } else {
                pendingHyphen = true
            }
        }
        guard !slug.isEmpty else { throw .invalidName(name, reason: "it has no letters or digits to make a folder name from") }
        return String(slug.prefix(80))
    }

    /// The slug of a name found in a page (a site name, a domain): characters a user-given name may not have become
    /// separators instead of errors.
    public static func fromPage(_ name: String) throws(CorpusError) -> String {
        var cleaned = String.UnicodeScalarView()
        for s in name.unicodeScalars {
            cleaned.append(s == "/" || s == "\\" || s == "~" || s.properties.generalCategory == .control ? " " : s)
        }
        return try make(String(cleaned).replacingOccurrences(of: "..", with: " "))
    }
}
