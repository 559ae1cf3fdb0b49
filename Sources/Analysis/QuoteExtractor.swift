import Lexicon
import Text

/// Finds quotations in an article and attributes them.
///
/// Marks: straight and curly double quotes, single quotes (curly or straight, told apart from apostrophes), guillemets
/// and „low" openers; quotes nest; a quote whose paragraph ends unclosed continues when the next paragraph opens with a
/// quote mark (the newspaper convention), and otherwise ends at its paragraph, so a stray mark never swallows the
/// article. Nested quotes stay inside their outer quote.
///
/// Attribution looks in the quote's sentence: a cue and speaker after the quote ("…,” Biden said", "…,” said Biden),
/// before it ("Biden said, “…”", "Biden said: “…”", "X warned that they “…”"), "according to X", "described … as";
/// appositives are skipped ("X, a spokesperson for Y, said"), titles stripped, pronouns resolved to the person last
/// named, unnamed sources kept as written, and intermediaries recorded ("The Associated Press reported X said").
/// A quote with no cue of its own inherits the speaker of the quote just before it in the same or previous paragraph.
public struct QuoteExtractor: Sendable {
    public let actors: ActorList
    let places: LexiconMatcher?

    /// `places` (the gazetteer) keeps places from being read as speakers.
    public init(actors: ActorList = .empty, places: Lexicon? = nil) {
        self.actors = actors
        self.places = places.map { LexiconMatcher([$0]) }
    }

    struct RawQuote {
        var open: Int
        var firstRegion: Int = -1
        /// Characters of the closing mark ('' has two); `open` is the last character of the opening mark.
        var closeWidth = 1
        var openWidth = 1
        var close: Int            // index of the closing mark, or the region end when unclosed
        var closed: Bool
        var fragments: [TextSpan]
        var inHeadline: Bool
        var region: Int
    }

    public func quotes(in article: Article) -> [Quote] { analyse(article).quotes }

    /// The article's quotes, and the people and organisations they (and the rest of the article) name.
    public func analyse(_ article: Article) -> (quotes: [Quote], entities: ArticleEntities) {
        let s = ArticleEntities.readingScalars(article.text)
        var regions: [(span: TextSpan, headline: Bool)] = []
        if !article.headline.isEmpty { regions.append((article.headline, true)) }
        regions += article.paragraphs.map { ($0, false) }
        let raws = findQuotes(s, regions: regions)
        var quotes: [Quote] = []
        let entities = ArticleEntities(article: article, actors: actors, places: places)
        let quoted = raws.map { TextSpan($0.open - $0.openWidth + 1, $0.closed ? $0.close + $0.closeWidth : $0.close) }
        // Each region's sentences, split once (a paragraph holding thousands of quotations is not split for each).
        let sentences = regions.map { r in
            Sentences.split(Array(s[r.span.start..<r.span.end])).map { TextSpan($0.start + r.span.start, $0.end + r.span.start) }
        }
        var previous: (quote: Quote, region: Int)?
        for var raw in raws {
            if raw.firstRegion < 0 { raw.firstRegion = raw.region }
            // Marks around the name of a programme, a headline or a work are not a quotation.
            if namesAWork(raw, s, regionStart: regions[raw.firstRegion].span.start) { continue }
            var q = attribute(raw, s, regions: regions, sentences: sentences, entities: entities, quoted: quoted)
            // News convention: a paragraph that opens with a quotation and names no one goes on with the speaker
            // before it; so does a second quotation in the same paragraph.
            if q.speaker == nil, q.kind != .scare, let prev = previous?.quote, prev.speaker != nil,
               // (A quotation that runs on over paragraphs is placed by the paragraph it opens in.)
               raw.firstRegion - previous!.region <= 1, startsRegion(raw, s, regions) || raw.firstRegion == previous!.region {
                q.continueSpeaker(of: prev, confidence: raw.firstRegion == previous!.region ? 0.7 : 0.6)
            } else if q.kind == .scare, let prev = previous?.quote, prev.speaker != nil, raw.firstRegion == previous!.region,
                      sameClause(after: prev, q, s, sentences[raw.firstRegion]) {
                // A few words quoted further on in the sentence of an attributed quotation, with no cue of their own,
                // are more of the same speaker's words ("slams Critical Race Theory as ‘flagrant racism’ that has ‘no
                // place’", "vowed to “save our country” from the “radical … agenda”", "‘pissed off’ and ‘angry’").
                q.kind = .partial
                q.continueSpeaker(of: prev, confidence: 0.6)
            }
            if q.kind != .scare { previous = (q, raw.region) }
            quotes.append(q)
        }
        headlineSpeakers(&quotes, s)
        return (quotes, entities)
    }

