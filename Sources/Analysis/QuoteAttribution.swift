import Lexicon
import Text

/// Words of a stretch of text with their spans and the punctuation before each.
struct Window {
    var words: [String] = []
    var spans: [TextSpan] = []
    var flags: [TokenFlags] = []
    /// Whether the original word starts with a capital letter.
    var capitalized: [Bool] = []

    init() {}

    init(_ s: [Unicode.Scalar], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let text = String(String.UnicodeScalarView(s[range]))
        for t in Tokenizer.tokens(text) {
            let span = TextSpan(range.lowerBound + Int(t.start), range.lowerBound + Int(t.end))
            words.append(Tokenizer.folded(t, in: text))
            spans.append(span)
            flags.append(t.flags)
            capitalized.append(s[span.start].properties.isUppercase)
        }
    }

    var count: Int { words.count }
    func isCue(_ i: Int) -> Bool { AttributionCues.verbs.contains(words[i]) }

    /// A boundary before word `i`, unless the word before it is an abbreviation or an initial ("Lt. Gen. Mick").
    func boundary(_ i: Int, _ kinds: TokenFlags) -> Bool {
        guard !flags[i].isDisjoint(with: kinds) else { return false }
        if i > 0, flags[i].contains(.sentenceBefore),
           Sentences.abbreviations.contains(words[i - 1]) || (words[i - 1].count == 1 && capitalized[i - 1]) {
            return flags[i].contains(.commaBefore)
        }
        return true
    }
}

/// How firmly a quote is tied to its attribution.
enum AttributionStrength: Comparable { case none, sentence, adjacent }

