import Foundation

/// Safe folder names for events and outlets.
public enum Slug {
    /// The slug of a user-given name: its letters and digits in lower case joined by single hyphens, Latin letters
    /// without accents (`Le Monde` → `le-monde`, `Süddeutsche` → `suddeutsche`), other scripts kept as written.
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
        var slug = ""
        var pendingHyphen = false
        for character in name.precomposedStringWithCanonicalMapping {
            let piece = slugPiece(character)
            if piece.isEmpty { pendingHyphen = true; continue }
            if pendingHyphen && !slug.isEmpty { slug.append("-") }
            pendingHyphen = false
            guard slug.utf8.count + piece.utf8.count <= maxBytes else { break }
            slug += piece
        }
        guard !slug.isEmpty else { throw .invalidName(name, reason: "it has no letters or digits to make a folder name from") }
        return slug
    }

    /// Folder names stay well under the 255 bytes file systems allow.
    static let maxBytes = 120

    /// What one character of a name becomes in its slug: Latin letters lose accents and case (`É` → `e`), letters and
    /// digits of other scripts are kept in lower case (`Аль-Джазира` → `аль-джазира`, `朝日新聞` → `朝日新聞`), anything
    /// else separates words.
    private static func slugPiece(_ character: Character) -> String {
        let folded = String(character).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        if !folded.isEmpty, folded.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }),
           character.unicodeScalars.allSatisfy({ Script.of($0) == .latin || $0.isASCII || $0.properties.generalCategory == .nonspacingMark }) {
            return folded.lowercased()
        }
        guard let first = character.unicodeScalars.first,
              first.properties.isAlphabetic || first.properties.numericType != nil else { return "" }
        return String(character).lowercased()
    }

    /// A warning when a name mixes scripts whose letters look alike (Latin, Greek, Cyrillic), as in `Аntiwar.com`
    /// with a Cyrillic `А`: such a name reads the same as another outlet's and would be a second outlet in reports.
    public static func mixedScriptWarning(_ name: String) -> String? {
        var seen: [Script: Unicode.Scalar] = [:]
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            let script = Script.of(scalar)
            if script != .other, seen[script] == nil { seen[script] = scalar }
        }
        guard seen.count > 1 else { return nil }
        let minority = seen.min { a, b in
            name.unicodeScalars.filter { Script.of($0) == a.key }.count < name.unicodeScalars.filter { Script.of($0) == b.key }.count
        }!
        let names = seen.keys.map(\.rawValue).sorted().joined(separator: " and ")
        let hex = String(minority.value.value, radix: 16, uppercase: true)
        return "the name '\(name)' mixes \(names) letters ('\(minority.value)' is U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex), \(minority.value.properties.name ?? minority.key.rawValue)); it looks like a name written in one script, and slant keeps it as a different outlet"
    }

    /// The look-alike scripts a name can mix.
    enum Script: String {
        case latin = "Latin", greek = "Greek", cyrillic = "Cyrillic", other

        static func of(_ s: Unicode.Scalar) -> Script {
            switch s.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .latin
            case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
            case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
            default: return .other
            }
        }
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