    /// Whether `q` follows `prev` in the same sentence with no reporting verb, clause break or other speaker between:
    /// nothing but the words that carry on the one attributed clause.
    func sameClause(after prev: Quote, _ q: Quote, _ s: [Unicode.Scalar], _ sentences: [TextSpan]) -> Bool {
        guard prev.outer.end <= q.outer.start, q.outer.start - prev.outer.end <= 200,
              let sentence = sentences.first(where: { $0.start <= prev.outer.start && prev.outer.start < $0.end }),
              q.outer.start < sentence.end else { return false }
        let between = Window(s, prev.outer.end..<q.outer.start)
        // (The cue of the quotation before, written after it, is no new speaker: "“…,” he said of the “…”".)
        let ownCue = prev.cue.map { $0.start >= prev.outer.end } ?? false
        // (The window's first word is flagged as opening it: the marks before it are read as written.)
        // (… and a colon or semicolon inside the closing mark ends the clause too: "‘birthing people:’ She's …".)
        let firstGap = s[max(prev.content.start, prev.content.end - 1)..<(between.spans.first?.start ?? q.outer.start)]
        return !firstGap.contains(where: { ";:".unicodeScalars.contains($0) })
            && !between.words.indices.contains { k in
                (between.isCue(k) && !(ownCue && prev.cue.map { between.spans[k] == $0 } == true))
                    || (k > 0 && between.flags[k].contains(.clauseBefore))
                    || ["while", "whereas", "but", "although", "though"].contains(between.words[k])
            }
    }

    /// A headline quotes words the body attributes ("Obama Aide Calls Visit ‘Destructive’" and, below, Rice called it
    /// “destructive”; "Biden gears up for showdown with ‘killer’ Putin" and, below, Biden agreed Putin was a “killer”):
    /// the headline quote is that speaker's, when the headline attributes it to no one the article identifies. Headlines
    /// quote what someone in the story said; a headline quote whose words no partial quotation of the body attributes
    /// stays a scare quote.
    func headlineSpeakers(_ quotes: inout [Quote], _ s: [Unicode.Scalar]) {
        func words(_ span: TextSpan) -> [String] {
            let text = String(String.UnicodeScalarView(s[span.start..<span.end]))
            return Tokenizer.tokens(text).map { Tokenizer.folded($0, in: text) }
        }
        for h in quotes.indices where quotes[h].inHeadline && quotes[h].entity == nil {
            let wanted = words(quotes[h].content)
            guard !wanted.isEmpty else { continue }
            let match = quotes.first { q in
                guard !q.inHeadline, q.speaker != nil, q.kind != .scare else { return false }
                let have = words(q.content)
                return have.count >= wanted.count && (0...(have.count - wanted.count)).contains { Array(have[$0..<($0 + wanted.count)]) == wanted }
            }
            guard let body = match else { continue }
            if quotes[h].kind == .scare {
                // A scare quote becomes the speaker's only when the body quotes the phrase as theirs (a partial quote);
                // words lifted from inside a longer quotation keep the headline's distance ("U.S. Ends ‘Combat
                // Mission’ In Iraq").
                guard body.kind == .partial else { continue }
                quotes[h].kind = .partial
            }
            quotes[h].speaker = body.speaker; quotes[h].actor = body.actor; quotes[h].group = body.group
            quotes[h].entity = body.entity; quotes[h].speakerKind = body.speakerKind; quotes[h].resolvedBy = .headline
            quotes[h].confidence = 0.7
        }
    }