extension QuoteExtractor {
    func attribute(_ raw: RawQuote, _ s: [Unicode.Scalar], regions: [(span: TextSpan, headline: Bool)],
                   mentions: inout PersonMentions) -> Quote {
        let firstRegion = regions[raw.firstRegion].span
        let lastRegion = regions[raw.region].span
        let firstSentences = Sentences.split(Array(s[firstRegion.start..<firstRegion.end])).map { TextSpan($0.start + firstRegion.start, $0.end + firstRegion.start) }
        let lastSentences = raw.firstRegion == raw.region ? firstSentences
            : Sentences.split(Array(s[lastRegion.start..<lastRegion.end])).map { TextSpan($0.start + lastRegion.start, $0.end + lastRegion.start) }
        let sentenceStart = firstSentences.last(where: { $0.start <= raw.open })?.start ?? firstRegion.start
        let closeEnd = raw.closed ? raw.close + raw.closeWidth : raw.close
        // The attribution after a quote runs to the end of the sentence holding the closing mark; a quote that ends
        // its sentence has none after it.
        let afterEnd = max(closeEnd, lastSentences.first(where: { $0.end >= closeEnd })?.end ?? lastRegion.end)
        let markStart = raw.open - raw.openWidth + 1
        let before = Window(s, sentenceStart..<max(sentenceStart, markStart))
        let after = Window(s, min(closeEnd, afterEnd)..<afterEnd)
        let content = Window(s, (raw.open + 1)..<raw.close)

        var q = Quote(content: TextSpan(raw.open + 1, raw.close), outer: TextSpan(markStart, closeEnd), fragments: raw.fragments,
                      kind: .direct, cue: nil, source: nil, speaker: nil, actor: nil, group: nil, via: nil,
                      confidence: 0.2, inHeadline: raw.inHeadline, closed: raw.closed)
        var strength = AttributionStrength.none
        var sourceTokens: (Window, Range<Int>)? = nil

        // 1. After the quote: "…,” Biden said" / "…,” said Biden" / "…,” a senior official told reporters".
        if after.count > 0, !Self.clauseOpeners.contains(after.words[0]), gapIsAttributive(s, closeEnd, after.spans[0].start),
           !(raw.inHeadline && !["says", "said", "say"].contains(where: { after.words.prefix(4).contains($0) })) {
            if after.isCue(0), !after.words[0].hasSuffix("ing") {      // ", adding …" goes on; it names nobody
                let np = forwardNounPhrase(after, from: 1)
                if !np.isEmpty, plausibleSpeaker(after, np) { q.cue = after.spans[0]; sourceTokens = (after, np); strength = .adjacent }
            } else {
                for k in 1..<min(after.count, 9) where after.isCue(k) {
                    if after.flags[k].contains(.clauseBefore) { break }
                    var np = backwardNounPhrase(after, before: k, lowerBound: 0)
                    if after.words[0] == "it", k <= 3 { np = agentAfter(after, cue: k) }     // "…”, it was said from X"
                    if !np.isEmpty, np.lowerBound <= 3 || after.flags[np.lowerBound].contains(.commaBefore), plausibleSpeaker(after, np) {
                        q.cue = after.spans[k]; sourceTokens = (after, np); strength = .adjacent
                    }
                    break
                }
            }
        }
        // 1b. A signature after a dash: "“…” ― Sonya Herridge".
        if strength == .none, after.count > 0, after.capitalized[0],
           s[closeEnd..<after.spans[0].start].contains(where: { $0 == "\u{2015}" || $0 == "\u{2014}" || $0 == "\u{2013}" }) {
            var end = 0
            while end < after.count, end < 5, after.capitalized[end] || AttributionCues.nameParticles.contains(after.words[end]),
                  end == 0 || !after.boundary(end, [.commaBefore, .clauseBefore, .sentenceBefore]) { end += 1 }
            if end > 0 { sourceTokens = (after, 0..<end); strength = .adjacent }
        }
        // 2. Before it: "Biden said, “…”", "X warned that they “…”", "described … as a “…”".
        if strength == .none, before.count > 0, !raw.inHeadline {
            if let k = (0..<before.count).last(where: { before.isCue($0) }) {
                let gap = before.count - 1 - k
                let connective = before.words[(k + 1)...].contains { ["that", "as", "it", "them", "him", "her"].contains($0) }
                let adjacent = gap <= 3 || (gap <= 6 && before.words[(k + 1)...].contains { ["reporters", "statement", "twitter", "interview", "cnn", "press"].contains($0) })
                if adjacent || connective || gap <= 20 {
                    var np = backwardNounPhrase(before, before: k, lowerBound: 0)
                    var window = before
                    if np.isEmpty || isImpersonal(before, np) {
                        // "it was said from US government circles" → the agent after the cue.
                        np = agentAfter(before, cue: k)
                        if np.isEmpty, after.count > 0 { (window, np) = (after, agentAfter(after, cue: -1)) }
                    }
                    if !np.isEmpty, plausibleSpeaker(window, np) {
                        q.cue = before.spans[k]; sourceTokens = (window, np)
                        strength = adjacent || connective ? .adjacent : .sentence
                        if let via = intermediary(window, upTo: np.lowerBound, s) { q.via = via }
                    }
                }
            }
        }
        // 2b. After the quote, further away: "…, the U.S. is “not going to be in a combat mission” in Iraq, President Biden said".
        if strength == .none, after.count > 0, !raw.inHeadline {
            for k in 0..<min(after.count, 16) where after.isCue(k) {
                let np = k == 0 ? forwardNounPhrase(after, from: 1) : backwardNounPhrase(after, before: k, lowerBound: 0)
                if !np.isEmpty, plausibleSpeaker(after, np) { q.cue = after.spans[k]; sourceTokens = (after, np); strength = .sentence }
                break
            }
        }
        // "In his own words, …": the person last named.
        if strength == .none, before.count >= 3 {
            for k in 0..<(before.count - 2) where before.words[k] == "in" && ["his", "her", "their"].contains(before.words[k + 1])
                && (before.words[k + 2] == "words" || (k + 3 < before.count && before.words[k + 3] == "words")) {
                sourceTokens = (before, (k + 1)..<(k + 2)); strength = .sentence
                q.cue = TextSpan(before.spans[k].start, before.spans[min(before.count - 1, k + 3)].end)
                break
            }
        }
        // 3. "according to X" anywhere in the sentence.
        if strength == .none {
            for w in [before, after] {
                guard let k = (0..<max(0, w.count - 1)).first(where: { w.words[$0] == "according" && w.words[$0 + 1] == "to" }) else { continue }
                let np = forwardNounPhrase(w, from: k + 2)
                if !np.isEmpty { q.cue = TextSpan(w.spans[k].start, w.spans[k + 1].end); sourceTokens = (w, np); strength = .adjacent; break }
            }
        }
        // 4. A headline or sentence of the form "Name: “…”".
        if strength == .none, before.count > 0, before.count <= 5, lastNonSpace(s, before.spans.last!.end, raw.open) == ":" {
            let np = 0..<before.count
            if before.capitalized[np.upperBound - 1] { sourceTokens = (before, np); strength = .adjacent }
        }

        if let (window, np) = sourceTokens {
            let span = TextSpan(window.spans[np.lowerBound].start, window.spans[np.upperBound - 1].end)
            q.source = span
            let written = String(String.UnicodeScalarView(s[span.start..<span.end]))
            if np.count == 1, AttributionCues.pronouns.contains(window.words[np.lowerBound]) || ["his", "her", "their"].contains(window.words[np.lowerBound]) {
                if let person = mentions.resolve(before: raw.open) { q.speaker = person } else { q.speaker = written }
                q.confidence = 0.8
            } else {
                q.speaker = speakerName(window, np, s)
                q.confidence = strength == .adjacent ? 0.9 : 0.7
            }
            if let speaker = q.speaker {
                if let resolved = actors.resolve(speaker) {
                    q.actor = resolved.actor.name; q.group = resolved.actor.group
                    if !resolved.exact { q.confidence -= 0.1 }
                } else if let group = actors.group(ofUnnamed: written) {
                    q.group = group.id
                }
            }
            _ = written
        }
        q.kind = classify(raw, s, content: content, strength: strength,
                          cueBefore: q.cue.map { $0.end <= raw.open && raw.open - $0.end <= 40 } ?? false,
                          attributedAfter: q.cue.map { $0.start >= closeEnd } ?? false)
        if q.kind == .scare {
            q.cue = nil; q.source = nil; q.speaker = nil; q.actor = nil; q.group = nil; q.via = nil
            q.confidence = 0.7
        }
        if !raw.closed { q.confidence = min(q.confidence, 0.5) }
        return q
    }

