import Text

/// Text-level boilerplate decisions on the blocks of a chosen container: links, credits, bylines, repeated headlines,
/// promotion lines, and stray labels before and after the article. Works on UTF-8 bytes: it runs on every block of every page.
struct BlockCleaner {
    let title: String?

    private static let prefixMatcher = PhraseMatcher(BoilerplateRules.boilerplatePrefixes)
    private static let creditMatcher = PhraseMatcher(BoilerplateRules.creditPhrases)
    private static let newsletterMatcher = PhraseMatcher(BoilerplateRules.newsletterWords)
    private static let callToActionMatcher = PhraseMatcher(BoilerplateRules.callToAction)
    private static let relatedMatcher = PhraseMatcher(BoilerplateRules.relatedHeadingPrefixes)
    private static let bylineMatcher = PhraseMatcher(["by ", "by:", "written by", "von ", "por ", "par "])
    private static let timestampMatcher = PhraseMatcher(["updated", "published", "posted", "last updated"])

    private static let boilerplateBlockHashes: Set<UInt64> = Set(BoilerplateRules.boilerplateBlocks.map { fnv1a($0.utf8) })

    /// FNV-1a over bytes: set membership without Unicode normalisation (the keys are already folded).
    static func fnv1a<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    func clean(_ blocks: [TextBlock], captions: inout [Block]) -> [Block] {
        let titleKey = title.map(Self.key) ?? ""
        var out: [(block: Block, structured: Bool)] = []
        var seen: Set<UInt64> = []
        var inRelatedList = false
        // A list the text introduces ("Many patches were sent for review:") is part of it, links and all.
        var introducedList = false
        for block in blocks {
            if block.kind != .listItem { introducedList = false }
            let text = block.text
            if block.kind == .caption {
                if !captions.contains(where: { $0.text == text }) { captions.append(Block(kind: .caption, text: text)) }
                continue
            }
            let length = text.utf8.count
            // A heading or a short label opens a list of other articles; an item of a list is never such a label.
            let short = length < 60 && !Self.isSentence(text) && block.kind != .listItem
            if (block.kind == .heading || short) && Self.opensRelatedList(text) { inRelatedList = true; continue }
            if inRelatedList {
                // The list ends at the next heading, at prose, or at an unlinked item that reads like one.
                let prose = block.chars >= 120 && block.linkDensity < 0.3 && !block.structured
                let unlinkedItem = block.structured && block.linkChars == 0 && block.chars >= 80
                if block.kind == .heading || prose || unlinkedItem { inRelatedList = false } else { continue }
            }
            if !block.embedded && !introducedList && Self.isLinkList(block) { continue }
            if Self.isBoilerplateText(text) || Self.isCredit(text) { continue }
            let key = Self.key(text)
            if key.isEmpty { continue }
            if !titleKey.isEmpty, key == titleKey { continue }
            if block.kind != .heading, length <= 120, Self.isByline(text) || Self.isTimestamp(text) || DateParser.isDateLine(text) {
                continue
            }
            if key.utf8.count >= 20, !seen.insert(Self.fnv1a(key.utf8)).inserted { continue }
            out.append((Block(kind: block.kind, text: text, level: block.level), block.structured))
            if block.kind == .paragraph, Self.introducesList(text) { introducedList = true }
        }
        trimEdges(&out)
        return out.map(\.block)
    }

    /// A sentence of the text's own that ends in a colon and so introduces what follows ("Many patches were sent for
    /// review:"); not a short label ("Share:", "Follow us:").
    static func introducesList(_ text: String) -> Bool {
        guard text.unicodeScalars.last == ":" else { return false }
        return text.split(separator: " ").count >= 4 && text.utf8.count >= 20
    }

    /// Navigation inside the article: mostly links, with little text of its own.
    static func isLinkList(_ block: TextBlock) -> Bool {
        let density = block.linkDensity
        if density > 0.8 { return true }
        return density > BoilerplateRules.maxLinkDensity && block.chars - block.linkChars < 50
    }

