import Text

/// The boilerplate decision for pages already flattened to text: finds the headline, takes the byline, date and credits as
/// metadata, and keeps the article's paragraphs, dropping navigation stubs, captions, promotion lines, bios and the lists of
/// other articles that follow the story.
struct PlainTextExtractor {
    struct Line {
        var text: String
        var bullet: Bool
        var blankBefore: Int
        var words: Int { text.split(separator: " ").count }
    }

    func extract(_ text: String) -> (ArticleMetadata, [Block], [Block]) {
        let lines = Self.lines(text)
        var meta = ArticleMetadata()
        guard !lines.isEmpty else { return (meta, [], []) }

        let titleIndex = findTitle(lines)
        if let t = titleIndex { meta.title = lines[t].text; meta.sources["title"] = .text }
        let titleKey = titleIndex.map { BlockCleaner.key(lines[$0].text) }

        var body: [Block] = []
        var captions: [Block] = []
        var inTail = false
        var proseSeen = false
        var bareNames: [String] = []
        var i = (titleIndex ?? -1) + 1
        while i < lines.count {
            defer { i += 1 }
            let line = lines[i]
            let text = line.text
            let key = BlockCleaner.key(text)
            if key.isEmpty { continue }
            if key == titleKey { continue }

            // Credits, bios and the lists after the story: metadata at most.
            if let site = Self.creditSite(text) {
                if meta.siteName == nil { meta.siteName = site; meta.sources["site_name"] = .text }
                if meta.date == nil, let d = DateParser.iso(text), text.lowercased().contains("publish") {
                    meta.date = d; meta.sources["date"] = .text
                }
                if proseSeen { inTail = true }
                continue
            }
            if Self.isTailMarker(text) && proseSeen { inTail = true; continue }
            if Self.isBareName(text) {
                if i + 1 < lines.count, lines[i + 1].text.hasPrefix(text + " ") || BlockCleaner.key(lines[i + 1].text) == key {
                    bareNames.append(text)
                }
                if proseSeen { continue }
            }
            if let name = Self.bioSubject(text, knownNames: bareNames + meta.authors) {
                if meta.authors.isEmpty { meta.authors = [name]; meta.sources["authors"] = .text }
                if proseSeen { inTail = true }
                continue
            }
            if inTail { continue }

            if let byline = Self.byline(text) {
                if !byline.authors.isEmpty, meta.authors.isEmpty { meta.authors = byline.authors; meta.sources["authors"] = .byline }
                if let d = byline.date, meta.date == nil { meta.date = d; meta.sources["date"] = .byline }
                continue
            }
            if DateParser.isDateLine(text) {
                if meta.date == nil, let d = DateParser.iso(text) { meta.date = d; meta.sources["date"] = .text }
                continue
            }
            if Self.isCaption(text, next: i + 1 < lines.count ? lines[i + 1].text : nil) {
                captions.append(Block(kind: .caption, text: Self.stripBullet(text)))
                continue
            }
            if line.bullet && !proseSeen { continue }          // navigation stubs
            if Self.isBreadcrumb(text) || Self.isFileNameStub(text) { continue }
            if BlockCleaner.isBoilerplateText(text) { continue }
            if !BlockCleaner.isSentence(text) && Self.isTitleCase(text) && line.words <= 16 {
                continue                                        // other articles' headlines, section labels
            }
            if !proseSeen && !BlockCleaner.isSentence(text) && line.words < 4 { continue }
            if Self.isProse(text) { proseSeen = true }
            if meta.date == nil, body.isEmpty, let d = Self.datelineDate(text) { meta.date = d; meta.sources["date"] = .text }
            body.append(Block(kind: line.bullet ? .listItem : .paragraph, text: line.bullet ? Self.stripBullet(text) : text))
        }
        while let last = body.last, !BlockCleaner.isSentence(last.text), last.text.split(separator: " ").count < 12 {
            body.removeLast()
        }
        if meta.authors.isEmpty, let name = bareNames.first { meta.authors = [name]; meta.sources["authors"] = .text }
        return (meta, body, captions)
    }

    // MARK: lines