    // MARK: kinds

    func classify(_ raw: RawQuote, _ s: [Unicode.Scalar], content: Window, strength: AttributionStrength,
                  cueBefore: Bool = false, attributedAfter: Bool = false) -> QuoteKind {
        let words = content.count
        guard words > 0 else { return .scare }
        let regionStart = 0
        var j = raw.open - raw.openWidth
        while j >= regionStart, Whitespace.isSpace(s[j]) { j -= 1 }
        let previous: Unicode.Scalar? = j >= 0 && s[j] != "\n" ? s[j] : nil
        var k = raw.closed ? raw.close + raw.closeWidth : raw.close
        while k < s.count, Whitespace.isSpace(s[k]), s[k] != "\n" { k += 1 }
        let next: Unicode.Scalar? = k < s.count ? s[k] : nil
        let first = s[content.spans[0].start]
        let startsSentence = first.properties.isUppercase || first.properties.numericType != nil
            || s[raw.open + 1] == "." || s[raw.open + 1] == "\u{2026}" || s[raw.open + 1] == "["
        let standalone = previous.map { ":,.;!?—–-(\u{201C}\u{201D}\u{2019}\"".unicodeScalars.contains($0) } ?? true
        let lastContent = s[max(raw.open + 1, raw.close - 1)]
        let terminal = ".,!?;:\u{2026}".unicodeScalars.contains(lastContent)
        let modifier = words <= 2 && !terminal && (next.map { $0.properties.isLowercase } ?? false)

        // The sentence goes on after the quote in the outlet's words: the quote is part of the outlet's sentence.
        let continues = !attributedAfter && (next.map { $0.properties.isLowercase } ?? false) && !terminal

        if raw.inHeadline { return words <= 4 && strength == .none ? .scare : .direct }
        if words <= 4 && (modifier || strength < .adjacent) && !(standalone && startsSentence && terminal) { return .scare }
        if continues && words < 12 { return .partial }
        if standalone && (startsSentence || previous == ":") { return .direct }
        if cueBefore && startsSentence && strength == .adjacent && words >= 3 { return .direct }
        if standalone && words >= 6 && terminal { return .direct }
        return .partial
    }

