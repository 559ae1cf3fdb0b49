import Lexicon
import Text

/// Words of a stretch of text with their spans and the punctuation before each.
struct Window {
    var words: [String] = []
    var spans: [TextSpan] = []
    var flags: [TokenFlags] = []
    /// Whether the original word starts with a capital letter.
    var capitalized: [Bool] = []
    /// A headline in title case, where a capital says nothing about names ("Obama Aide Calls Visit ‘Destructive’").
    var titleCase = false

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
        // The dot of a title or of "No." ends no sentence, as `Sentences` reads it ("The No. 3 Republican said",
        // "Sen. Ben Sasse said").
        for k in flags.indices.dropFirst() where flags[k].contains(.sentenceBefore) {
            let dot = spans[k - 1].end
            guard dot < spans[k].start, s[dot] == ".", let word = Sentences.abbreviation(s, dotAt: dot),
                  !Sentences.canEndSentence(word), word.count > 1 else { continue }
            flags[k].subtract(.sentenceEnd)
        }
        // A capitalised "Will" inside a sentence, before another capitalised word, is a first name ("“…,” Will Moy
        // told the BBC"), not the modal: written as it is, it matches no function word.
        // (The window's first word is inside a sentence when a comma, or a comma and a closing mark, come before it.)
        for k in words.indices.dropLast() where words[k] == "will" && capitalized[k] && capitalized[k + 1]
            && (k > 0 ? !flags[k].contains(.sentenceBefore) : Self.afterComma(s, range.lowerBound)) {
            words[k] = "Will"
        }
    }

    /// Whether the last mark before `offset` (past spaces and closing quotation marks) is a comma.
    static func afterComma(_ s: [Unicode.Scalar], _ offset: Int) -> Bool {
        var j = offset - 1
        while j >= 0, Whitespace.isSpace(s[j]) && s[j] != "\n" || "\u{201D}\u{2019}\"'".unicodeScalars.contains(s[j]) { j -= 1 }
        return j >= 0 && s[j] == ","
    }

    var count: Int { words.count }
    /// A speech verb, unless a determiner or preposition makes it a noun ("secretary of state", "a call", "his remarks").
    /// A capitalised one inside a sentence is a name ("The Huffington Post"). Verbs with a particle are cues too ("As X
    /// put it", "X made clear", "X shot back", "X went on").
    func isCue(_ i: Int) -> Bool {
        if AttributionCues.asCues.contains(words[i]) {
            guard ((i + 1)..<min(count, i + 9)).contains(where: { words[$0] == "as" }) else { return false }
        } else {
            guard AttributionCues.verbs.contains(words[i])
                || (i + 1 < count && AttributionCues.phrasalCues[words[i]] == words[i + 1]) else { return false }
        }
        // (Capitalised, "Comments" heads a title's noun phrase: "Steele Over ‘Inaccurate’ Afghanistan Comments".)
        if words[i] == "comments", capitalized[i] { return false }
        // (After a possessive too: "LePage's promise", "Trump's claims"; not "he's maintained", "Trump's said": has.)
        if i > 0, AttributionCues.nounMarkers.contains(words[i - 1]) || Self.possessed(self, i) { return false }
        if modifiesSourceNoun(i) { return false }
        // … or a determiner and a modifier ("his original remarks", "her latest tweets"), when the word can be a noun
        // and the one between is not who speaks ("the senator says", "the group claims").
        if i > 1, AttributionCues.nounMarkers.contains(words[i - 2]), !capitalized[i - 1], !flags[i - 1].contains(.commaBefore),
           !flags[i].contains(.commaBefore), !words[i].hasSuffix("ed"), !words[i].hasSuffix("ing"),
           !["said", "told", "wrote", "says", "tells", "writes", "adds", "asks", "replies"].contains(words[i]),
           NameVocabulary.roles[words[i - 1]] == nil, !NameVocabulary.unnamedHeads.contains(words[i - 1]),
           // (A writing speaks: "the tweets read", "the statement reads".)
           !QuoteExtractor.isWriting(words[i - 1]),
           !AttributionCues.adverbs.contains(words[i - 1]), !AttributionCues.pronouns.contains(words[i - 1]) { return false }
        // … or a determiner before a name that modifies it ("a Facebook post", "her Facebook post", "a now-deleted
        // Facebook post"): a bare form there is a noun, unless the name is a plural subject ("the Democrats claim").
        if i > 1, !titleCase, capitalized[i - 1], !words[i - 1].hasSuffix("s"), ["s", "d", "ed"].contains(where: { AttributionCues.verbs.contains(words[i] + $0) }),
           flags[(i - 1)...i].allSatisfy({ $0.isDisjoint(with: [.commaBefore, .clauseBefore]) }),
           let d = (max(0, i - 4)..<(i - 1)).last(where: { AttributionCues.nounMarkers.contains(words[$0]) && words[$0] != "of" }),
           flags[(d + 1)...(i - 1)].allSatisfy({ $0.isDisjoint(with: [.commaBefore, .clauseBefore]) }),
           ((d + 1)..<(i - 1)).allSatisfy({ !AttributionCues.verbs.contains(words[$0]) }) { return false }
        return !capitalized[i] || i == 0 || flags[i].contains(.sentenceBefore) || titleCase
    }

    /// Whether the word at `i` is a noun after a possessive "'s" ("LePage's promise"), not a verb after "'s" for "has"
    /// ("he's maintained", "Trump's said") or after a comma ("Trump's, saying").
    static func possessed(_ w: Window, _ i: Int) -> Bool {
        guard i > 1, w.words[i - 1] == "'s", w.flags[i].isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore]),
              !AttributionCues.pronouns.contains(w.words[i - 2]), !["that", "there", "who", "what", "here"].contains(w.words[i - 2]) else { return false }
        let word = w.words[i]
        return !word.hasSuffix("ed") && !["said", "told", "wrote", "written", "thought", "read", "begun", "made", "put", "gone", "shot"].contains(word)
    }

    /// A verb's bare form before a source noun modifies it ("urged state lawmakers to …", "the US state department
    /// said"), unless a subject or an auxiliary before it makes it a verb ("they tell officials", "did tell reporters").
    func modifiesSourceNoun(_ i: Int) -> Bool {
        guard i + 1 < count, !flags[i + 1].contains(.commaBefore), !capitalized[i + 1],
              NameVocabulary.unnamedHeads.contains(words[i + 1]) || NameVocabulary.roles[words[i + 1]] != nil,
              AttributionCues.verbs.contains(words[i] + "s") || AttributionCues.verbs.contains(words[i] + "d") else { return false }
        return i == 0 || !(AttributionCues.pronouns.contains(words[i - 1]) || QuoteExtractor.auxiliaries.contains(words[i - 1])
            || ["to", "do", "did", "i", "we", "you", "they"].contains(words[i - 1]))
    }

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
    /// `sentences`: each region's sentences, in text offsets.
    func attribute(_ raw: RawQuote, _ s: [Unicode.Scalar], regions: [(span: TextSpan, headline: Bool)], sentences: [[TextSpan]],
                   entities: ArticleEntities, quoted: [TextSpan]) -> Quote {
        let firstRegion = regions[raw.firstRegion].span
        let lastRegion = regions[raw.region].span
        let firstSentences = sentences[raw.firstRegion]
        let lastSentences = sentences[raw.region]
        var sentenceStart = firstSentences.last(where: { $0.start <= raw.open })?.start ?? firstRegion.start
        var beforeEnd = raw.open - raw.openWidth + 1
        // A paragraph that ends with a colon introduces the quotation paragraph after it ("…, writes:" / "“…”").
        if raw.firstRegion > 0, !regions[raw.firstRegion - 1].headline,
           s[firstRegion.start..<beforeEnd].allSatisfy({ Whitespace.isSpace($0) }) {
            let previous = regions[raw.firstRegion - 1].span
            var end = previous.end
            while end > previous.start, Whitespace.isSpace(s[end - 1]) { end -= 1 }
            if end > previous.start, s[end - 1] == ":" {
                let sentences = Sentences.split(Array(s[previous.start..<end]))
                sentenceStart = (sentences.last?.start ?? 0) + previous.start
                beforeEnd = end
            }
        }
        let closeEnd = raw.closed ? raw.close + raw.closeWidth : raw.close
        // The attribution after a quote runs to the end of the sentence holding the closing mark; a quote that ends
        // its sentence has none after it.
        var afterEnd = max(closeEnd, lastSentences.first(where: { $0.end >= closeEnd })?.end ?? lastRegion.end)
        // A quotation that ends with its own question or exclamation mark ends the sentence there, yet its attribution
        // follows ("…make?” Mrs. Clinton said): then the next sentence is read for it too.
        // So does one that ends with a full stop when nothing before it attributes it and the next sentence is only its
        // attribution ("…cost.” Trump said.", not "She added, “Soon.”").
        let markStart = raw.open - raw.openWidth + 1
        // A "sentence" of thousands of characters (a page with no full stops) is read near the quote only: no
        // attribution reaches that far, and windows over all of it for every quotation would make it quadratic.
        sentenceStart = max(sentenceStart, markStart - Self.attributionReach)
        var before = Window(s, sentenceStart..<max(sentenceStart, min(markStart, beforeEnd)))
        if afterEnd == closeEnd, raw.closed, raw.close > raw.open + 1, ".?!".unicodeScalars.contains(s[raw.close - 1]),
           let next = lastSentences.first(where: { $0.start >= closeEnd }),
           case let nextEnd = min(next.end, next.start + Self.attributionReach),
           s[raw.close - 1] != "." || (Window(s, next.start..<nextEnd).count <= 8
               && !s[next.start..<nextEnd].contains { "\u{201C}\"".unicodeScalars.contains($0) }
               && !before.words.indices.contains { before.isCue($0) }) {
            afterEnd = next.end
        }
        if raw.inHeadline {
            // (Its first stretch tells: a "headline" of a million characters is not read again for each quote.)
            let headline = Window(s, firstRegion.start..<min(firstRegion.end, firstRegion.start + Self.attributionReach))
            let lettered = headline.words.indices.filter { headline.words[$0].first?.isLetter == true && headline.words[$0].count > 3 }
            before.titleCase = lettered.count >= 3 && lettered.allSatisfy { headline.capitalized[$0] }
        }
        afterEnd = min(afterEnd, closeEnd + Self.attributionReach)
        let after = Window(s, min(closeEnd, afterEnd)..<afterEnd)
        let content = Window(s, (raw.open + 1)..<raw.close)

        var q = Quote(content: TextSpan(raw.open + 1, raw.close), outer: TextSpan(markStart, closeEnd), fragments: raw.fragments,
                      kind: .direct, cue: nil, source: nil, speaker: nil, actor: nil, group: nil, via: nil,
                      confidence: 0.2, inHeadline: raw.inHeadline, closed: raw.closed)
        var strength = AttributionStrength.none
        var sourceTokens: (Window, Range<Int>)? = nil
        var remarkAuthor = false

        // An inverted cue after the rest of the quoted sentence ("…” with the request, said one official briefed on the
        // matter": the source noun, before its participle): its speaker.
        func invertedCue(at k: Int) -> Range<Int>? {
            guard after.flags[k].contains(.commaBefore), AttributionCues.invertible.contains(after.words[k]),
                  case let back = backwardNounPhrase(after, before: k, lowerBound: 0), back.isEmpty || !speakerLike(after, back),
                  case let found = forwardNounPhrase(after, from: k + 1), !found.isEmpty,
                  case let forward = found.count > 1 && after.words[found.upperBound - 1].hasSuffix("ed") ? found.dropLast() : found,
                  speakerLike(after, forward), plausibleSpeaker(after, forward) else { return nil }
            return forward
        }

        // 1. After the quote: "…,” Biden said" / "…,” said Biden" / "…,” a senior official told reporters".
        if after.count > 0, !Self.clauseOpeners.contains(after.words[0]), gapIsAttributive(s, closeEnd, after.spans[0].start),
           !(raw.inHeadline && !["says", "said", "say"].contains(where: { after.words.prefix(4).contains($0) })) {
            if after.isCue(0), !after.words[0].hasSuffix("ing") {      // ", adding …" goes on; it names nobody
                var np = forwardNounPhrase(after, from: 1)
                // "…,” promised the company's chief executive, John Matze, in …": the role goes on past a possessive
                // to its comma, where the name in apposition is found (see `resolveSpeaker`).
                if !np.isEmpty, np.upperBound < after.count, ["'s", "\u{2019}s"].contains(after.words[np.upperBound]) {
                    var end = np.upperBound + 1
                    while end < after.count, end - np.lowerBound < 8, !after.capitalized[end],
                          !after.boundary(end, [.commaBefore, .clauseBefore, .sentenceBefore]) { end += 1 }
                    if end < after.count, after.flags[end].contains(.commaBefore) { np = np.lowerBound..<end }
                }
                if !np.isEmpty, plausibleSpeaker(after, np) {
                    q.cue = after.spans[0]; sourceTokens = (after, np); strength = .adjacent
                } else if let k = (1..<min(after.count, 14)).first(where: { after.isCue($0) && !after.flags[$0].contains(.clauseBefore) }),
                          let forward = invertedCue(at: k) {
                    // A verb of the quoted sentence that names no one ("…” announced in October, said Derek Scissors"):
                    // the inverted cue after it.
                    q.cue = after.spans[k]; sourceTokens = (after, forward); strength = .adjacent
                }
            } else if !(after.isCue(0) && after.words[0].hasSuffix("ing")) {
                // (A participle right after the quote goes on with the sentence's subject: "…,” noting he had warned"
                // is no attribution to "he".)
                // A name with a long appositive may hold the cue further away ("…,” Elliott Maynard, a Republican
                // trying to unseat Representative Nick J. Rahall II, a Democrat, in West Virginia, said").
                let named = after.count > 2 && after.capitalized[0] && after.capitalized[1]
                    && (2..<min(after.count, 6)).contains { after.flags[$0].contains(.commaBefore) }
                for k in 1..<min(after.count, named ? 30 : 14) where after.isCue(k) {   // "Rev. X of Our Lady of Y, told"
                    if after.flags[k].contains(.clauseBefore) { break }
                    if let forward = invertedCue(at: k) {
                        q.cue = after.spans[k]; sourceTokens = (after, forward); strength = .adjacent
                        break
                    }
                    // The progressive: "…,” Mr Johnson was saying".
                    let progressive = k >= 2 && after.words[k].hasSuffix("ing") && ["was", "is", "were", "are"].contains(after.words[k - 1])
                    var np = backwardNounPhrase(after, before: progressive ? k - 1 : k, lowerBound: 0)
                    // … and then the speaker is that name, whatever the appositive names on the way.
                    if named, k >= 14, let comma = (2..<6).first(where: { after.flags[$0].contains(.commaBefore) }) { np = 0..<comma }
                    if after.words[0] == "it", k <= 3, isImpersonal(after, 0..<1) { np = agentAfter(after, cue: k) }     // "…”, it was said from X"
                    if !np.isEmpty, np.lowerBound <= 3 || after.flags[np.lowerBound].contains(.commaBefore), plausibleSpeaker(after, np),
                       after.words[0] == "it" || speakerLike(after, np) {
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
        // 1d. A quotation closed with a comma and followed by a name, in a text cut short before the cue ("“…,” Rochelle
        // Hawkins, a VTA mechanic who was at the facility during..."): the comma says an attribution follows, and the
        // name is all of it the text kept.
        if strength == .none, !raw.inHeadline, raw.closed, after.count > 0, raw.close > raw.open + 1, s[raw.close - 1] == ",",
           after.capitalized[0] || after.words[0] == "the", !after.words.indices.contains(where: { after.isCue($0) }),
           case var last = lastRegion.end, last > closeEnd {
            while last > closeEnd, Whitespace.isSpace(s[last - 1]) { last -= 1 }
            let cut = s[max(closeEnd, last - 3)..<last].allSatisfy({ $0 == "." }) && last - closeEnd >= 3 || s[last - 1] == "\u{2026}"
            if cut, afterEnd >= last - 3 {
                var end = after.words[0] == "the" ? 1 : 0
                while end < after.count, end < 7, after.capitalized[end] || AttributionCues.nameParticles.contains(after.words[end])
                        || (end > 0 && ["of", "the"].contains(after.words[end]) && end + 1 < after.count && after.capitalized[end + 1]),
                      end == 0 || !after.boundary(end, [.commaBefore, .clauseBefore, .sentenceBefore]) { end += 1 }
                if end > 0, plausibleSpeaker(after, 0..<end) { sourceTokens = (after, 0..<end); strength = .adjacent }
            }
        }
        // 1c. A headline that opens with the quotation and a colon: the subject of the clause after the colon said it
        // ("‘Potentially a death sentence’: White House goes off on vaccine fearmongers"); in a title-case headline,
        // only a name the article knows.
        if strength == .none, raw.inHeadline, before.count == 0, after.count > 1,
           s[closeEnd..<after.spans[0].start].contains(":") {
            var end = 0
            if let m = entities.firstMention(from: after.spans[0].start, to: after.spans[min(after.count, 6) - 1].end, excluding: quoted),
               let first = after.spans.firstIndex(where: { $0.start >= m.start }), first <= 1,
               first == 0 || after.words[0] == "the", let last = after.spans.lastIndex(where: { $0.end <= m.end }) {
                // (A possessor is not the subject: "‘…’: Kamala Harris’ office rife with dissent".)
                end = Self.isPossessor(m, s) || (m.end < s.count && (s[m.end] == "'" || s[m.end] == "\u{2019}")) ? 0 : last + 1
            } else if !before.titleCase, entities.firstMention(from: after.spans[0].start, to: after.spans[min(after.count, 6) - 1].end, excluding: quoted) == nil {
                while end < after.count, end < 4, after.capitalized[end], end == 0 || !after.boundary(end, [.commaBefore, .clauseBefore]) { end += 1 }
            }
            if end > 0, end < after.count, !after.capitalized[end] || before.titleCase, !after.boundary(end, [.commaBefore, .clauseBefore]),
               !["'", "\u{2019}"].contains(s[after.spans[end - 1].end]), !["'s", "\u{2019}s"].contains(after.words[end]),
               plausibleSpeaker(after, 0..<end) {
                sourceTokens = (after, 0..<end); strength = .sentence
            }
        }
        // 2. Before it: "Biden said, “…”", "X warned that they “…”", "described … as a “…”".
        // In a headline only a cue right before the quote counts ("Obama Aide Calls Netanyahu Visit ‘Destructive’").
        if strength == .none, before.count > 0,
           !raw.inHeadline || (0..<before.count).last(where: { before.isCue($0) }).map({ before.count - 1 - $0 <= 5 }) == true {
            // A quotation's own words are not the outlet's attribution ("urging lawmakers to “recall” the bill … to
            // “remedy” the issue": "recall" reports nothing).
            // A belief yields to words reported after the quote ("Trump thinks Moore “will step aside” if …, the
            // White House said": the White House's words).
            // (A cue inside a relative clause closed before the quote is not its cue: "LePage said that NAACP officials,
            // who had called him out …, could “kiss my butt.”")
            func inClosedRelative(_ i: Int) -> Bool {
                guard let open = (0...i).last(where: { before.flags[$0].contains(.commaBefore) || before.boundary($0, [.clauseBefore, .sentenceBefore]) }),
                      open < i, before.flags[open].contains(.commaBefore), ["who", "which"].contains(before.words[open]) else { return false }
                return ((i + 1)..<before.count).contains { before.flags[$0].contains(.commaBefore) }
            }
            if var k = (0..<before.count).last(where: { i in before.isCue(i) && !quoted.contains { $0.contains(before.spans[i]) } && !inClosedRelative(i) }),
               !(Self.beliefs.contains(before.words[k]) && !raw.inHeadline
                   && after.words.indices.contains { after.isCue($0) && !Self.beliefs.contains(after.words[$0]) }) {
                // A cue inside a reported clause ("the minister said his country had asked for the “…”") whose subject
                // names no speaker: the words are the outer speaker's.
                // So is one whose verb reports a belief ("Gowdy said the committee believed that “…”").
                let inner = backwardNounPhrase(before, before: k, lowerBound: 0)
                // So is one in the bare form after a request ("Gowdy asked that Clinton agree to a “transcribed”
                // interview": what Clinton is asked to do, not what she said).
                let requested = !inner.isEmpty && inner.lowerBound >= 2 && before.words[inner.lowerBound - 1] == "that"
                    && Self.requests.contains(before.words[inner.lowerBound - 2]) && !before.words[k].hasSuffix("s")
                    && !before.words[k].hasSuffix("ed") && !before.words[k].hasSuffix("ing")
                // So is one whose subject is "they" after a plural speaker's cue ("Republican leaders say they told
                // Biden that they're drawing a “red line”": the leaders' words).
                let they = inner.count == 1 && before.words[inner.lowerBound] == "they"
                if !inner.isEmpty, !speakerLike(before, inner) || Self.beliefs.contains(before.words[k]) || requested || they,
                   let outer = (0..<inner.lowerBound).last(where: { before.isCue($0) }),
                   !((outer + 1)..<k).contains(where: { before.flags[$0].contains(.clauseBefore) }),
                   case let np = backwardNounPhrase(before, before: outer, lowerBound: 0), !np.isEmpty, speakerLike(before, np),
                   !they || before.words[np.upperBound - 1].hasSuffix("s") || before.words[np].contains("and") {
                    k = outer
                }
                let gap = before.count - 1 - k
                let connective = before.words[(k + 1)...].contains { ["that", "as", "it", "them", "him", "her"].contains($0) }
                let adjacent = gap <= 3 || (gap <= 6 && before.words[(k + 1)...].contains { ["reporters", "statement", "twitter", "interview", "cnn", "press"].contains($0) })
                // Indirect speech runs on to the quote however long the reported clause, unless a clause boundary ends it.
                let reported = gap <= 40 && !((k + 1)..<before.count).contains { before.flags[$0].contains(.clauseBefore) }
                if adjacent || connective || gap <= 20 || reported {
                    var np = backwardNounPhrase(before, before: k, lowerBound: 0)
                    var window = before
                    // "Gowdy went on to call …", "… and said it “…”", "issued a statement calling …": the cue's
                    // subject is the sentence's.
                    // A participle right after its own speaker ("one blogger asking", "the Russians promising")
                    // keeps it.
                    let participle = before.words[k].hasSuffix("ing")
                    // … unless that phrase is the object of a preposition ("caught on a hot mic in the Senate ripping").
                    let afterPreposition = !np.isEmpty && isPrepositionObject(before, np.lowerBound)
                    let ownSubject = !np.isEmpty && !before.flags[k].contains(.commaBefore) && speakerLike(before, np) && !afterPreposition
                    if (participle && !ownSubject) || (np.isEmpty && k > 0 && ["to", "and", "but", "or"].contains(before.words[k - 1])),
                       let subject = subjectPhrase(before, before: k, s, entities: entities, sentenceStart: sentenceStart, quoted: quoted) {
                        np = subject
                    } else if participle, !ownSubject, before.flags[k].contains(.commaBefore),
                              let prior = (0..<k).last(where: { i in before.isCue(i) && !quoted.contains { $0.contains(before.spans[i]) } }),
                              case let subject = backwardNounPhrase(before, before: prior, lowerBound: 0),
                              !subject.isEmpty, speakerLike(before, subject) {
                        // "“…,” he added, saying that …": the participle's subject is the cue's before it.
                        np = subject
                    }
                    // An inverted cue set off by commas before the quote: "Her comments, said Josh Earnest, … are “…”".
                    if before.flags[k].contains(.commaBefore), k + 1 < before.count, before.capitalized[k + 1],
                       AttributionCues.invertible.contains(before.words[k]),
                       np.isEmpty || !speakerLike(before, np) {
                        let forward = forwardNounPhrase(before, from: k + 1)
                        if !forward.isEmpty { np = forward }
                    }
                    // A cue right after a quotation ("“…,” says the letter, which …"): the phrase before it is the
                    // quotation's own words, and the speaker is after the cue.
                    if !np.isEmpty, quoted.contains(where: { $0.start <= before.spans[np.lowerBound].start && before.spans[np.upperBound - 1].end <= $0.end }) {
                        let forward = AttributionCues.invertible.contains(before.words[k]) ? forwardNounPhrase(before, from: k + 1) : k..<k
                        np = !forward.isEmpty && speakerLike(before, forward) ? forward : k..<k
                    }
                    if np.isEmpty || isImpersonal(before, np) {
                        // "it was said from US government circles" → the agent after the cue.
                        np = agentAfter(before, cue: k)
                        if np.isEmpty, after.count > 0 { (window, np) = (after, agentAfter(after, cue: -1)) }
                    }
                    // A participle opening the sentence ("Declaring that the economies must “get this done,” President
                    // Joe Biden opened the summit"): its subject is the main clause's, after the comma that closes it.
                    // (So does one after a preposition of time that opens it: "A day after telling reporters that he's
                    // “…,” Congressman Anthony Weiner broke his silence".)
                    let opensSentence = k == 0 || before.flags[k].contains(.sentenceBefore)
                        || (k == 1 && ["and", "but", "yet", "so"].contains(before.words[0]))    // "And saying Israel “…,” Hamas …"
                        || (k >= 1 && k <= 4 && ["after", "before", "since", "while", "when", "upon", "without"].contains(before.words[k - 1])
                            && !(1...k).contains(where: { before.boundary($0, [.commaBefore, .clauseBefore, .sentenceBefore]) }))
                    if np.isEmpty, participle, opensSentence, after.count > 0 {
                        let closed = s[max(raw.open + 1, raw.close - 1)] == ","
                        // (A comma inside a later quotation's marks closes the phrase too: "Telling the people this is
                        // “your moment” and “your day,” Trump closed …".)
                        func commaBefore(_ j: Int) -> Bool {
                            after.flags[j].contains(.commaBefore)
                                || (j > 0 && s[after.spans[j - 1].end..<after.spans[j].start].contains(","))
                        }
                        if let j = closed ? 0 : (0..<min(after.count, 12)).first(where: commaBefore),
                           // (The window's first word is flagged as opening it, not as opening a sentence.)
                           !(0...j).contains(where: { $0 > 0 && after.flags[$0].contains(.sentenceBefore) }) {
                            // The subject as a name ("President Joe Biden") or a definite role ("the president").
                            var end = j
                            if end < after.count, ["the", "a", "an"].contains(after.words[end]) { end += 1 }
                            while end < after.count, end - j < 6, after.capitalized[end] || NameVocabulary.roles[after.words[end]] != nil
                                    || NameVocabulary.unnamedHeads.contains(after.words[end]),
                                  end == j || !after.boundary(end, [.commaBefore, .clauseBefore, .sentenceBefore]) { end += 1 }
                            let subject = j..<end
                            // (A name in apposition is not the clause's subject: "After threatening to “spill the
                            // beans” on Mr. Cruz’s wife, Heidi Cruz, who …, he retweeted".)
                            let apposed = end < after.count && after.flags[end].contains(.commaBefore) && ["who", "whose", "which"].contains(after.words[end])
                            // (A demonym before a noun, "Israeli bombs destroyed", names no speaker.)
                            let demonym = end > j && end < after.count && !after.capitalized[end] && NameVocabulary.demonyms.contains(after.words[end - 1])
                            if !subject.isEmpty, !demonym, !apposed, speakerLike(after, subject), plausibleSpeaker(after, subject) { (window, np) = (after, subject) }
                        }
                    }
                    if !np.isEmpty, plausibleSpeaker(window, np) {
                        q.cue = before.spans[k]; sourceTokens = (window, np)
                        strength = adjacent || connective ? .adjacent : .sentence
                        if let via = intermediary(window, upTo: np.lowerBound, s) { q.via = via }
                    } else if !np.isEmpty, isTime(window, np) {
                        // A weekday before the cue is when, not who: the speaker is the sentence's subject ("Gov. Rick
                        // Perry of Texas on Tuesday said"), or someone it does not name ("One of the oldest groups
                        // passed a resolution Tuesday calling for …"), to whom the cue still attributes the words.
                        q.cue = before.spans[k]
                        strength = adjacent || connective ? .adjacent : .sentence
                        if let subject = subjectPhrase(before, before: k, s, entities: entities, sentenceStart: sentenceStart, quoted: quoted),
                           plausibleSpeaker(before, subject) {
                            sourceTokens = (before, subject)
                        }
                    }
                }
            }
        }
        // 2a. Words reported as someone's remark, after any cue ("Boehner dismissed David Axelrod's comment on Sunday
        // that Republicans are under a “reign of terror”"): the remark's author's.
        if before.count > 2, let noun = (1..<before.count).last(where: { Self.remarks.contains(before.words[$0]) }),
           // (The remark noun itself may have been read as a cue: "LePage’s apology and promise to seek".)
           q.cue.map({ $0.end <= before.spans[noun].start || $0 == before.spans[noun] }) ?? true,
           // (A call or plea "for" what it asks: "President Biden's call for a “significant de-escalation”".)
           let that = ((noun + 1)..<min(before.count, noun + 5)).first(where: { before.words[$0] == "that"
               || ($0 == noun + 1 && (before.words[$0] == "to" || (before.words[$0] == "for" && Self.requestNouns.contains(before.words[noun])))) }),
           !((noun + 1)...that).contains(where: { before.boundary($0, [.clauseBefore, .sentenceBefore]) }),
           let owner = (max(0, noun - 5)..<noun).reversed().lazy.compactMap({ self.possessor(before, $0, s) })
               .first(where: { o in (o.upperBound..<noun).allSatisfy { ["'s", "\u{2019}s"].contains(before.words[$0])
                   || (!before.capitalized[$0] && before.words[$0].first?.isLetter == true
                       && !before.boundary($0, [.commaBefore, .clauseBefore, .sentenceBefore])) } }) {
            // (A modifier may stand between them: "Hutchinson's chief complaint was that …".)
            q.cue = before.spans[noun]; sourceTokens = (before, owner); strength = .sentence; remarkAuthor = true
        }
        // … and a remark "from" its author ("warnings from the Obama administration that the bill was “…”", "charges
        // from congressional Republicans that there was a “cover-up”"), whatever verb the sentence has besides: the
        // quoted words are the remark's.
        if before.count > 3, let noun = (0..<(before.count - 2)).last(where: { Self.remarks.contains(before.words[$0]) && before.words[$0 + 1] == "from" }),
           let that = ((noun + 3)..<min(before.count, noun + 9)).first(where: { before.words[$0] == "that" }),
           !((noun + 1)...that).contains(where: { before.boundary($0, [.clauseBefore, .sentenceBefore]) }),
           case let author = (noun + 2)..<that, plausibleSpeaker(before, author) {
            q.cue = before.spans[noun]; sourceTokens = (before, author); strength = .sentence
        }
        // 2c. A headline that ends with its attribution speaks in that source's words throughout: "F.B.I. ‘Destroyed’
        // Flynn’s Life for Lying, Trump Says, but …", "Facebook has held a ‘durable monopoly’ for a decade, FTC says in
        // amended suit", "Fauci is hiding …, Rand Paul claims". The attribution follows a comma (or the quote's own
        // closing mark) and names its speaker just before the cue.
        if strength == .none, raw.inHeadline, closeEnd < lastRegion.end {
            // (Read as far as any attribution reaches: a "headline" of a million characters is read near the quote.)
            var rest = Window(s, closeEnd..<min(lastRegion.end, closeEnd + Self.attributionReach))
            rest.titleCase = before.titleCase
            for k in rest.words.indices.reversed() where k > 0 && rest.isCue(k) && !rest.words[k].hasSuffix("ing")
                && !quoted.contains(where: { $0.contains(rest.spans[k]) }) {
                let np = backwardNounPhrase(rest, before: k, lowerBound: 0)
                // (Nothing but a phrase of circumstance after it: "says in amended suit", "says after …".)
                let tail = ((k + 1)..<rest.count)
                if !np.isEmpty, np.lowerBound == 0 || rest.flags[np.lowerBound].contains(.commaBefore),
                   tail.isEmpty || Self.objectPrepositions.contains(rest.words[k + 1]) || rest.flags[k + 1].contains(.commaBefore),
                   !tail.contains(where: { rest.isCue($0) }),
                   speakerLike(rest, np), plausibleSpeaker(rest, np) {
                    q.cue = rest.spans[k]; sourceTokens = (rest, np); strength = .sentence
                }
                break
            }
        }
        // 2b. After the quote, further away: "…, the U.S. is “not going to be in a combat mission” in Iraq, President Biden said".
        if strength == .none, after.count > 0, !raw.inHeadline {
            // A verb with no subject of its own is no attribution; the cue after it may be ("she tested “negative” …,
            // though continues a daily anticoagulation …, Bardack said").
            for k in 0..<min(after.count, 16) where after.isCue(k) {
                let np = k == 0 ? forwardNounPhrase(after, from: 1) : backwardNounPhrase(after, before: k, lowerBound: 0)
                if np.isEmpty { continue }
                if plausibleSpeaker(after, np) { q.cue = after.spans[k]; sourceTokens = (after, np); strength = .sentence }
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
        // 4. A headline or sentence of the form "Name: “…”" ("Added Gibbs: “…”": the verb is the cue).
        if strength == .none, before.count > 0, before.count <= 5, lastNonSpace(s, before.spans.last!.end, raw.open) == ":" {
            var np = 0..<before.count
            if np.count > 1, AttributionCues.invertible.contains(before.words[0]) { q.cue = before.spans[0]; np = 1..<np.upperBound }
            if before.capitalized[np.upperBound - 1] {
                sourceTokens = (before, np); strength = .adjacent
            } else if before.count == 2, ["his", "her", "their"].contains(before.words[0]),
                      Self.remarks.contains(before.words[1]) || Self.answers.contains(before.words[1]) {
                // "His response: “…”": the person the possessive stands for; an answer is given by the one asked
                // ("Vieira asked Trump, “…?” His response: “…”").
                q.cue = before.spans[1]; sourceTokens = (before, 0..<1); strength = .adjacent
                let earlier = Window(s, max(0, before.spans[0].start - 400)..<before.spans[0].start)
                if Self.answers.contains(before.words[1]),
                   let asked = earlier.words.indices.last(where: { ["asked", "pressed", "questioned"].contains(earlier.words[$0]) }),
                   asked + 1 < earlier.count,
                   let m = entities.mentions(in: TextSpan(earlier.spans[asked + 1].start, earlier.spans[min(earlier.count - 1, asked + 4)].end))
                       .first(where: { entities.entities[$0.entity].kind == .person }),
                   let first = earlier.spans.firstIndex(where: { $0.start >= m.span.start }),
                   let last = earlier.spans.lastIndex(where: { $0.end <= m.span.end }), first <= last {
                    sourceTokens = (earlier, first..<(last + 1))
                }
            }
        }
        // 4b. A headline "Name: …" speaks in Name's words throughout ("Susan Rice: Netanyahu Visit ‘Destructive’").
        if strength == .none, raw.inHeadline, before.count > 1,
           let colon = (before.spans[0].end..<markStart).first(where: { s[$0] == ":" }) {
            var np = 0..<before.spans.prefix(while: { $0.end <= colon }).count
            // "Former Mexican President Fox to Trump: …": the speaker is before "to", the one addressed after it.
            if let to = np.firstIndex(where: { before.words[$0] == "to" }), to > 0, np.upperBound - to <= 4 { np = 0..<to }
            if (1...4).contains(np.count), np.allSatisfy({ before.capitalized[$0] }) {
                sourceTokens = (before, np); strength = .sentence
            } else if np.count >= 2, let owner = (np.lowerBound..<min(np.upperBound - 1, np.lowerBound + 3)).lazy
                        .compactMap({ self.possessor(before, $0, s) }).first, owner.lowerBound == np.lowerBound,
                      Self.isWriting(before.words[np.upperBound - 1]) {
                // "Anthony Fauci’s pandemic emails: ‘All is well …’": the writings' author.
                sourceTokens = (before, owner); strength = .sentence
            } else if s[(colon + 1)..<markStart].allSatisfy({ Whitespace.isSpace($0) }),
                      let m = entities.firstMention(from: before.spans[0].start, to: before.spans[np.upperBound - 1].end, excluding: quoted),
                      let first = before.spans.firstIndex(where: { $0.start >= m.start }), first == 0 || (first == 1 && before.words[0] == "the"),
                      let last = before.spans.lastIndex(where: { $0.end <= m.end }), last + 1 < np.upperBound,
                      !Self.isPossessor(m, s), !["'s", "\u{2019}s"].contains(before.words[last + 1]),
                      // (Not a name that modifies a title after it: "HHS head: ‘…’" is the head's.)
                      !NameVocabulary.titles.contains(before.words[last + 1]), !NameVocabulary.unnamedHeads.contains(before.words[last + 1]) {
                // "Biden annoyed by repeated questions on Afghanistan: ‘I'm not going to answer …’": the headline's
                // subject, whose words the colon opens.
                sourceTokens = (before, first..<(last + 1)); strength = .sentence
            }
        }
        // 5. A quotation that opens its sentence with no cue of its own goes on with the speaker whose words the
        // sentence before it reports, in its paragraph or ending the one before ("Lenahan says he sees a bigger
        // issue. “There is …”").
        if strength == .none, !raw.inHeadline, before.count == 0, after.count == 0 || !after.words.indices.contains(where: { after.isCue($0) }),
           let index = firstSentences.firstIndex(where: { $0.start <= markStart && markStart < $0.end }),
           let previous = index > 0 ? firstSentences[index - 1] : previousParagraphEnd(raw, regions, sentences) {
            // (A sentence that quotes someone itself hands its speaker on as a continuation, below.)
            let window = Window(s, previous.start..<previous.end)
            if !quoted.contains(where: { $0.start < previous.end && $0.end > previous.start }),
               let k = window.words.indices.last(where: { window.isCue($0) }),
               !window.words[k].hasSuffix("ing"), k + 1 >= window.count || window.words[k + 1] != "to" {    // not "agreed to go"
                var np = backwardNounPhrase(window, before: k, lowerBound: 0)
                if np.isEmpty, window.flags[k].contains(.sentenceBefore) || k == 0, AttributionCues.invertible.contains(window.words[k]) {
                    np = forwardNounPhrase(window, from: k + 1)
                }
                // A second verb of the sentence's subject: "Khosti … confirmed the death toll but cautioned that …".
                if np.isEmpty, k > 0, ["and", "but"].contains(window.words[k - 1]),
                   let subject = subjectPhrase(window, before: k, s, entities: entities, sentenceStart: previous.start, quoted: quoted) {
                    np = subject
                }
                if !np.isEmpty, speakerLike(window, np), plausibleSpeaker(window, np) {
                    q.cue = window.spans[k]; sourceTokens = (window, np); strength = .sentence
                    sentenceStart = previous.start
                }
            }
        }

        if let (window, np) = sourceTokens {
            let span = TextSpan(window.spans[np.lowerBound].start, window.spans[np.upperBound - 1].end)
            q.source = span
            let sentence = TextSpan(sentenceStart, afterEnd)
            if let ref = resolveSpeaker(window, np, s, entities: entities, quote: q.outer, quoted: quoted, sentence: sentence,
                                        cue: q.cue, headline: raw.inHeadline, possessive: remarkAuthor) {
                q.speaker = ref.name; q.entity = ref.entity; q.speakerKind = ref.kind; q.resolvedBy = ref.by
                q.mention = ref.mention
                q.confidence = ref.by == .pronoun || ref.by == .role ? 0.8 : (strength == .adjacent ? 0.9 : 0.7)
                if let written = q.speaker {
                    if let resolved = actors.resolve(written), ref.entity != nil || resolved.actor.kind == "organization" {
                        q.actor = resolved.actor.name; q.group = resolved.actor.group
                        if !resolved.exact { q.confidence -= 0.1 }
                    } else if ref.entity == nil, let group = actors.group(ofUnnamed: written) {
                        q.group = group.id
                    }
                }
            } else {
                q.source = nil      // attributed ("they said"), to nobody the article names
            }
        }
        // A cue before the quote that opens a reported clause ("said he wants to strike the “…”", "said that …"):
        // the quoted words are part of what was said, not a term the cue's object merely names.
        let cueIndex = q.cue.flatMap { cue in before.spans.firstIndex { $0 == cue } }
        // (A time may stand between: "said Tuesday the group would honor …"; a verb that takes no object reports a clause
        // opening with a noun phrase too: "said the group would …", not "announced the end of …".)
        let reportedClause = cueIndex.map { k in
            var j = k + 1
            while j < before.count, NameVocabulary.weekdays.contains(before.words[j]) || ["on", "today", "yesterday", "earlier", "later"].contains(before.words[j]) { j += 1 }
            return j < before.count && (Self.clauseSubjects.contains(before.words[j])
                || (Self.clauseVerbs.contains(before.words[k]) && ["the", "a", "an", "his", "her", "their", "its"].contains(before.words[j])))
        } ?? false
        q.kind = classify(raw, s, content: content, strength: strength,
                          cueBefore: q.cue.map { $0.end <= raw.open && raw.open - $0.end <= 40 } ?? false,
                          attributedAfter: q.cue.map { $0.start >= closeEnd } ?? false, reportedClause: reportedClause)
        if q.kind == .scare {
            q.cue = nil; q.source = nil; q.speaker = nil; q.actor = nil; q.group = nil; q.via = nil
            q.entity = nil; q.speakerKind = nil; q.mention = nil; q.resolvedBy = nil
            q.confidence = 0.7
        }
        if !raw.closed { q.confidence = min(q.confidence, 0.5) }
        return q
    }

    /// The last sentence of the paragraph before the quote's, when the quote opens its paragraph.
    func previousParagraphEnd(_ raw: RawQuote, _ regions: [(span: TextSpan, headline: Bool)], _ sentences: [[TextSpan]]) -> TextSpan? {
        guard raw.firstRegion > 0, !regions[raw.firstRegion - 1].headline else { return nil }
        return sentences[raw.firstRegion - 1].last
    }

    // MARK: speakers

    /// Who a speaker phrase names: a person or organisation of the article (by name, surname, role or pronoun), an
    /// unnamed source as written ("a senior administration official"), or, when the phrase names nobody (a date, a
    /// place, a party tag, the end of a relative clause), the first person or organisation of the sentence before the
    /// cue: the subject of its reporting verb.
    func resolveSpeaker(_ w: Window, _ np: Range<Int>, _ s: [Unicode.Scalar], entities: ArticleEntities, quote: TextSpan,
                        quoted: [TextSpan], sentence: TextSpan, cue: TextSpan?, headline: Bool, possessive: Bool = false) -> SpeakerRef? {
        let span = TextSpan(w.spans[np.lowerBound].start, w.spans[np.upperBound - 1].end)
        let words = Array(w.words[np])
        func named(_ e: Int, _ by: ResolvedBy, _ mention: TextSpan) -> SpeakerRef {
            SpeakerRef(name: entities.name(e), entity: e, kind: entities.entities[e].kind, by: headline ? .headline : by, mention: mention)
        }
        // A phrase inside a relative clause ("Thune, who serves … as chairman of the Conference, added"): the speaker
        // is the name the clause hangs on.
        // (Not the clause's own subject: "the Obama administration, which he criticized as …" is his.)
        if let relative = w.words[..<np.lowerBound].lastIndex(where: { ["who", "whose", "which"].contains($0) }),
           relative > 0, w.flags[relative].contains(.commaBefore), !(w.words[relative] != "whose" && relative + 1 == np.lowerBound),
           let (e, full) = entities.entity(in: TextSpan(sentence.start, w.spans[relative].start)),
           entities.entities[e].kind == .person {
            let mention = entities.entities[e].mentions.last(where: { $0.end <= w.spans[relative].start }) ?? span
            return named(e, full ? .name : .surname, mention)
        }
        // An apposition ("John Rother, AARP’s policy chief, said"; "McConnell, R-Ky., asked"): the name before it.
        // (A pronoun is no apposition: "Of Obama, he said".)
        // (A person the appositive names as a possessor is whose relative or aide the speaker is: "Bridgett Floyd,
        // George Floyd's sister, said".)
        if np.lowerBound > 0, w.flags[np.lowerBound].contains(.commaBefore), !(words.count == 1 && AttributionCues.pronouns.contains(words[0])),
           let (e, full) = entities.entity(in: w.spans[np.lowerBound - 1]), entities.entities[e].kind == .person,
           entities.mentions(in: span).allSatisfy({ entities.entities[$0.entity].kind != .person || (Self.isPossessor($0.span, s) && $0.entity != e) }) {
            return named(e, full ? .name : .surname, w.spans[np.lowerBound - 1])
        }
        // A name in the phrase: a person at its end before an organisation ("The National Organization for Women
        // President Terry O'Neill"); an organisation only as the phrase's head ("a statement from the Democratic
        // committee"), not as a possessor ("AARP’s policy chief").
        // A person named as a modifier or possessor of the phrase's head ("Boehner lieutenant", "Clinton's
        // spokesman") is not the speaker.
        let named_ = entities.mentions(in: span).filter { m in
            // An organisation naming the kind of source that follows it ("One Facebook user", "an AARP official")
            // is not the speaker: the source is.
            if entities.entities[m.entity].kind == .organisation,
               let next = (np.lowerBound..<np.upperBound).first(where: { w.spans[$0].start >= m.span.end }),
               // (Capitalised too when it ends the phrase, its head: "Taliban Spokesman: …".)
               !w.capitalized[next] || next == np.upperBound - 1, !w.flags[next].contains(.commaBefore),
               NameVocabulary.unnamedHeads.contains(w.words[next]) || NameVocabulary.roles[w.words[next]] != nil
                   || (next == np.upperBound - 1 && NameVocabulary.describedPeople.contains(w.words[next]))    // "The GOP front-runner"
                   || (entities.isPlatform(m.entity) && Self.documents.contains(w.words[next])) {
                return false
            }
            guard entities.entities[m.entity].kind == .person else { return true }
            // Nor is one after a preposition that follows a source noun ("A lawyer for Mr. Grimm", "an aide to Ms.
            // Rice"): whose source it is.
            if let k = (np.lowerBound..<np.upperBound).last(where: { w.spans[$0].end <= m.span.start && !NameVocabulary.titles.contains(w.words[$0])
                    && !AttributionCues.titles.contains(w.words[$0]) }),
               ["for", "to", "of"].contains(w.words[k]), k > np.lowerBound,
               (np.lowerBound..<k).contains(where: { !w.capitalized[$0] && (NameVocabulary.unnamedHeads.contains(w.words[$0]) || NameVocabulary.roles[w.words[$0]] != nil) }) {
                // (A capitalised title with its office is the name's own: "US Secretary of State Antony Blinken".)
                return false
            }
            // A possessor is not the speaker ("Clinton's spokesman"), unless the phrase is the possessor alone, the
            // author of a remark ("Axelrod's comment that …").
            if !possessive, Self.isPossessor(m.span, s) { return false }
            guard let next = (np.lowerBound..<np.upperBound).first(where: { w.spans[$0].start >= m.span.end }) else { return true }
            let titled = w.titleCase && (NameVocabulary.roles[w.words[next]] != nil || NameVocabulary.unnamedHeads.contains(w.words[next]))
            let modifier = (!w.capitalized[next] || titled) && !w.flags[next].contains(.commaBefore) && w.words[next].first?.isLetter == true
                && !QuoteSelection.functionWords.contains(w.words[next]) && !["himself", "herself", "jr", "sr"].contains(w.words[next])
                && !AttributionCues.adverbs.contains(w.words[next]) && !w.words[next].hasSuffix("ly")
            return !modifier
        }
        if let person = named_.last(where: { entities.entities[$0.entity].kind == .person }) {
            return named(person.entity, person.full ? .name : .surname, person.span)
        }
        // A role followed by the name in apposition: "said the spokesman, Nick Merrill".
        if np.upperBound < w.count, w.flags[np.upperBound].contains(.commaBefore),
           !AttributionCues.pronouns.contains(words.last ?? ""),
           let m = entities.mentions(in: TextSpan(w.spans[np.upperBound].start, w.spans[min(w.count, np.upperBound + 4) - 1].end))
               .first(where: { entities.entities[$0.entity].kind == .person }),
           (np.upperBound..<w.count).prefix(while: { w.spans[$0].end <= m.span.start }).allSatisfy({ w.capitalized[$0] }) {
            return named(m.entity, m.full ? .name : .surname, m.span)
        }
        if let org = named_.last, org.span.end >= span.end - 1 || np.count <= 2 {
            return named(org.entity, .name, org.span)
        }
        if words == ["it"] || words == ["they"] {
            // An organisation that speaks as "it" or "they", or two people as "they"; else nobody in particular.
            return entities.subject(forPronoun: words[0], before: span.start, in: s, excluding: quoted).map { named($0, .pronoun, span) }
        }
        if words.count == 1, let gender = NameVocabulary.pronounGender[words[0]] {
            guard gender != nil else { return nil }
            return entities.person(forPronoun: words[0], before: span.start, excluding: quoted).map { named($0, .pronoun, span) }
        }
        // "his father": the relative of that person the article names.
        if words.count == 2, NameVocabulary.pronounGender[words[0]] != nil,
           let e = entities.relative(words[0], words[1], before: span.start, excluding: quoted) {
            return named(e, .role, span)
        }
        // A headline comes before everyone it names: its roles are read against the whole article.
        var roleWords = Self.roleBeforeOf(words).map { Array(words[...$0]) } ?? words
        // A headline writes no article and qualifies a role by the organisation or place it serves ("Taliban
        // Spokesman", "Former NY governor"): those names are the role's qualifiers.
        if headline, roleWords.count >= 2, NameVocabulary.roles[roleWords.last!] != nil {
            let qualifiers = np.lowerBound..<(np.lowerBound + roleWords.count - 1)
            if qualifiers.allSatisfy({ i in ["former", "then", "new", "top", "acting", "interim"].contains(w.words[i])
                    || entities.isPlace(w.spans[i]) || entities.mentions(in: w.spans[i]).contains(where: { entities.entities[$0.entity].kind == .organisation })
                    || (w.words[i].count <= 3 && String(String.UnicodeScalarView(s[w.spans[i].start..<w.spans[i].end])).allSatisfy { $0.isUppercase || $0 == "." }) }) {
                roleWords = ["the", roleWords.last!]
            }
        }
        if let e = headline ? entities.firstPerson(forRole: roleWords, after: sentence.end) : entities.person(forRole: roleWords, before: span.start, excluding: quoted) {
            return named(e, .role, span)
        }
        // A definite description of someone just named ("the Mexican-born journalist told …").
        if let e = entities.person(forDescription: words, before: span.start, in: s, excluding: quoted) {
            return named(e, .role, span)
        }
        // "the hospital", "the agency": the organisation of that kind named last.
        if words.count == 2, words[0] == "the", let e = entities.organisation(forNoun: words[1], before: span.start) {
            return named(e, .role, span)
        }
        if let e = entities.organisation(forDescription: words, before: span.start, in: s, excluding: quoted) {
            return named(e, .role, span)
        }
        // A demonym names nobody ("Muslim"); in the plural it names a group that speaks ("the Russians").
        let invalid = words.allSatisfy { NameVocabulary.weekdays.contains($0) || NameVocabulary.months.contains($0)
            || (NameVocabulary.demonyms.contains($0) && !$0.hasSuffix("s")) || QuoteSelection.functionWords.contains($0) || $0.first?.isNumber == true }
        // A writing speaks for its author ("Clinton's statement said", "Over at Big Government, a post … provides"):
        // the first person or organisation of the sentence before the cue, else the writing as written.
        // A writing named earlier ("a letter from Peter Welch … The letter says") speaks for the author named there.
        // (The writing heads the phrase when a participle follows it: "a post accompanying the video says".)
        // (… or "from" or "by" its author: "a Facebook post from the WTF Files".)
        let documentHead = words.indices.dropLast().first(where: { Self.isWriting(words[$0]) && (words[$0 + 1].hasSuffix("ing") || ["from", "by"].contains(words[$0 + 1])) })
            .map { words[$0] } ?? words.last
        if let head = documentHead, Self.isWriting(head) {
            // Its author after "from" or "by" ("a Facebook post from the WTF Files"), as the article names it or writes it.
            if let k = words.indices.dropFirst().first(where: { ["from", "by"].contains(words[$0]) && Self.isWriting(words[$0 - 1]) }), k + 1 < words.count {
                let author = (np.lowerBound + k + 1)..<np.upperBound
                let written = author.drop { ["the", "a", "an"].contains(w.words[$0]) }
                let authorSpan = TextSpan(w.spans[author.lowerBound].start, w.spans[author.upperBound - 1].end)
                // (A name the article knows, unless it is only part of the author's: "the WTF Files" is not "WTF".)
                if let m = entities.mentions(in: authorSpan).last(where: { !entities.isPlatform($0.entity) }),
                   written.isEmpty || !written.allSatisfy({ w.capitalized[$0] }) || m.span.end >= w.spans[written.upperBound - 1].end {
                    return named(m.entity, m.full ? .name : .surname, m.span)
                }
                if !written.isEmpty, written.allSatisfy({ w.capitalized[$0] }) {
                    return SpeakerRef(name: speakerName(w, written.lowerBound..<written.upperBound, s), entity: nil, kind: nil, by: nil, mention: span)
                }
            }
            // Its possessor wrote it ("Trump’s account tweeted", "Clinton's statement said").
            if let owner = entities.mentions(in: span).last(where: { Self.isPossessor($0.span, s) && !entities.isPlatform($0.entity) }) {
                return named(owner.entity, owner.full ? .name : .surname, owner.span)
            }
            if let e = entities.firstAuthor(from: sentence.start, to: max(cue?.start ?? span.start, span.end), excluding: quoted) {
                return named(e, .name, span)
            }
            if words.first == "the", let e = entities.author(ofDocument: head, before: span.start, in: s) {
                return named(e, .name, span)
            }
            if words.first == "the", let author = describedAuthor(ofDocument: head, before: span.start, s, entities: entities) {
                return author
            }
        }
        // A description the article ties to a name ("a top Chinese health official …. The official, George Gao, …").
        if !possessive, let e = entities.person(describedAs: words) {
            return named(e, .role, span)
        }
        // An unnamed source: a phrase with a source noun ("a senior administration official") or ending in a role
        // ("Iraq’s foreign minister").
        // The source noun heads the phrase: it ends it or a prepositional phrase follows it ("an aide to Ms. Rice",
        // "officials at the agency"); inside a compound or before an object it is not who spoke ("advance
        // unsupported voter fraud claims", "know people's vaccination status").
        let headsPhrase = words.indices.contains { i in
            NameVocabulary.unnamedHeads.contains(words[i])
                && (i == words.count - 1 || Self.postmodifiers.contains(words[i + 1]) || words[i + 1].hasSuffix("ing")
                    || (words[i + 1].hasSuffix("ed") && i + 2 < words.count && Self.postmodifiers.contains(words[i + 2])))   // "an official briefed on"
        }
        let organisationKind = words.first == "the" && NameVocabulary.isOrganisationKind(words.last ?? "")
        if !invalid, headsPhrase || organisationKind || NameVocabulary.roles[words.last ?? ""] != nil || Self.roleBeforeOf(words) != nil {
            let written = speakerName(w, np, s)
            return SpeakerRef(name: written, entity: nil, kind: nil, by: nil, mention: span)
        }
        // A name the article never writes in full ("Lamb said"): the speaker as written.
        let nameWords = words.drop { ["the", "a", "an"].contains($0) }
        if !nameWords.isEmpty, nameWords.count <= 4, (np.upperBound - nameWords.count..<np.upperBound).allSatisfy({ w.capitalized[$0] }),
           !invalid, !entities.isPlace(w.spans[np.upperBound - 1]),
           !nameWords.contains(where: { NameVocabulary.titles.contains($0) || NameVocabulary.placeHeads.contains($0)
               || ["r-", "d-", "i-"].contains(where: $0.hasPrefix) }) {
            return SpeakerRef(name: speakerName(w, np, s), entity: nil, kind: nil, by: nil, mention: span)
        }
        // The phrase names no one: the subject of the reporting verb, the first name of the sentence before the cue.
        let end = cue?.start ?? span.start
        if let e = entities.firstEntity(from: sentence.start, to: max(end, span.end), excluding: quoted) {
            return named(e, .name, span)
        }
        return nil
    }

    // MARK: kinds

    func classify(_ raw: RawQuote, _ s: [Unicode.Scalar], content: Window, strength: AttributionStrength,
                  cueBefore: Bool = false, attributedAfter: Bool = false, reportedClause: Bool = false) -> QuoteKind {
        let words = content.count
        guard words > 0 else { return .scare }
        let regionStart = 0
        var j = raw.open - raw.openWidth
        while j >= regionStart, Whitespace.isSpace(s[j]), s[j] != "\n" { j -= 1 }
        let previous: Unicode.Scalar? = j >= 0 && s[j] != "\n" ? s[j] : nil
        var k = raw.closed ? raw.close + raw.closeWidth : raw.close
        while k < s.count, Whitespace.isSpace(s[k]), s[k] != "\n" { k += 1 }
        let next: Unicode.Scalar? = k < s.count ? s[k] : nil
        let first = s[content.spans[0].start]
        // (After an article the quotation is a noun phrase, whatever its capital: "as a “Brooklyn race hustler”".)
        let afterArticle = wordBefore(raw.open - raw.openWidth, s).map { ["a", "an", "the"].contains($0) } ?? false
        let startsSentence = first.properties.isUppercase || first.properties.numericType != nil
            || s[raw.open + 1] == "." || s[raw.open + 1] == "\u{2026}" || s[raw.open + 1] == "["
        let standalone = previous.map { ":,.;!?—–-(\u{201C}\u{201D}\u{2019}\"".unicodeScalars.contains($0) } ?? true
        let lastContent = s[max(raw.open + 1, raw.close - 1)]
        let terminal = ".,!?;:\u{2026}".unicodeScalars.contains(lastContent)

        // The sentence goes on after the quote in the outlet's words: the quote is part of the outlet's sentence.
        let continues = !attributedAfter && (next.map { $0.properties.isLowercase } ?? false) && !terminal

        if raw.inHeadline { return words <= 4 ? (strength == .none ? .scare : .partial) : .direct }
        // Quoted words that something in their sentence attributes are someone's words, however few: a scare quote is
        // one nothing attributes.
        if words <= 4 && strength == .none && !(standalone && startsSentence && terminal) { return .scare }
        // A short term that a distant cue's clause merely names ("announced … the end of the “combat mission”"): the
        // outlet's distance, not a quotation.
        // Unless a verb follows it: then the term is the subject of the reported clause ("He said the threat of the
        // “occasional deranged person” should not change that").
        if words <= 4, strength == .sentence, !startsSentence, !reportedClause, let word = wordBefore(raw.open - raw.openWidth, s),
           Self.termIntroducers.contains(word), !Self.auxiliaries.contains(wordAfter(k, s) ?? "") { return .scare }
        // "a so-called “apology tour”": the writer holds the words at a distance, whoever said them.
        if words <= 4, !startsSentence, soCalled(before: raw.open - raw.openWidth, s) { return .scare }
        if continues && words < 12 { return .partial }
        if standalone && (startsSentence || previous == ":") { return .direct }
        if cueBefore && startsSentence && !afterArticle && strength == .adjacent && words >= 3 { return .direct }
        if standalone && words >= 6 && terminal { return .direct }
        return .partial
    }

    /// How far before and after a quotation its attribution is read, in scalars.
    static let attributionReach = 1_500

    /// Words that, right after a reporting verb, open the clause it reports ("said he …", "said that …").
    static let clauseSubjects: Set<String> = ["that", "he", "she", "they", "we", "i", "it"]

    /// Reporting verbs that take a clause, never a noun phrase, as their object: a determiner after them opens the
    /// reported clause's subject ("said the group would …").
    static let clauseVerbs: Set<String> = ["said", "says", "say", "added", "adds", "argued", "argues", "insisted", "insists",
                                           "claimed", "claims", "contended", "contends", "maintained", "maintains", "asserted",
                                           "asserts", "noted", "notes", "warned", "warns", "explained", "explains"]

    /// Words after which a short quoted term is named rather than quoted (“the end of the “combat mission””).
    static let termIntroducers: Set<String> = ["the", "of"]

    /// Verbs that open a clause's predicate right after its subject.
    static let auxiliaries: Set<String> = ["should", "would", "will", "could", "can", "may", "might", "must", "is", "was",
                                           "are", "were", "has", "had", "have", "does", "did", "remains", "remained"]

    /// The lower-cased word that starts at or after `index` (letters and apostrophes), if the sentence goes on.
    func wordAfter(_ index: Int, _ s: [Unicode.Scalar]) -> String? {
        var i = index
        while i < s.count, s[i] == " " { i += 1 }
        var word = ""
        while i < s.count, s[i].properties.isAlphabetic || s[i] == "'" { word.unicodeScalars.append(s[i]); i += 1 }
        return word.isEmpty ? nil : word.lowercased()
    }

    /// Whether "so-called" (or "so called") ends just before `index`, skipping spaces.
    func soCalled(before index: Int, _ s: [Unicode.Scalar]) -> Bool {
        var end = index
        while end >= 0, Whitespace.isSpace(s[end]) { end -= 1 }
        let phrase = Array("so-called".unicodeScalars)
        guard end + 1 >= phrase.count else { return false }
        let written = s[(end + 1 - phrase.count)...end].map { $0 == " " ? "-" : $0.properties.lowercaseMapping }
        let starts = end + 1 - phrase.count
        return written == phrase.map { String($0) } && (starts == 0 || !s[starts - 1].properties.isAlphabetic)
    }

    /// The word (folded) that ends just before `index`, skipping spaces.
    func wordBefore(_ index: Int, _ s: [Unicode.Scalar]) -> String? {
        var end = index
        while end >= 0, Whitespace.isSpace(s[end]) { end -= 1 }
        guard end >= 0, s[end].properties.isAlphabetic else { return nil }
        var start = end
        while start > 0, s[start - 1].properties.isAlphabetic { start -= 1 }
        return String(String.UnicodeScalarView(s[start...end])).lowercased()
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
            // (A writing after a name or a determiner is a noun: "said a June 2 Facebook post from the WTF Files".)
            let writing = Self.isWriting(w.words[end]) && end > start && (w.capitalized[end - 1] || AttributionCues.nounMarkers.contains(w.words[end - 1]))
            if AttributionCues.verbs.contains(w.words[end]) && end > start && !writing { break }
            end += 1
        }
        return start..<end
    }

    /// The speaker phrase that ends just before a cue, skipping adverbs ("also"), appositives ("X, a spokesperson for
    /// Y, said") and relative pronouns ("officials who said").
    func backwardNounPhrase(_ w: Window, before cue: Int, lowerBound: Int) -> Range<Int> {
        var end = cue
        // (Modals and negation sit there too: "CNN shouldn't have called", "the network should not have called".)
        let auxiliaries: Set<String> = ["should", "could", "can", "may", "might", "must", "did", "does", "do", "not", "never"]
        while end > lowerBound, AttributionCues.adverbs.contains(w.words[end - 1]) || auxiliaries.contains(w.words[end - 1])
                || (w.words[end - 1].hasSuffix("n't") && w.words[end - 1].count > 3) { end -= 1 }
        if end > lowerBound, ["who", "that", "which"].contains(w.words[end - 1]) { end -= 1 }
        guard end > lowerBound else { return end..<end }
        // An appositive is closed by a comma before the cue: "X, a spokesperson for Y, said".
        let appositiveAllowed = end < w.count && w.flags[end].contains(.commaBefore)
        if AttributionCues.pronouns.contains(w.words[end - 1]) { return (end - 1)..<end }
        if appositiveAllowed, let name = nameBeforeAppositive(w, end: end, lowerBound: lowerBound) { return name }
        // A parenthetical phrase between the subject and the cue ("The president, without offering specifics, said"):
        // the subject is before it.
        if appositiveAllowed, let open = (lowerBound..<end).last(where: { w.flags[$0].contains(.commaBefore) }), open > lowerBound,
           Self.parentheticalOpeners.contains(w.words[open]) || (w.words[open].hasSuffix("ing") && w.words[open].count > 5 && !w.capitalized[open]),
           !(open..<end).contains(where: { w.boundary($0, [.clauseBefore, .sentenceBefore]) }) {
            let subject = backwardNounPhrase(w, before: open, lowerBound: lowerBound)
            if !subject.isEmpty, subject.contains(where: { w.capitalized[$0] || NameVocabulary.roles[w.words[$0]] != nil
                || NameVocabulary.unnamedHeads.contains(w.words[$0]) || AttributionCues.pronouns.contains(w.words[$0]) }) { return subject }
        }
        // A source noun with a prepositional phrase after it ("A blogger on the Web site Freedom’s Lighthouse said"):
        // the phrase runs back over the preposition to the noun it modifies.
        func modifiesSource(_ k: Int) -> Bool {
            k - 1 >= lowerBound && Self.postmodifiers.contains(w.words[k]) && !w.capitalized[k - 1]
                && NameVocabulary.unnamedHeads.contains(w.words[k - 1]) && !Self.documents.contains(w.words[k - 1])
        }
        let stops: Set<String> = ["that", "which", "whom", "what", "and", "but", "though", "although", "while", "when", "as", "because", "after", "before", "if", "said",
                                  "is", "was", "were", "are", "has", "have", "had", "will", "would", "to", "in", "on",
                                  "at", "with", "by", "than", "also"]
        var start = end
        while start > lowerBound, end - start < 10 {
            let word = w.words[start - 1]
            // A capitalised word inside a run of them is part of a name ("Missouri State Highway Patrol"), not a verb.
            let inName = w.capitalized[start - 1] && start - 1 > lowerBound && w.capitalized[start - 2]
                && !w.boundary(start - 1, [.commaBefore, .clauseBefore, .sentenceBefore])
            // (After "of" or a determiner a speech verb's form is a noun: "The secretary of state said", "the tweets
            // read", as `isCue` reads it.)
            let noun = start - 1 > lowerBound && (w.words[start - 2] == "of" || Window.possessed(w, start - 1)
                || AttributionCues.nounMarkers.contains(w.words[start - 2]))
            if !inName, !noun, (AttributionCues.verbs.contains(word) && !w.modifiesSourceNoun(start - 1)) || AttributionCues.reportVerbs.contains(word) { break }
            // A past verb before its object's determiner ("the campaign released a statement from her doctor").
            if word.hasSuffix("ed"), !w.capitalized[start - 1], start < end,
               ["a", "an", "the", "his", "her", "their", "its"].contains(w.words[start]) { break }
            // "and", "of" and "for" between capitalised words belong to a name ("the U.S. Fish and Wildlife Service").
            let joinsName = ["and", "of", "for", "&"].contains(word) && start < end && w.capitalized[start]
                && start - 2 >= lowerBound && w.capitalized[start - 2]
            // "the actor and activist said": two nouns under one determiner.
            func describes(_ k: Int) -> Bool {
                NameVocabulary.describedPeople.contains(w.words[k]) || NameVocabulary.roles[w.words[k]] != nil
                    || NameVocabulary.unnamedHeads.contains(w.words[k])
            }
            let coordinated = word == "and" && start < end && describes(start) && start - 2 >= lowerBound && describes(start - 2)
                && !w.capitalized[start - 2] && ["the", "a", "an"].contains(w.words[max(lowerBound, start - 3)])
            if stops.contains(word) && !(start < end && w.capitalized[start - 1]) && !joinsName && !coordinated
                && !(start < end && modifiesSource(start - 1)) { break }
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
        // Trim leading conjunctions and words that cannot start a speaker phrase ("After Biden said …").
        while start < end, ["and", "but", "so", "then"].contains(w.words[start])
                || (start + 1 < end && NameVocabulary.sentenceOpeners.contains(w.words[start])) { start += 1 }
        return start..<end
    }

    /// Words that open a parenthetical phrase set off by commas between a subject and its verb ("without offering
    /// specifics", "in a statement", "however").
    static let parentheticalOpeners: Set<String> = ["without", "in", "at", "on", "during", "after", "before", "despite", "amid",
                                                    "with", "however", "meanwhile", "though", "too", "like", "unlike", "for"]

    /// A name written as a possessor: "'s" or "’s" right after it ("Clinton's spokesman", "Trump’s account").
    static func isPossessor(_ span: TextSpan, _ s: [Unicode.Scalar]) -> Bool {
        span.end + 1 < s.count && (s[span.end] == "'" || s[span.end] == "\u{2019}") && s[span.end + 1] == "s"
    }

    /// The phrase at token `t` is the object of a preposition (articles aside): "to Congress", "on a hot mic", "in the
    /// Senate". Such a phrase is not the subject of a verb after it.
    func isPrepositionObject(_ w: Window, _ t: Int) -> Bool {
        var k = t - 1
        while k >= 0, ["the", "a", "an"].contains(w.words[k]) { k -= 1 }
        return k >= 0 && Self.objectPrepositions.contains(w.words[k])
    }

    static let objectPrepositions: Set<String> = ["on", "in", "at", "from", "with", "to", "by", "for", "into", "about", "of",
                                                  "against", "via", "through", "over", "under", "during", "near"]

    /// The subject of a sentence whose reporting verb at `cue` has none of its own (a participle, an infinitive, a
    /// second verb): the person or organisation it first names, else a role or unnamed phrase that opens it ("The
    /// secretary tried to explain that …").
    func subjectPhrase(_ w: Window, before cue: Int, _ s: [Unicode.Scalar], entities: ArticleEntities, sentenceStart: Int, quoted: [TextSpan]) -> Range<Int>? {
        // A phrase that opens the sentence before the subject ("In brief remarks after meeting with President
        // Komorowski, Mr. Obama …") names no subject: the clause starts after its comma.
        var from = sentenceStart
        if cue > 0, Self.openingPrepositions.contains(w.words[0]) || (w.words[0] == "even" && cue > 1 && Self.openingPrepositions.contains(w.words[1])),
           let comma = (1..<cue).first(where: { w.flags[$0].contains(.commaBefore) }), comma + 1 < cue {
            from = w.spans[comma].start
        }
        // A clause after a colon or semicolon has its own subject ("The evening began in a familiar fashion: Demonstrators
        // marched … and chanted").
        var open = 0
        if cue > 1, let k = (1..<cue).last(where: { w.flags[$0].contains(.clauseBefore) && !w.flags[$0].contains(.sentenceBefore) }),
           w.spans[k].start > from, case let mark = w.spans[k - 1].end..<w.spans[k].start,
           (mark.contains { s[$0] == ":" } && w.capitalized[k]) || mark.contains(where: { s[$0] == ";" }) {
            from = w.spans[k].start
            open = k
        }
        // So does a clause joined by ", and" that opens with a name ("An executive from Apple … called Ms. Brewer …, and
        // W. Douglas Parker, chairman …, sent her a letter citing …").
        if cue > 2, let k = (1..<(cue - 1)).last(where: { w.words[$0] == "and" && w.flags[$0].contains(.commaBefore) && w.capitalized[$0 + 1] }),
           w.spans[k + 1].start > from {
            from = w.spans[k + 1].start
            open = k + 1
        }
        open = max(open, w.spans.firstIndex(where: { $0.start >= from }) ?? open)
        // The sentence opens with its subject, a name the article writes with capitals inside its sentences too but has
        // no entity for ("Pfizer took to Twitter to share the news, writing: …"): a name later in the sentence (the
        // platform, the place) is not it.
        if cue > 1, w.spans[0].start >= from, w.capitalized[0], !QuoteSelection.functionWords.contains(w.words[0]),
           !Self.openingPrepositions.contains(w.words[0]), !NameVocabulary.sentenceOpeners.contains(w.words[0]) {
            var e = 0
            while e < cue, e < 4, w.capitalized[e], e == 0 || !w.boundary(e, [.commaBefore, .clauseBefore, .sentenceBefore]) { e += 1 }
            // (A number after an abbreviation goes on with it: "The No. 3 Republican in the House said".)
            if e < cue, !w.capitalized[e], !["of", "and", "'s", "\u{2019}s"].contains(w.words[e]), !w.boundary(e, [.commaBefore, .clauseBefore]),
               !(w.words[e].first?.isNumber == true && s[w.spans[e - 1].end] == "."),
               (0..<e).allSatisfy({ entities.properWords.contains(w.words[$0]) }),
               entities.firstMention(from: w.spans[0].start, to: w.spans[e - 1].end, excluding: quoted) == nil,
               !entities.isPlace(w.spans[e - 1]), !isTime(w, 0..<e),
               let mention = entities.firstMention(from: w.spans[e].start, to: w.spans[cue].start, excluding: quoted),
               mention.start > w.spans[e].start {
                return 0..<e
            }
        }
        // An indefinite description of a group that opens the clause before anyone is named is its subject, and names
        // after its verb are objects ("A group of 64 House Democrats pressed Senate Minority Leader Mitch McConnell …,
        // arguing").
        if let o = w.spans.firstIndex(where: { $0.start >= from }), o < cue,
           ["a", "an", "some", "several", "dozens", "hundreds", "thousands", "many"].contains(w.words[o]) || w.words[o].first?.isNumber == true,
           let head = (o + 1..<min(cue, o + 3)).first(where: { NameVocabulary.unnamedHeads.contains(w.words[$0]) && !w.capitalized[$0] }),
           !(o + 1...head).contains(where: { w.boundary($0, [.commaBefore, .clauseBefore, .sentenceBefore]) }),
           entities.firstMention(from: w.spans[o].start, to: w.spans[head].end, excluding: quoted) == nil {
            var end = head + 1
            if end + 1 < cue, ["of", "for", "from", "at", "with"].contains(w.words[end]) {
                var k = end + 1
                while k < cue, k - end <= 5, w.capitalized[k] || w.words[k].first?.isNumber == true || NameVocabulary.unnamedHeads.contains(w.words[k])
                        || ["the", "top", "senior"].contains(w.words[k]), !w.boundary(k, [.commaBefore, .clauseBefore, .sentenceBefore]) { k += 1 }
                if k > end + 1, w.capitalized[k - 1] || NameVocabulary.unnamedHeads.contains(w.words[k - 1]) { end = k }
            }
            return o..<end
        }
        // A clause that opens with a pronoun has it as its subject; the names after its verb are objects ("He accused
        // Obama of …, saying").
        // (Not across a "that" clause, whose own subject the cue may have: "He confirmed that Paul Ryan called him and
        // told him to …".)
        if open < cue, ["he", "she", "they"].contains(w.words[open]), open == 0 || w.spans[open].start >= from,
           !w.words[(open + 1)..<cue].contains("that") {
            return open..<(open + 1)
        }
        // The object of a preposition is not the subject ("The congressman … joked about the incident on Twitter, asking").
        var first = entities.firstMention(from: from, to: w.spans[cue].start, excluding: quoted)
        while let m = first, let t = w.spans.firstIndex(where: { $0.start == m.start }), t > 0, isPrepositionObject(w, t) {
            first = entities.firstMention(from: m.end, to: w.spans[cue].start, excluding: quoted)
        }
        if var subject = first {
            // A name that modifies the next one is not the subject: "AARP CEO Barry Rand" is Rand, "Wikileaks
            // publisher Julian Assange" is Assange.
            while let next = entities.firstMention(from: subject.end + 1, to: w.spans[cue].start, excluding: quoted),
                  let gap = w.spans.firstIndex(where: { $0.start >= subject.end }),
                  (gap..<cue).prefix(while: { w.spans[$0].end <= next.start }).allSatisfy({
                      (w.capitalized[$0] || NameVocabulary.roles[w.words[$0]] != nil) && !w.flags[$0].contains(.commaBefore) }),
                  !w.flags[gap].contains(.commaBefore) {
                subject = next
            }
            let words = (0..<cue).filter { subject.contains(w.spans[$0]) }
            if let first = words.first, let last = words.last {
                // A name before the description it modifies ("The GOP front-runner, who …"): the description, with its
                // determiner, is the subject.
                if let head = ((last + 1)..<min(cue, last + 3)).first(where: { NameVocabulary.describedPeople.contains(w.words[$0])
                       || NameVocabulary.unnamedHeads.contains(w.words[$0]) || NameVocabulary.roles[w.words[$0]] != nil }),
                   entities.mentions(in: subject).contains(where: { entities.entities[$0.entity].kind == .organisation }),
                   head + 1 >= cue || !w.capitalized[head + 1],     // (not a title before a name: "news analyst Nicholas Fondacaro")
                   ((last + 1)...head).allSatisfy({ !w.capitalized[$0] && !w.flags[$0].contains(.commaBefore)
                       && !AttributionCues.verbs.contains(w.words[$0]) && !QuoteSelection.functionWords.contains(w.words[$0]) }) {
                    return (first > 0 && w.words[first - 1] == "the" ? first - 1 : first)..<(head + 1)
                }
                return first..<(last + 1)
            }
        }
        // "She went on to say that …": a pronoun opening the sentence, or its clause after an opening phrase ("On
        // Tuesday he repeated his apology, calling it …").
        if cue > 0, ["he", "she", "they"].contains(w.words[0]) { return 0..<1 }
        if cue > 1, let k = (max(1, open)..<max(max(1, open), min(cue, open + 6))).first(where: { ["he", "she", "they"].contains(w.words[$0]) }),
           !["to", "for", "with", "of", "by", "about", "than", "that"].contains(w.words[k - 1]) {
            return k..<(k + 1)
        }
        // A definite description that opens the clause, its head a role or source noun after up to five modifiers ("The
        // presumptive Republican presidential nominee went so far as to say").
        if let open = w.spans.firstIndex(where: { $0.start >= from }), open + 1 < cue, w.words[open] == "the" {
            var k = open + 1
            while k < cue, k - open <= 6, !w.boundary(k, [.commaBefore, .clauseBefore, .sentenceBefore]),
                  !AttributionCues.verbs.contains(w.words[k]), !QuoteExtractor.auxiliaries.contains(w.words[k]) {
                let head = { (i: Int) in NameVocabulary.roles[w.words[i]] != nil || NameVocabulary.unnamedHeads.contains(w.words[i]) }
                if head(k), k + 1 >= cue || !head(k + 1) { return open..<(k + 1) }
                k += 1
            }
        }
        var end = open
        while end < cue, end - open < 5, ["the", "a", "an"].contains(w.words[end]) || w.capitalized[end]
                || NameVocabulary.roles[w.words[end]] != nil || NameVocabulary.unnamedHeads.contains(w.words[end]) {
            end += 1
            if end < cue, w.boundary(end, [.commaBefore, .clauseBefore, .sentenceBefore]) { break }
        }
        let phrase = open..<end
        // (A number after an abbreviation goes on with it: "The No. 3 Republican …".)
        guard !phrase.isEmpty, end >= cue || !(w.words[end].first?.isNumber == true && s[w.spans[end - 1].end] == ".") else { return nil }
        if phrase.contains(where: { NameVocabulary.roles[w.words[$0]] != nil || NameVocabulary.unnamedHeads.contains(w.words[$0]) }) {
            return phrase
        }
        // A name the article writes with a capital inside its sentences too ("Mediaite, in a response …, argues:").
        if phrase.allSatisfy({ w.capitalized[$0] && entities.properWords.contains(w.words[$0]) }), !entities.isPlace(w.spans[phrase.upperBound - 1]) {
            return phrase
        }
        return nil
    }

    /// Nouns for what someone said back ("His response: “…”").
    static let answers: Set<String> = ["response", "reply", "answer", "retort", "reaction", "explanation", "message", "words",
                                       "verdict", "advice", "assessment", "conclusion"]

    /// Remarks that ask for something: "X's call for a “…”".
    static let requestNouns: Set<String> = ["call", "calls", "plea", "pleas", "appeal", "appeals", "demand", "demands", "request", "requests"]

    /// Nouns for a remark that a possessive names the author of ("Axelrod's comment that …").
    static let remarks: Set<String> = ["comment", "comments", "remark", "remarks", "claim", "claims", "statement",
                                       "assertion", "opinion", "view", "suggestion", "charge", "accusation", "warning",
                                       "argument", "contention", "insistence", "complaint", "prediction", "promise",
                                       "assertions", "suggestions", "charges", "accusations", "warnings", "arguments",
                                       "complaints", "predictions", "promises", "pledge", "vow", "plea", "appeal", "demand", "threat",
                                       "call", "calls", "pleas", "appeals", "demands", "request", "requests"]

    /// The name that word `i` ends as a possessive ("David Axelrod's", "Suthers'"), without the "'s".
    func possessor(_ w: Window, _ index: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        let i = index > 0 && ["'s", "\u{2019}s"].contains(w.words[index]) ? index - 1 : index
        guard i >= 0, w.capitalized[i] else { return nil }
        let end = w.spans[i].end
        let possessive = i < index || w.words[i].hasSuffix("'s") || w.words[i].hasSuffix("\u{2019}s")
            || (i + 1 < w.count && ["'s", "\u{2019}s"].contains(w.words[i + 1]) && w.spans[i + 1].start == end)
            || (w.words[i].hasSuffix("s") && end < s.count && (s[end] == "'" || s[end] == "\u{2019}"))
        guard possessive else { return nil }
        var start = i
        while start > 0, w.capitalized[start - 1], !w.boundary(start, [.commaBefore, .clauseBefore, .sentenceBefore]) { start -= 1 }
        return start..<(i + 1)
    }

    /// Words that open a phrase set before a sentence's subject ("In brief remarks …, Mr. Obama said").
    static let openingPrepositions: Set<String> = ["in", "after", "before", "during", "at", "on", "following", "despite",
                                                   "since", "with", "without", "while", "when", "as", "unlike", "like",
                                                   "amid", "under", "for", "from", "upon", "speaking", "asked", "responding"]

    /// A phrase that can name a speaker by itself: a name, a pronoun, a role or an unnamed source ("one blogger").
    /// A phrase that ends in a weekday not set after a name ("Tuesday", "late Tuesday"; not "Obama Tuesday") names a
    /// time, never a speaker ("released a statement late Tuesday saying").
    func isTime(_ w: Window, _ np: Range<Int>) -> Bool {
        let head = np.upperBound - 1
        if NameVocabulary.weekdays.contains(w.words[head]) && (np.count == 1 || !w.capitalized[head - 1]) { return true }
        // A month after a preposition of time ("announced in October, said …"); alone, "May" may be a name.
        return np.count == 1 && NameVocabulary.months.contains(w.words[head]) && np.lowerBound > 0
            && ["in", "on", "since", "until", "by", "last", "this", "next", "early", "late", "mid", "during"].contains(w.words[np.lowerBound - 1])
    }

    func speakerLike(_ w: Window, _ np: Range<Int>) -> Bool {
        let head = np.upperBound - 1
        if isTime(w, np) { return false }
        return w.capitalized[head] || AttributionCues.pronouns.contains(w.words[head]) || NameVocabulary.roles[w.words[head]] != nil
            || (NameVocabulary.unnamedHeads.contains(w.words[head]) && !Self.documents.contains(w.words[head]))
            || (w.words[np.lowerBound] == "the" && NameVocabulary.isOrganisationKind(w.words[head]))   // "the drugmaker"
            || (w.words[np.lowerBound] == "the" && np.count >= 2 && NameVocabulary.describedPeople.contains(w.words[head]))  // "the presidential hopeful"
            || Self.roleBeforeOf(Array(w.words[np])) != nil
    }

    /// In a role with its office after "of" ("the secretary of state", "Georgia's minister of defense"), where the role
    /// noun is: the phrase's head.
    static func roleBeforeOf(_ words: [String]) -> Int? {
        guard let i = words.indices.dropLast().first(where: { NameVocabulary.roles[words[$0]] != nil && words[$0 + 1] == "of" }),
              words.count - i <= 5,
              // (Not when the office is a possessor: "the former secretary of state’s campaign" is the campaign.)
              !words[(i + 1)...].contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") || $0 == "'s" || $0 == "\u{2019}s" })
        else { return nil }
        return i
    }

    /// Words that open a phrase after its head noun ("officials at the agency", "a group of senators").
    static let postmodifiers: Set<String> = ["of", "at", "in", "for", "from", "with", "to", "on", "close", "familiar",
                                             "who", "that", "briefed", "involved", "speaking", "and"]

    /// Verbs of asking that take a clause in the bare form ("asked that she agree").
    static let requests: Set<String> = ["asked", "asks", "urged", "urges", "demanded", "demands", "requested", "requests",
                                        "insisted", "insists", "proposed", "proposes", "recommended", "recommends"]

    /// Cues that report a belief rather than words.
    static let beliefs: Set<String> = ["believe", "believes", "believed", "think", "thinks", "thought", "viewed", "regard",
                                       "regards", "regarded"]

    /// Unnamed heads that are writings, not people: their author is the speaker.
    /// A writing's noun, in the singular or the plural ("statement", "tweets").
    static func isWriting(_ word: String) -> Bool {
        documents.contains(word) || (word.hasSuffix("s") && documents.contains(String(word.dropLast())))
    }

    static let documents: Set<String> = ["statement", "report", "letter", "memo", "email", "e-mail", "message", "complaint", "lawsuit", "filing",
                                         "indictment", "release", "ad", "post", "tweet", "poll", "survey", "study", "website",
                                         "advertisement", "commercial", "suit", "transcript", "account", "feed",
                                         "slide", "presentation", "cable"]

    /// Who wrote a writing the article introduced before `offset` without naming its author, as the article describes
    /// them: after it and "by" or "from" ("a letter released Tuesday and signed by nearly 90 faculty members"), or the
    /// subject of the verb that sent, filed or said it ("the executives of nine companies sent a letter").
    func describedAuthor(ofDocument noun: String, before offset: Int, _ s: [Unicode.Scalar], entities: ArticleEntities) -> SpeakerRef? {
        func described(_ w: Window, _ np: Range<Int>) -> SpeakerRef? {
            guard !np.isEmpty, speakerLike(w, np), plausibleSpeaker(w, np) else { return nil }
            let span = TextSpan(w.spans[np.lowerBound].start, w.spans[np.upperBound - 1].end)
            // (A place is no author: "the lawsuit from Nebraska and Oklahoma" is the states', whom a place names not.)
            guard !entities.isPlace(span) else { return nil }
            // (A description is its whole phrase: "attorneys general in Nebraska", not the place it ends with.)
            let name = w.capitalized[np.lowerBound] ? speakerName(w, np, s) : String(String.UnicodeScalarView(s[span.start..<span.end]))
            return SpeakerRef(name: name, entity: nil, kind: nil, by: nil, mention: span)
        }
        // The nearest mentions first, three at most.
        for mention in ArticleEntities.documentMentions(noun, before: offset, in: s).prefix(3) {
            let after = Window(s, mention.end..<min(s.count, mention.end + 160))
            if let k = after.words.prefix(6).firstIndex(where: { ["by", "from"].contains($0) }),
               !(0...min(k + 1, after.count - 1)).contains(where: { $0 > 0 && after.flags[$0].contains(.sentenceBefore) }),
               let author = described(after, forwardNounPhrase(after, from: k + 1)) {
                return author
            }
            let before = Window(s, max(entities.sentence(holding: mention.start), mention.start - Self.attributionReach)..<mention.start)
            if let k = before.words.indices.last(where: { Self.authorVerbs.contains(before.words[$0]) || before.isCue($0) }),
               let author = described(before, backwardNounPhrase(before, before: k, lowerBound: 0)) {
                return author
            }
        }
        return nil
    }

    /// Verbs whose subject wrote the writing that follows them ("sent a letter", "filed a lawsuit").
    static let authorVerbs: Set<String> = ["sent", "wrote", "filed", "released", "issued", "signed", "brought", "published",
                                           "posted", "delivered", "submitted", "send", "sends", "file", "files"]

    /// The name before an appositive that ends at `end` and opens like one ("Tom Cole, an Oklahoma Republican and
    /// Boehner lieutenant, said"; "Khizr Khan, 66, said"), whatever words the appositive holds.
    func nameBeforeAppositive(_ w: Window, end: Int, lowerBound: Int) -> Range<Int>? {
        guard let open = (lowerBound..<end).last(where: { w.flags[$0].contains(.commaBefore) }), end - open <= 14,
              !(open..<end).contains(where: { $0 > open && w.boundary($0, [.sentenceBefore, .clauseBefore]) }),
              !(open..<end).contains(where: { AttributionCues.verbs.contains(w.words[$0]) }) else { return nil }
        let isAge = end - open == 1 && w.words[open].allSatisfy(\.isNumber)
        // "Cory Gardner, head of the Senate GOP campaign arm, said": a bare office noun before "of" opens one too.
        let office = open + 1 < end && w.words[open + 1] == "of" && !w.capitalized[open]
        // "Sullivan, for the record, called", "Biden, aware of this, told": a short aside in lower case.
        let aside = end - open <= 5 && (open..<end).allSatisfy { !w.capitalized[$0] }
        // "Tanya Sanerib, senior attorney with the Center for Biological Diversity, said": a job opening it in lower case.
        let job = (open..<min(end, open + 3)).prefix(while: { !w.capitalized[$0] })
            .contains { NameVocabulary.roles[w.words[$0]] != nil || NameVocabulary.unnamedHeads.contains(w.words[$0]) }
        // "President Trump, 24 hours from his self-imposed deadline …, told": a measure opening it.
        let measure = open + 1 < end && w.words[open].first?.isNumber == true && !w.capitalized[open + 1]
        // "David Schleicher, of Yale Law School, pointed out": an affiliation.
        let affiliation = ["of", "from", "at", "with"].contains(w.words[open]) && open + 1 < end && (w.capitalized[open + 1] || w.words[open + 1] == "the")
        guard isAge || office || aside || job || measure || affiliation || AttributionCues.appositiveStarts.contains(w.words[open]) else { return nil }
        guard open > lowerBound else { return nil }
        // Appositives in a row ("Michael Elliott, the executive director of the group, a trade group, said"): the name
        // is before the first.
        var nameEnd = open
        var start = open - 1
        for _ in 0..<3 {
            start = nameEnd - 1
            while start > lowerBound, nameEnd - start < 12, !w.boundary(start, [.commaBefore, .clauseBefore, .sentenceBefore]) {
                start -= 1
            }
            // (An office opens one too: "Marian Wright Edelman, president of the Children’s Defense Fund, an advocacy
            // group here, criticized".)
            guard start > lowerBound, w.flags[start].contains(.commaBefore), AttributionCues.appositiveStarts.contains(w.words[start])
                || (!w.capitalized[start] && NameVocabulary.roles[w.words[start]] != nil && start + 1 < nameEnd && w.words[start + 1] == "of")
            else { break }
            nameEnd = start
        }
        // The name is the run of capitalised words that ends there ("and Representative Tom Cole", "The ad was
        // denounced by the Sierra Club").
        var runStart = nameEnd
        while runStart > start, w.capitalized[runStart - 1]
                || (runStart - 1 > start && w.capitalized[runStart - 2] && runStart < nameEnd
                    && (AttributionCues.nameParticles.contains(w.words[runStart - 1]) || w.words[runStart - 1] == "of")) {
            runStart -= 1
        }
        // … or a source described by it ("A spokesperson for the Popular Mobilization Forces").
        let describes = (start..<runStart).allSatisfy {
            ["a", "an", "the", "one", "of", "for", "from", "at"].contains(w.words[$0]) || w.capitalized[$0]
                || NameVocabulary.unnamedHeads.contains(w.words[$0]) || NameVocabulary.roles[w.words[$0]] != nil
        }
        if !describes { start = runStart }
        while start < nameEnd, !w.capitalized[start], !NameVocabulary.unnamedHeads.contains(w.words[start]),
              NameVocabulary.roles[w.words[start]] == nil, !["a", "an", "one"].contains(w.words[start]) { start += 1 }
        guard start < nameEnd, w.capitalized[nameEnd - 1],
              !(start..<nameEnd).contains(where: { AttributionCues.verbs.contains(w.words[$0]) }),
              // (A word that opens the sentence is no name: "Still, the commander in chief, during …, conceded".)
              !(start..<nameEnd).allSatisfy({ NameVocabulary.sentenceOpeners.contains(w.words[$0]) }) else { return nil }
        return start..<nameEnd
    }

    /// Words that open a clause after a quote rather than an attribution.
    static let clauseOpeners: Set<String> = ["and", "but", "or", "so", "because", "though", "although", "while", "as", "when",
                                             "after", "before", "if", "since", "until", "unless", "whereas", "which", "where"]

    /// Whether a phrase can be a speaker: a pronoun, a name, or a noun phrase, never a clause or a prepositional phrase.
    func plausibleSpeaker(_ w: Window, _ np: Range<Int>) -> Bool {
        let first = w.words[np.lowerBound]
        if isTime(w, np) { return false }
        let prepositions: Set<String> = ["in", "on", "at", "from", "with", "by", "of", "to", "into", "after", "before",
                                         "during", "under", "over", "about", "for", "since", "than", "like"]
        if prepositions.contains(first) && !(np.count == 1 && w.capitalized[np.lowerBound] && first.count > 2) { return false }
        let clauseWords: Set<String> = ["not", "did", "does", "do", "is", "was", "were", "are", "be", "been", "being", "has",
                                        "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
                                        "there", "here", "what", "why", "how", "where", "when", "if", "though", "although",
                                        "because", "so", "very", "it's", "that's", "this", "these", "those", "we", "you",
                                        "our", "us", "me", "my", "your", "n't"]
        // Capitalised inside the phrase, such a word belongs to a name ("Our Lady of Guadalupe").
        // ("US" before a capitalised word is the country: "US Secretary of State Antony Blinken".)
        if np.count > 1 && np.contains(where: { i in
            (clauseWords.contains(w.words[i]) || w.words[i].hasSuffix("n't")) && !(i > np.lowerBound && w.capitalized[i])
                && !(w.words[i] == "us" && w.capitalized[i] && i + 1 < np.upperBound && w.capitalized[i + 1])
        }) { return false }
        // "It said": an organisation or a writing speaking (see `resolveSpeaker`); "it was said", "it is said" name nobody.
        if np.count == 1 && first == "it" { return !isImpersonal(w, np) }
        if np.count == 1 && ["we", "you", "i", "this", "that", "there"].contains(first) { return false }
        return np.count <= 10
    }

    /// "it was said", "it is said", "it has been reported": the phrase names nobody. ("It said", "it has warned" speak.)
    func isImpersonal(_ w: Window, _ np: Range<Int>) -> Bool {
        guard np.count <= 2, w.words[np.lowerBound] == "it" else { return false }
        let passive: Set<String> = ["is", "was", "were", "be", "been", "being", "'s", "\u{2019}s"]
        return (np.upperBound..<min(w.count, np.upperBound + 3)).contains { passive.contains(w.words[$0]) }
            || np.upperBound >= w.count
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

/// A speaker as attribution found it.
struct SpeakerRef {
    var name: String?
    var entity: Int?
    var kind: EntityKind?
    var by: ResolvedBy?
    var mention: TextSpan?
}