    /// Marks that set off a title or a name rather than someone's words: words in title case after "on" and a network
    /// ("said on NBC’s “Meet the Press”", "on Fox News' “On the Record”"), after "told" or "with" ("told “The Mike
    /// Gallagher Show”", "an interview with “60 Minutes”"), after a word that introduces one ("under the headline “…”",
    /// "a column titled “…”", "his memoir, “…”") or before one ("“Peril,” the upcoming book", "a “Daily Show”
    /// sketch"); any quoted phrase that names the thing the noun after it is ("the “don’t ask, don’t tell”
    /// policy", "“Make America Great Again” hats", "an “Apprentice”-style frenzy"); and a nickname inside a name.
    func namesAWork(_ raw: RawQuote, _ s: [Unicode.Scalar], regionStart: Int) -> Bool {
        guard !raw.inHeadline, raw.closed else { return false }
        let content = Window(s, (raw.open + 1)..<raw.close)
        guard content.count > 0, content.count <= 12 else { return false }
        let closeEnd = raw.close + raw.closeWidth
        let after = Window(s, closeEnd..<min(s.count, closeEnd + 60))
        let minor: Set<String> = ["the", "a", "an", "of", "and", "with", "on", "in", "for", "to", "at", "by", "&"]
        let titleCase = (content.capitalized[0] || content.words[0].first?.isNumber == true)
            && content.words.indices.allSatisfy({ content.capitalized[$0] || minor.contains(content.words[$0]) || content.words[$0].first?.isLetter != true })
        // A phrase that names what the noun right after it is: "“…” policy", "“…”-style". One or two words in lower
        // case are rather a characterisation ("an “amnesty” policy", "a “catch-and-release” policy").
        let wordsWritten = s[(raw.open + 1)..<raw.close].split(whereSeparator: { Whitespace.isSpace($0) }).count
        if after.count > 0, !after.capitalized[0], after.spans[0].start - closeEnd <= 1, titleCase || wordsWritten >= 3,
           Self.namedThings.contains(after.words[0]) || (s[closeEnd] == "-" && after.words[0] == "style") {
            return true
        }
        guard titleCase else { return false }
        // A nickname inside a name (William "Mo" Cowan).
        if raw.openWidth == 1, raw.closeWidth == 1, ArticleEntities.isNickname(s, open: raw.open, close: raw.close) { return true }
        // Before a work noun: "“Peril,” the upcoming book by …", "“So That Happened” podcast".
        // … or before one who makes or appears in one: "the “Pose” actor", "the former “Dawson’s Creek” star".
        if after.count > 0, let noun = after.words.prefix(4).firstIndex(where: { Self.workNouns.contains($0) || Self.workPeople.contains($0) }),
           (0..<noun).allSatisfy({ !after.capitalized[$0] && ($0 == 0 || !after.flags[$0].contains(.sentenceBefore)) && (after.words[$0].first?.isLetter ?? false) }),
           (1..<(noun + 1)).allSatisfy({ !after.flags[$0].contains(.sentenceBefore) }),
           noun + 1 >= after.count || !AttributionCues.verbs.contains(after.words[noun + 1]),     // not "“…,” the story said"
           noun == 0 || ["the", "a", "an", "his", "her", "their", "its", "new", "upcoming", "forthcoming", "latest", "radio", "tv",
                         "television"].contains(after.words[0]) {
            return true
        }
        let markStart = raw.open - raw.openWidth + 1
        let before = Window(s, max(regionStart, markStart - 100)..<markStart)
        guard let last = before.words.indices.last else { return false }
        // Nothing but spaces between the last word and the mark ("said on “This Week”", not "said on Monday, “…”"); a
        // comma after a work noun ("His book, “…”").
        let gap = s[before.spans[last].end..<markStart]
        let spaced = gap.allSatisfy { Whitespace.isSpace($0) } || (gap.first.map { "'\u{2019}".unicodeScalars.contains($0) } == true
            && gap.dropFirst().allSatisfy { Whitespace.isSpace($0) })     // "on Fox News' “…”"
        if Self.workNouns.contains(before.words[last]), spaced || gap.filter({ !Whitespace.isSpace($0) }) == [","] { return true }
        guard spaced else { return false }
        // Part of a work, or who makes or appears in it: "an episode of “DWTS”", "the star of “Dawson’s Creek”".
        if before.words[last] == "of", last > 0, Self.workNouns.contains(before.words[last - 1])
            || Self.workPeople.contains(before.words[last - 1]) || Self.workParts.contains(before.words[last - 1]) {
            return true
        }
        if ["called", "titled", "entitled", "headlined", "named"].contains(before.words[last]), last > 0,
           Self.workNouns.contains(before.words[last - 1]) || ["titled", "entitled", "headlined"].contains(before.words[last]) {
            return true
        }
        // "told" or "with" and a programme: a quotation does not follow them without a colon.
        if ["told", "with"].contains(before.words[last]) { return true }
        // "on" and a network: every word after "on" is capitalised, possessive or "the … program".
        guard let on = before.words.indices.suffix(6).last(where: { before.words[$0] == "on" }) else { return false }
        return ((on + 1)..<(last + 1)).allSatisfy { i in
            (before.capitalized[i] || ["the", "program", "programme", "show", "network", "'s", "'", "\u{2019}s", "\u{2019}"].contains(before.words[i])
                || before.words[i].hasSuffix("'") || before.words[i].hasSuffix("\u{2019}"))
                && !before.flags[i].contains(.sentenceBefore)
        }
    }