    // MARK: phrases

    /// The punctuation between a closing mark and the next word allows an attribution to follow.
    func gapIsAttributive(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        for c in s[from..<to] where !(Whitespace.isSpace(c) || c == "," || c == "\u{2014}" || c == "\u{2013}" || c == "-") { return false }
        return true
    }

    func lastNonSpace(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Unicode.Scalar? {
        var j = to - 1
        while j >= from, Whitespace.isSpace(s[j]) { j -= 1 }
        return j >= from ? s[j] : nil
    }

    /// A speaker phrase right after a cue: a name with titles, a pronoun, or an unnamed source up to a comma or
    /// a preposition ("said a senior official in Baghdad" → "a senior official").
    func forwardNounPhrase(_ w: Window, from start: Int) -> Range<Int> {
        guard start < w.count, !w.flags[start].contains(.sentenceBefore) else { return start..<start }
        let stops: Set<String> = ["in", "on", "at", "during", "while", "when", "after", "before", "as", "because", "to",
                                  "with", "that", "who", "which", "and", "but", "adding", "noting", "saying", "told",
                                  "is", "was", "were", "are", "has", "had", "have", "will", "would", "last", "this",
                                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                                  "today", "tonight", "earlier", "later", "recently", "'s"]
        if AttributionCues.pronouns.contains(w.words[start]) { return start..<(start + 1) }
        var end = start
        while end < w.count, end - start < 10 {
            if end > start && w.boundary(end, [.commaBefore, .clauseBefore, .sentenceBefore]) { break }
            if stops.contains(w.words[end]) && !(w.words[end] == "for" || w.words[end] == "of") { break }
            if AttributionCues.verbs.contains(w.words[end]) && end > start { break }
            end += 1
        }
        return start..<end
    }

    /// The speaker phrase that ends just before a cue, skipping adverbs ("also"), appositives ("X, a spokesperson for
    /// Y, said") and relative pronouns ("officials who said").
    func backwardNounPhrase(_ w: Window, before cue: Int, lowerBound: Int) -> Range<Int> {
        var end = cue
        while end > lowerBound, AttributionCues.adverbs.contains(w.words[end - 1]) { end -= 1 }
        if end > lowerBound, ["who", "that"].contains(w.words[end - 1]) { end -= 1 }
        guard end > lowerBound else { return end..<end }
        // An appositive is closed by a comma before the cue: "X, a spokesperson for Y, said".
        let appositiveAllowed = end < w.count && w.flags[end].contains(.commaBefore)
        if AttributionCues.pronouns.contains(w.words[end - 1]) { return (end - 1)..<end }
        let stops: Set<String> = ["that", "and", "but", "while", "when", "as", "because", "after", "before", "if", "said",
                                  "is", "was", "were", "are", "has", "have", "had", "will", "would", "to", "in", "on",
                                  "at", "with", "by", "than", "also"]
        var start = end
        while start > lowerBound, end - start < 10 {
            let word = w.words[start - 1]
            if AttributionCues.verbs.contains(word) || AttributionCues.reportVerbs.contains(word) { break }
            if stops.contains(word) && !(start < end && w.capitalized[start - 1]) { break }
            start -= 1
            if w.boundary(start, [.sentenceBefore, .clauseBefore]) && !w.flags[start].contains(.commaBefore) { break }
            if w.flags[start].contains(.commaBefore) {
                // An appositive between the name and the cue: skip it and take the name before it
                // ("X, a spokesperson for Y, said", "Khizr Khan, 66, said").
                let isAge = end - start == 1 && w.words[start].allSatisfy(\.isNumber)
                if appositiveAllowed, AttributionCues.appositiveStarts.contains(w.words[start]) || isAge {
                    var k = start - 1
                    while k > lowerBound, !w.flags[k].contains(.commaBefore), !w.flags[k].contains(.clauseBefore),
                          !w.flags[k].contains(.sentenceBefore) { k -= 1 }
                    let nameEnd = start
                    let nameStart = k
                    if nameEnd > nameStart, (nameStart..<nameEnd).contains(where: { w.capitalized[$0] }),
                       !(nameStart..<nameEnd).contains(where: { AttributionCues.verbs.contains(w.words[$0]) }) {
                        return nameStart..<nameEnd
                    }
                }
                break
            }
        }
        // Trim leading conjunctions and words that cannot start a speaker phrase.
        while start < end, ["and", "but", "so", "then"].contains(w.words[start]) { start += 1 }
        return start..<end
    }

    /// Words that open a clause after a quote rather than an attribution.
    static let clauseOpeners: Set<String> = ["and", "but", "or", "so", "because", "though", "although", "while", "as", "when",
                                             "after", "before", "if", "since", "until", "unless", "whereas", "which", "where"]

    /// Whether a phrase can be a speaker: a pronoun, a name, or a noun phrase, never a clause or a prepositional phrase.
    func plausibleSpeaker(_ w: Window, _ np: Range<Int>) -> Bool {
        let first = w.words[np.lowerBound]
        let prepositions: Set<String> = ["in", "on", "at", "from", "with", "by", "of", "to", "into", "after", "before",
                                         "during", "under", "over", "about", "for", "since", "than", "like"]
        if prepositions.contains(first) && !(np.count == 1 && w.capitalized[np.lowerBound] && first.count > 2) { return false }
        let clauseWords: Set<String> = ["not", "did", "does", "do", "is", "was", "were", "are", "be", "been", "being", "has",
                                        "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
                                        "there", "here", "what", "why", "how", "where", "when", "if", "though", "although",
                                        "because", "so", "very", "it's", "that's", "this", "these", "those", "we", "you",
                                        "our", "us", "me", "my", "your", "n't"]
        if np.count > 1 && w.words[np].contains(where: { clauseWords.contains($0) || $0.hasSuffix("n't") }) { return false }
        if np.count == 1 && ["we", "you", "i", "it", "this", "that", "there"].contains(first) { return first == "i" || first == "we" ? false : first != "it" && first != "this" && first != "that" && first != "there" }
        return np.count <= 10
    }

    /// "it was said", "it is said": the phrase names nobody.
    func isImpersonal(_ w: Window, _ np: Range<Int>) -> Bool {
        np.count <= 2 && w.words[np.lowerBound] == "it"
    }

    /// The agent after a passive cue ("said from US government circles", "told by officials").
    func agentAfter(_ w: Window, cue: Int) -> Range<Int> {
        var k = cue + 1
        while k < w.count, k - cue < 4 {
            if w.words[k] == "by" || w.words[k] == "from" { return forwardNounPhrase(w, from: k + 1) }
            k += 1
        }
        return k..<k
    }

    /// The subject of a reporting verb before the speaker ("The Associated Press reported Khadimi also said",
    /// "a report from The New York Times cited …"), as written.
    func intermediary(_ w: Window, upTo limit: Int, _ s: [Unicode.Scalar]) -> String? {
        let limit = min(limit, w.count)
        guard limit > 1 else { return nil }
        for k in stride(from: limit - 1, through: 1, by: -1) where AttributionCues.reportVerbs.contains(w.words[k]) {
            var np = backwardNounPhrase(w, before: k, lowerBound: 0)
            guard !np.isEmpty, w.capitalized[np.upperBound - 1] else { return nil }
            // "a report from X", "reporting by X": the source is X.
            if let from = np.lastIndex(where: { w.words[$0] == "from" || w.words[$0] == "by" }), from + 1 < np.upperBound {
                np = (from + 1)..<np.upperBound
            }
            return String(String.UnicodeScalarView(s[w.spans[np.lowerBound].start..<w.spans[np.upperBound - 1].end]))
        }
        return nil
    }

    /// A named speaker with titles stripped ("Iraqi Prime Minister Mustafa al-Kadhimi" → "Mustafa al-Kadhimi");
    /// an unnamed one as written.
    func speakerName(_ w: Window, _ np: Range<Int>, _ s: [Unicode.Scalar]) -> String {
        func text(_ r: Range<Int>) -> String {
            String(String.UnicodeScalarView(s[w.spans[r.lowerBound].start..<w.spans[r.upperBound - 1].end]))
        }
        let determiners: Set<String> = ["a", "an", "the", "one", "another", "some", "two", "three", "several", "many",
                                        "unnamed", "senior", "other", "his", "her", "their", "its"]
        if determiners.contains(w.words[np.lowerBound]) || !w.capitalized[np.upperBound - 1] { return text(np) }
        // The trailing run of capitalised words (with name particles), then titles off its front.
        var start = np.upperBound
        while start > np.lowerBound,
              w.capitalized[start - 1] || AttributionCues.nameParticles.contains(w.words[start - 1]) {
            start -= 1
        }
        if start == np.upperBound { return text(np) }       // no name at the end: keep the phrase
        while start < np.upperBound - 1, AttributionCues.titles.contains(w.words[start]) { start += 1 }
        while start < np.upperBound - 1, AttributionCues.nameParticles.contains(w.words[start]) && !w.capitalized[start] { start += 1 }
        return text(start..<np.upperBound)
    }
}

/// People named in an article, in order, for resolving "he said" to the person last named.
struct PersonMentions {
    private var mentions: [(offset: Int, name: String)] = []