    static func lines(_ text: String) -> [Line] {
        var result: [Line] = []
        var blanks = 0
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false) {
            let collapsed = Whitespace.collapse(raw)
            if collapsed.isEmpty { blanks += 1; continue }
            let bullet = ["•", "·", "▪", "◦", "*", "-", "–"].contains { collapsed.hasPrefix($0 + " ") } || collapsed == "•"
            // A hard-wrapped paragraph continues on the next line in lower case.
            if blanks == 0, var last = result.last, !BlockCleaner.isSentence(last.text), !bullet, !last.bullet,
               let first = collapsed.unicodeScalars.first, first.properties.isLowercase, last.text.count > 40 {
                last.text += " " + collapsed
                result[result.count - 1] = last
                continue
            }
            result.append(Line(text: collapsed, bullet: bullet, blankBefore: blanks))
            blanks = 0
        }
        return result
    }

    // MARK: the headline

    /// The headline: a repeated line, or one followed closely by a byline or date, or the first headline-like line.
    private func findTitle(_ lines: [Line]) -> Int? {
        let window = min(lines.count, 14)
        func candidate(_ i: Int) -> Bool {
            let l = lines[i]
            guard !l.bullet, l.words >= 3, l.words <= 30, l.text.count <= 220 else { return false }
            guard !l.text.hasSuffix("."), !l.text.contains("http"), !BlockCleaner.isBoilerplateText(l.text) else { return false }
            return !Self.isBreadcrumb(l.text) && Self.byline(l.text) == nil && !DateParser.isDateLine(l.text)
                && !Self.isCaption(l.text, next: i + 1 < lines.count ? lines[i + 1].text : nil)
        }
        var best: (index: Int, distance: Int)?
        for i in 0..<window where candidate(i) {
            let key = BlockCleaner.key(lines[i].text)
            if lines[(i + 1)..<min(lines.count, i + 4)].contains(where: { BlockCleaner.key($0.text) == key }) { return i }
            for d in 1...3 where i + d < lines.count {
                let next = lines[i + d].text
                if Self.byline(next) != nil || DateParser.isDateLine(next) {
                    if best == nil || d < best!.distance { best = (i, d) }
                    break
                }
            }
            if Self.isProse(lines[i].text) { break }
        }
        if let best { return best.index }
        for i in 0..<window {
            if Self.isProse(lines[i].text) { break }
            if candidate(i) { return i }
        }
        return nil
    }

    // MARK: block tests

    /// "By Jane Doe", "by | Jul 27, 2021", "By Jane Doe | July 27, 2021".
    static func byline(_ text: String) -> (authors: [String], date: String?)? {
        guard text.count < 120 else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("by ") || lower.hasPrefix("by:") || lower.hasPrefix("by|") || lower == "by" else { return nil }
        var rest = String(text.dropFirst(2)).trimmingPrefix(while: { $0 == ":" || $0 == " " })
        var date: String?
        if let bar = rest.firstIndex(of: "|") {
            date = DateParser.iso(String(rest[rest.index(after: bar)...]))
            rest = String(rest[..<bar])
        } else if let d = DateParser.iso(rest) {
            date = d
            rest = ""
        }
        let names = MetadataExtractor.splitAuthors(rest).filter { isBareName($0) }
        guard !names.isEmpty || date != nil else { return nil }
        return (names, date)
    }

    /// Two to four capitalised words and nothing else: a name on its own line.
    static func isBareName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), text.count < 40 else { return false }
        return words.allSatisfy { w in
            guard let f = w.unicodeScalars.first, f.properties.isUppercase else { return false }
            return w.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "'" }
        }
    }

    /// "Dave DeCamp is the news editor of …": a biography of a named person.
    static func bioSubject(_ text: String, knownNames: [String]) -> String? {
        for name in knownNames where text.hasPrefix(name + " is ") || text.hasPrefix(name + " was ") || text.hasPrefix(name + " writes ") {
            return name
        }
        let lower = text.lowercased()
        if text.count < 400, lower.contains("follow him") || lower.contains("follow her") || lower.contains("follow them on"),
           let isRange = text.range(of: " is ") {
            let name = String(text[..<isRange.lowerBound])
            if isBareName(name) { return name }
        }
        return nil
    }

    /// A credit line, with the publication it names when it names one.
    static func creditSite(_ text: String) -> String?? {
        guard text.utf8.count < 1600, text.count < 400 else { return nil }
        let lower = text.lowercased()
        let markers: [StaticString] = ["originally featured at", "orignally featured at", "originally published at", "originally published on",
                       "originally appeared", "republished with permission", "first published", "first appeared",
                       "all rights reserved", "published:", "story:", "pictures:"]
        let isCredit = markers.contains { has(lower, $0) } || text.hasPrefix("©") || lower.hasPrefix("copyright ")
            || lower.hasPrefix("do you know what i have posted")
        guard isCredit else { return nil }
        var site: String?
        for marker in ["featured at ", "published at ", "published on ", "appeared at ", "appeared on ", "story: "] {
            if let r = lower.range(of: marker) {
                let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))
                let tail = text[start...].prefix { $0 != ";" && $0 != "|" }
                let name = tail.components(separatedBy: " and ").first.map { Whitespace.collapse($0) } ?? ""
                let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
                if !trimmed.isEmpty, trimmed.split(separator: " ").count <= 5 { site = trimmed; break }
            }
        }
        if site == nil, text.hasPrefix("©") {
            let name = text.dropFirst().prefix { $0 != "|" && $0 != "." && $0 != "," }
            let trimmed = Whitespace.collapse(name)
            if !trimmed.isEmpty, trimmed.split(separator: " ").count <= 5 { site = trimmed }
        }
        return .some(site)
    }

    /// Lines after which nothing belongs to the article.
    static func isTailMarker(_ text: String) -> Bool {
        let lower = BlockCleaner.key(text)
        let markers: Set<String> = ["viewallposts", "recentarticles", "recentposts", "relatedarticles", "relatedposts",
                                    "relatedstories", "youmayalsolike", "youmightalsolike", "morestories", "ourbooks",
                                    "sharethis", "pinitonpinterest", "postwithnocomments", "leaveareply", "leaveacomment",
                                    "abouttheauthor", "comments", "nocomments", "recommended", "readnext", "moreonthis",
                                    "mostpopular", "mostread", "tags"]
        return markers.contains(lower)
    }

    static func isCaption(_ text: String, next: String?) -> Bool {
        guard text.utf8.count < 1600, text.count < 400 else { return false }
        let lower = text.lowercased()
        let markers: [StaticString] = ["| photo", "photo:", "photo by", "(photo", "photo credit", "image:", "image credit", "credit:",
                       "getty images", "(ap photo", "(reuters", "photograph:", "/ap)", " photo)", "(file photo"]
        if markers.contains(where: { has(lower, $0) }) { return true }
        if let next, text.count > 20 {
            let stripped = BlockCleaner.key(stripBullet(text))
            if BlockCleaner.key(next).hasPrefix(stripped), isCaption(next, next: nil) { return true }
        }
        return false
    }

    /// Substring search over UTF-8 bytes (Foundation's `contains` goes through NSString on Linux, many times slower).
    static func has(_ haystack: String, _ needle: StaticString) -> Bool {
        var haystack = haystack
        return haystack.withUTF8 { h in
            let n = needle.utf8CodeUnitCount
            guard n > 0, h.count >= n else { return n == 0 }
            let p = needle.utf8Start
            var i = 0
            while i + n <= h.count {
                if h[i] == p[0] {
                    var k = 1
                    while k < n, h[i + k] == p[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        }
    }

    static func isBreadcrumb(_ text: String) -> Bool {
        guard text.split(separator: " ").count <= 8 else { return false }
        return text.contains(" > ") || text.contains(" › ") || text.contains(" » ") || text.contains(" / ") && !text.contains(".")
    }

    /// Image file names and hashes left by scrapers ("4121786473 fd206588f9 o").
    static func isFileNameStub(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 6, !BlockCleaner.isSentence(text) else { return false }
        let digitWords = words.filter { $0.contains(where: \.isNumber) }.count
        let hexish = words.filter { w in w.count >= 6 && w.allSatisfy { $0.isHexDigit } }.count
        return hexish >= 1 && digitWords * 2 >= words.count
    }

    /// Most words capitalised, as in headlines and menu entries.
    static func isTitleCase(_ text: String) -> Bool {
        let small: Set<String> = ["a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "by", "at", "with", "from",
                                  "as", "vs", "vs.", "&", "is", "are", "be", "but", "into", "over", "after"]
        let words = text.split(separator: " ").filter { !small.contains($0.lowercased()) }
        guard words.count >= 2 else { return false }
        let capitalised = words.filter { w in
            guard let f = w.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return true }
            return f.properties.isUppercase || f.properties.numericType != nil
        }.count
        return Double(capitalised) / Double(words.count) >= 0.75
    }

    /// A full sentence of some length.
    static func isProse(_ text: String) -> Bool {
        text.split(separator: " ").count >= 12 && BlockCleaner.isSentence(text)
    }

    /// "July 27, 2021 - President Joe Biden …": the date a dateline opens with.
    static func datelineDate(_ text: String) -> String? {
        for sep in [" - ", " — ", " – ", " -- "] {
            if let r = text.range(of: sep), text.distance(from: text.startIndex, to: r.lowerBound) < 40 {
                let head = String(text[..<r.lowerBound])
                if DateParser.isDateLine(head) { return DateParser.iso(head) }
                // "WASHINGTON, July 27, 2021 -"
                if let comma = head.firstIndex(of: ","), DateParser.isDateLine(String(head[head.index(after: comma)...])) {
                    return DateParser.iso(String(head[head.index(after: comma)...]))
                }
            }
        }
        return nil
    }

    static func stripBullet(_ text: String) -> String {
        for b in ["• ", "· ", "▪ ", "◦ ", "* ", "- ", "– "] where text.hasPrefix(b) { return String(text.dropFirst(b.count)) }
        return text
    }
}

private extension String {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> String {
        String(drop(while: predicate))
    }
}

import Foundation