    /// Nouns that a title follows or comes before ("the headline “…”", "the program “…”", "“…,” the upcoming book").
    static let workNouns: Set<String> = ["headline", "program", "programme", "show", "film", "movie", "documentary", "book",
                                         "column", "series", "song", "album", "op-ed", "story", "memoir", "essay", "podcast",
                                         "sketch", "special", "episode", "novel", "play", "musical", "newsletter"]

    /// Who makes or appears in a work: a title comes before them ("the “Pose” actor") or after them and "of" ("the
    /// host of “Meet the Press”").
    static let workPeople: Set<String> = ["actor", "actress", "star", "stars", "host", "hosts", "creator", "creators", "alum",
                                          "contestant", "contestants", "cast", "showrunner", "producer", "singer", "author",
                                          "director", "anchor"]

    /// Parts of a work, before "of" and its title ("an episode of “…”", "the season finale of “…”").
    static let workParts: Set<String> = ["episode", "episodes", "season", "seasons", "edition", "installment", "chapter",
                                         "finale", "premiere", "sequel", "remake", "version", "reboot", "spinoff", "spin-off"]

    /// Nouns that a quoted phrase right before them names ("the “don’t ask, don’t tell” policy", "“In God We Trust”
    /// motto", "“Make America Great Again” hats").
    static let namedThings: Set<String> = ["policy", "provision", "motto", "slogan", "doctrine", "hat", "hats", "shirt",
                                           "shirts", "t-shirt", "t-shirts", "sign", "signs", "banner", "banners", "sticker",
                                           "stickers", "bumper", "movement", "initiative", "program", "programme", "act",
                                           "bill", "amendment", "sandwich", "rally", "rallies", "chant", "chants", "hashtag",
                                           "caucus", "agenda", "pledge", "tour", "gallery", "sketch", "podcast", "special"]

    // MARK: marks

    enum Mark { case double, single }