    /// Capitalised words that make a run something other than a person's name.
    static let notNames: Set<String> = ["the", "a", "white", "house", "state", "states", "department", "party", "news",
                                        "times", "post", "street", "union", "court", "forces", "council", "committee",
                                        "congress", "senate", "monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", "january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november", "december", "islamic",
                                        "united", "nations", "american", "iraqi", "u.s.", "us", "new", "york"]

    init(text: String, scalars: [Unicode.Scalar], actors: ActorList) {
        for m in actors.mentions(in: text) where actors.actors[m.actor].kind == "person" {
            mentions.append((m.span.start, String(String.UnicodeScalarView(scalars[m.span.start..<m.span.end]))))
        }
        // Capitalised runs of two to four words after a title or inside a sentence: likely names of people.
        let tokens = Tokenizer.tokens(text)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard scalars[Int(t.start)].properties.isUppercase else { i += 1; continue }
            var j = i
            while j < tokens.count, j - i < 4, scalars[Int(tokens[j].start)].properties.isUppercase,
                  j == i || !tokens[j].flags.contains(.sentenceBefore), j == i || !tokens[j].flags.contains(.commaBefore) { j += 1 }
            let words = (i..<j).map { Tokenizer.folded(tokens[$0], in: text) }
            let titled = i > 0 && AttributionCues.titles.contains(Tokenizer.folded(tokens[i - 1], in: text))
            var k = i
            while k < j - 1, AttributionCues.titles.contains(words[k - i]) { k += 1 }
            if (j - k >= 2 || titled) && !words[(k - i)...].contains(where: { Self.notNames.contains($0) }) {
                let span = TextSpan(Int(tokens[k].start), Int(tokens[j - 1].end))
                mentions.append((span.start, String(String.UnicodeScalarView(scalars[span.start..<span.end]))))
            }
            i = max(j, i + 1)
        }
        mentions.sort { $0.offset < $1.offset }
    }

    mutating func noteSpeaker(_ name: String, at offset: Int) {
        mentions.append((offset, name))
        mentions.sort { $0.offset < $1.offset }
    }

    /// The person named last before `offset`.
    func resolve(before offset: Int) -> String? {
        mentions.last(where: { $0.offset < offset })?.name
    }
}