    /// Drops labels before the first sentence and after the last one, and headings that head nothing.
    private func trimEdges(_ blocks: inout [(block: Block, structured: Bool)]) {
        while let first = blocks.first?.block, !Self.isSentence(first.text), first.text.utf8.count < 80 || first.kind == .heading {
            blocks.removeFirst()
        }
        while let last = blocks.last, !last.structured || last.block.kind == .heading,
              !Self.isSentence(last.block.text) && last.block.text.utf8.count < 80 || last.block.kind == .heading {
            blocks.removeLast()
        }
    }

    /// Ends like a sentence (terminal punctuation, possibly followed by closing quotes or brackets).
    static func isSentence(_ text: String) -> Bool {
        for s in text.unicodeScalars.reversed() {
            switch s {
            case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}", " ": continue
            case ".", "!", "?", "\u{2026}", ":", ";", "\u{3002}", "\u{FF01}", "\u{FF1F}": return true
            default: return false
            }
        }
        return false
    }

    /// The letters and digits of a text, ASCII lower-cased, for comparing blocks with each other and with the title.
    static func key(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var skip = 0
        for b in text.utf8 {
            if skip > 0 { skip -= 1; continue }
            switch b {
            case 0x30...0x39, 0x61...0x7A: bytes.append(b)
            case 0x41...0x5A: bytes.append(b | 0x20)
            case 0xC2: skip = 1                       // NBSP, ©, «, », ·
            case 0xE2: skip = 2                       // general punctuation, arrows, symbols
            case 0x80...0xFF: bytes.append(b)         // letters of other scripts
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The hash of the block with punctuation trimmed from both ends, ASCII lower-cased (for whole-block comparisons).
    private static func trimmedLowercaseHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var lo = 0, hi = bytes.count
        func isEdgeJunk(_ b: UInt8) -> Bool {
            !((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80)
        }
        while lo < hi {
            if isEdgeJunk(bytes[lo]) { lo += 1 } else if bytes[lo] == 0xE2, lo + 2 < hi { lo += 3 } else if bytes[lo] == 0xC2, lo + 1 < hi { lo += 2 } else { break }
        }
        while hi > lo {
            let b = bytes[hi - 1]
            if isEdgeJunk(b) { hi -= 1; continue }
            if hi - lo >= 3, bytes[hi - 3] == 0xE2 { hi -= 3; continue }
            if hi - lo >= 2, bytes[hi - 2] == 0xC2 { hi -= 2; continue }
            break
        }
        return fnv1a(bytes[lo..<hi].lazy.map(PhraseMatcher.fold))
    }

    private static func leadingSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        return i
    }

    /// Promotion, navigation and share labels: whole blocks from a list, or short blocks opening with a known phrase.
    static func isBoilerplateText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count < 300 else { return false }
            if bytes.count <= 64, boilerplateBlockHashes.contains(trimmedLowercaseHash(bytes)) { return true }
            return bytes.count < 200 && prefixMatcher.isPrefix(of: bytes, skip: leadingSpaces(bytes))
        }
    }

    static func opensRelatedList(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { relatedMatcher.isPrefix(of: $0, skip: leadingSpaces($0)) }
    }

    /// Credits, contact lines, disclosures and promotion ("Reporting by …", "Follow her on Twitter").
    static func isCredit(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count <= BoilerplateRules.maxCreditLength else { return false }
            if creditMatcher.occurs(in: bytes) { return true }
            if newsletterMatcher.occurs(in: bytes), callToActionMatcher.occurs(in: bytes) { return true }
            // Leaked shortcodes: "[button …]…[/button]".
            if bytes.first == 0x5B, bytes.count > 3 {
                for i in 1..<(bytes.count - 1) where bytes[i] == 0x5B && bytes[i + 1] == 0x2F { return true }
            }
            return false
        }
    }

    /// "Updated at 1:23 p.m.", "1 of 6": timestamps and slide counters.
    static func isTimestamp(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count < 60 else { return false }
            if timestampMatcher.isPrefix(of: bytes), bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
            let words = bytes.split(separator: 0x20)
            return words.count == 3 && words[1].elementsEqual("of".utf8)
                && words[0].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && words[2].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "by | Jul 27, 2021".
    static func isByline(_ text: String) -> Bool {
        var text = text
        let opens = text.withUTF8 { $0.count < 120 && bylineMatcher.isPrefix(of: $0) }
        return opens && (!isSentence(text) || text.utf8.count < 60)
    }
}