    func findQuotes(_ s: [Unicode.Scalar], regions: [(span: TextSpan, headline: Bool)]) -> [RawQuote] {
        var result: [RawQuote] = []
        var carried: RawQuote? = nil        // a multi-paragraph quote still open
        for (r, region) in regions.enumerated() {
            var stack: [(index: Int, mark: Mark)] = []
            var i = region.span.start
            let end = region.span.end
            if var open = carried {
                // The previous paragraph's quote goes on if this paragraph opens with a quote mark.
                var j = i
                while j < end, Whitespace.isSpace(s[j]) { j += 1 }
                if j < end, isDoubleOpener(s, j, regionStart: region.span.start) {
                    open.region = r
                    carried = open
                    stack.append((j, .double))
                    i = j + 1
                } else {
                    open.closed = false
                    result.append(open)
                    carried = nil
                }
            }
            while i < end {
                let c = s[i]
                switch c {
                case "\u{201C}", "\u{201E}", "\u{00AB}":
                    // A left quote in closing position while one is open is a typographic slip for a closing quote
                    // ("“Who can guarantee you happiness?“ he asked").
                    if c == "\u{201C}", isStraightClosing(s, i, region.span), !isStraightOpening(s, i, region.span),
                       let k = stack.lastIndex(where: { $0.mark == .double }) {
                        let opened = stack[k].index
                        stack.removeSubrange(k...)
                        if stack.isEmpty { record(opened, i, r, region, &carried, &result) }
                    } else {
                        stack.append((i, .double))
                    }
                case "\u{201D}", "\u{00BB}":
                    // A right quote in opening position with nothing open is a typographic slip for an opening quote.
                    if !stack.contains(where: { $0.mark == .double }), isStraightOpening(s, i, region.span),
                       !isStraightClosing(s, i, region.span) {
                        stack.append((i, .double))
                    } else if let k = stack.lastIndex(where: { $0.mark == .double }) {
                        let opened = stack[k].index
                        stack.removeSubrange(k...)
                        if stack.isEmpty { record(opened, i, r, region, &carried, &result) }
                    }
                case _ where c == "\"" || (c == "'" && i + 1 < end && s[i + 1] == "'"):
                    // A doubled apostrophe ('') is a straight double quote in some archives.
                    let width = c == "'" ? 2 : 1
                    let opening = isStraightOpening(s, i, region.span, width: width)
                    let closing = isStraightClosing(s, i, region.span, width: width)
                    defer { i += width - 1 }
                    let top = stack.last(where: { $0.mark == .double })
                    if top != nil && (closing || !opening) {
                        let k = stack.lastIndex(where: { $0.mark == .double })!
                        let opened = stack[k].index
                        stack.removeSubrange(k...)
                        if stack.isEmpty { record(opened, i, r, region, &carried, &result, width: width, s0: { s[$0] }) }
                    } else if opening || top == nil {
                        stack.append((i + width - 1, .double))
                    }
                case "\u{2018}":
                    if !isApostrophe(s, i, region.span) { stack.append((i, .single)) }
                case "\u{2019}" where i + 1 < end && s[i + 1] == "\u{2019}" && stack.last?.mark == .double
                        && isStraightClosing(s, i, region.span, width: 2):
                    // Two right single quotes close a double quote in some feeds ("“… voters,’’ Will Moy said").
                    let opened = stack.removeLast().index
                    if stack.isEmpty { record(opened, i, r, region, &carried, &result, width: 2) }
                    i += 1
                case "\u{2019}", "'":
                    if isApostrophe(s, i, region.span) && stack.last?.mark != .single { break }
                    if stack.last?.mark == .single, isSingleClosing(s, i, region.span) {
                        let opened = stack.removeLast().index
                        if stack.isEmpty { record(opened, i, r, region, &carried, &result) }
                    } else if c == "'", isStraightOpening(s, i, region.span), i + 1 < end, s[i + 1].properties.isAlphabetic {
                        stack.append((i, .single))
                    }
                default:
                    break
                }
                i += 1
            }
            // An outer double quote still open at the paragraph's end: carried (if any paragraph follows) or cut here.
            if let outer = stack.first, outer.mark == .double {
                let fragment = TextSpan(outer.index + 1, trimEnd(s, end))
                if var open = carried {
                    open.fragments.append(fragment)
                    open.close = end
                    carried = open
                } else {
                    carried = RawQuote(open: outer.index, firstRegion: r, close: end, closed: false, fragments: [fragment],
                                       inHeadline: region.headline, region: r)
                }
                if region.headline || r == regions.count - 1 {
                    var open = carried!
                    open.closed = false
                    result.append(open)
                    carried = nil
                }
            } else if carried != nil {
                carried = nil
            }
        }
        if var open = carried { open.closed = false; result.append(open) }
        return result.sorted { $0.open < $1.open }
    }

    private func record(_ open: Int, _ close: Int, _ r: Int, _ region: (span: TextSpan, headline: Bool),
                        _ carried: inout RawQuote?, _ result: inout [RawQuote], width: Int = 1,
                        s0: (Int) -> Unicode.Scalar = { _ in " " }) {
        // For a two-character closing mark, the closing index is its first character and the quote ends after both.
        if var continuing = carried {
            continuing.fragments.append(TextSpan(open + 1, close))
            continuing.close = close
            continuing.closeWidth = width
            continuing.closed = true
            continuing.region = r
            result.append(continuing)
            carried = nil
            return
        }
        guard close > open + 1 else { return }
        let openWidth = open > region.span.start && s0(open) == "'" && s0(open - 1) == "'" ? 2 : 1
        result.append(RawQuote(open: open, firstRegion: r, closeWidth: width, openWidth: openWidth, close: close, closed: true,
                               fragments: [TextSpan(open + 1, close)], inHeadline: region.headline, region: r))
    }

    private func trimEnd(_ s: [Unicode.Scalar], _ end: Int) -> Int {
        var e = end
        while e > 0, Whitespace.isSpace(s[e - 1]) { e -= 1 }
        return e
    }

    private func isDoubleOpener(_ s: [Unicode.Scalar], _ i: Int, regionStart: Int) -> Bool {
        s[i] == "\u{201C}" || s[i] == "\u{201E}" || s[i] == "\u{00AB}" || s[i] == "\""
    }

    private func isStraightOpening(_ s: [Unicode.Scalar], _ i: Int, _ region: TextSpan, width: Int = 1) -> Bool {
        let before: Unicode.Scalar? = i > region.start ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + width < region.end ? s[i + width] : nil
        let openBefore = before.map { Whitespace.isSpace($0) || "([{—–-/\u{201C}\u{2018}".unicodeScalars.contains($0) } ?? true
        let textAfter = after.map { !Whitespace.isSpace($0) } ?? false
        return openBefore && textAfter
    }

    private func isStraightClosing(_ s: [Unicode.Scalar], _ i: Int, _ region: TextSpan, width: Int = 1) -> Bool {
        let before: Unicode.Scalar? = i > region.start ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + width < region.end ? s[i + width] : nil
        let textBefore = before.map { !Whitespace.isSpace($0) } ?? false
        let closeAfter = after.map { Whitespace.isSpace($0) || ".,;:!?)]}—–-\u{201D}\u{2019}'\"".unicodeScalars.contains($0) } ?? true
        return textBefore && closeAfter
    }

    private func isSingleClosing(_ s: [Unicode.Scalar], _ i: Int, _ region: TextSpan) -> Bool {
        let after: Unicode.Scalar? = i + 1 < region.end ? s[i + 1] : nil
        return after.map { !$0.properties.isAlphabetic } ?? true
    }

    /// A letter on both sides (don’t, Kata’ib), or a plural possessive (officials’ role) with no single quote open.
    private func isApostrophe(_ s: [Unicode.Scalar], _ i: Int, _ region: TextSpan) -> Bool {
        let before: Unicode.Scalar? = i > region.start ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < region.end ? s[i + 1] : nil
        let letterBefore = before.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
        let letterAfter = after.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
        if letterBefore && letterAfter { return true }
        if s[i] == "\u{2018}" { return !letterAfter && letterBefore }     // ‘90s-style elisions are rare; keep simple
        return letterBefore && !letterAfter && (after.map(Whitespace.isSpace) ?? true) && s[i] == "'"
    }

    /// Whether the quotation opens its paragraph (the one it opens in, when it runs on over several).
    private func startsRegion(_ raw: RawQuote, _ s: [Unicode.Scalar], _ regions: [(span: TextSpan, headline: Bool)]) -> Bool {
        var j = regions[raw.firstRegion].span.start
        while j < raw.open, Whitespace.isSpace(s[j]) { j += 1 }
        return j == raw.open
    }
}

extension Quote {
    /// Goes on with the speaker of the quotation before (`resolved_by` "continuation").
    mutating func continueSpeaker(of previous: Quote, confidence: Double) {
        speaker = previous.speaker; actor = previous.actor; group = previous.group; via = previous.via
        entity = previous.entity; speakerKind = previous.speakerKind; mention = previous.mention
        source = previous.source; cue = previous.cue; resolvedBy = .continuation
        self.confidence = confidence
    }
}
