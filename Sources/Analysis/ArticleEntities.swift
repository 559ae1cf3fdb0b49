import Lexicon
import Text

/// What a named thing is.
public enum EntityKind: String, Codable, Sendable {
    case person, organisation
}

/// How a quote's speaker was tied to a person or organisation.
public enum ResolvedBy: String, Codable, Sendable {
    /// The cue names them in full ("Nancy Pelosi said").
    case name
    /// By surname or title and surname, tied to the full name the article gives elsewhere ("Ms. Pelosi said").
    case surname
    /// By a role the article ties to them ("the speaker said", "the congresswoman said").
    case role
    /// By a pronoun, to the nearest person it can stand for ("she said").
    case pronoun
    /// A paragraph that opens with a quotation and names no one goes on with the speaker before it.
    case continuation
    /// A headline of the form "Name: “…”" or "“…”: Name".
    case headline
}

/// One person or organisation an article names, with every place it does.
public struct ArticleEntity: Sendable, Equatable {
    /// The fullest form the article writes, titles stripped ("Thomas R. Carper", "Justice Department").
    public var name: String
    public var kind: EntityKind
    /// Every mention, in text order (name, surname, title and surname; not pronouns or roles).
    public var mentions: [TextSpan]
    /// Roles the article gives them ("senator", "speaker"), from titles and appositions.
    public var roles: Set<String>
    /// Folded first name (persons, when the article gives one) and surname (persons) or name key (organisations).
    public var first: String?
    public var last: String
    /// Evidence of gender: honorifics, and the pronouns that follow their mentions.
    var male = 0
    var female = 0

    /// True for he, false for she, nil when the article does not tell.
    var isMale: Bool? { male == female ? nil : male > female }
}

/// The people and organisations of one article: names found and read as people or organisations (titles, party tags
/// and appositions as attributes of the name beside them; dates, places, weekdays, demonyms, events and works never as
/// names), joined within the article (surnames and titles to the full name, roles to the person the article ties them
/// to, pronouns to the nearest person they can stand for, with gender learnt from the article's own honorifics and
/// pronouns).
public struct ArticleEntities: Sendable {
    public private(set) var entities: [ArticleEntity] = []
    /// Every mention in text order: its span, its entity, and whether it names them in full.
    private var mentionList: [(span: TextSpan, entity: Int, full: Bool)] = []
    /// Sentence starts, for pronoun and subject searches.
    private var sentenceStarts: [Int] = []
    /// Sentences that open with "he" or "she" (start → true for he): their subject is someone named before them.
    private var pronounOpeners: [Int: Bool] = [:]
    /// Definite roles that stand for a person of the article ("the governor said …"), in text order: where each is,
    /// whom it names, and whether it opens its sentence or a clause after a comma ("When asked …, the governor said").
    private var roleMentions: [(start: Int, entity: Int, opens: Bool)] = []
    /// Starts of names that modify the noun after them ("the Obama administration"): no one a pronoun can stand for.
    private var modifiers: Set<Int> = []
    /// Nouns of descriptions set in apposition to a person's name ("The official, George Gao,"), where they are.
    private var descriptionTies: [(head: String, entity: Int, start: Int)] = []
    /// Where the gazetteer finds a place written with a capital.
    private var places: [TextSpan] = []
    /// Starts of mentions written as possessors ("Marijuana Industry Group's Mike Elliott").
    private var possessives: Set<Int> = []
    /// Starts of mentions followed by a lower-case word, as a subject is by its verb ("Ryan criticized"), not by a
    /// preposition; past a short appositive ("Sen. Jim DeMint, R-S.C., would"), or as one ("the first lady, Melania
    /// Trump, questioned"), only by a finite verb ("With the moderator, Martha Raddatz, opening …" is none).
    private var beforeVerbs: Set<Int> = []
    /// Starts of mentions that open their sentence, after titles only ("Jerry Pow, the party chairman, told …"): the
    /// sentence's subject, though an apposition follows it.
    private var sentenceOpeners: Set<Int> = []
    /// Starts of mentions in a phrase that opens the sentence with a preposition ("Of Obama, he said …"): not whom a
    /// pronoun in that sentence stands for.
    private var frontedObjects: Set<Int> = []
    /// Folded words the body writes with a capital inside a sentence (after a space, not a quotation mark): names.
    private(set) var properWords: Set<String> = []

    public init(article: Article, actors: ActorList = .empty, places: LexiconMatcher? = nil) {
        let text = article.text
        let s = Self.readingScalars(text)
        let tokens = Tokenizer.tokens(text)
        let folded = tokens.map { Tokenizer.folded($0, in: text) }
        var placeToken = [Bool](repeating: false, count: tokens.count)
        if let places {
            for m in places.matches(in: text) where s[m.span.start].properties.isUppercase {
                for k in m.tokenStart..<m.tokenEnd { placeToken[k] = true }
                self.places.append(m.span)
                // A word written as "Austin, Tex." or "Basra, Iraq" is a town of that place.
                let k = m.tokenStart - 1
                if k >= 0, tokens[m.tokenStart].flags.contains(.commaBefore), s[Int(tokens[k].start)].properties.isUppercase,
                   k == 0 || !s[Int(tokens[k - 1].start)].properties.isUppercase || !tokens[k].flags.isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore]) {
                    placeToken[k] = true
                    self.places.append(tokens[k].span)
                } else if k >= 1, tokens[m.tokenStart].flags.contains(.commaBefore), s[Int(tokens[k].start)].properties.isUppercase {
                    // Several words after "in", "at", "from" …: "a speech in San Jose, Calif.", "from Salt Lake City, Utah".
                    var j = k
                    while j > 0, k - j < 3, s[Int(tokens[j - 1].start)].properties.isUppercase,
                          s[Int(tokens[j - 1].end)..<Int(tokens[j].start)].allSatisfy({ $0 == " " }) { j -= 1 }
                    if j > 0, j < k, ["in", "at", "from", "near", "outside"].contains(folded[j - 1]) {
                        for t in j...k { placeToken[t] = true }
                        self.places.append(TextSpan(Int(tokens[j].start), Int(tokens[k].end)))
                    }
                }
            }
        }
        func capitalized(_ k: Int) -> Bool { s[Int(tokens[k].start)].properties.isUppercase }
        // A short paragraph set in title case is a headline too (a repeated title, a deck): its capitals say nothing
        // about names ("Deval Patrick Names Former Chief Of Staff To Replace John Kerry").
        let titleParagraphs = article.paragraphs.filter { p in
            guard p.end > p.start, s[p.end - 1] != "." else { return false }
            let first = tokens.partitionPoint { Int($0.start) >= p.start }
            let words = (first..<tokens.count).prefix { Int(tokens[$0].end) <= p.end }
                .filter { !QuoteSelection.functionWords.contains(folded[$0]) && s[Int(tokens[$0].start)].properties.isAlphabetic }
            return words.count >= 4 && words.count <= 20
                && Double(words.filter { s[Int(tokens[$0].start)].properties.isUppercase }.count) >= 0.9 * Double(words.count)
        }
        func inHeadline(_ k: Int) -> Bool {
            article.headline.contains(tokens[k].span) || titleParagraphs.contains { $0.contains(tokens[k].span) }
        }
        /// Tokens k-1 and k belong to one name: only spaces between them, or the dot of an abbreviation or initial.
        func joined(_ k: Int) -> Bool {
            let gap = s[Int(tokens[k - 1].end)..<Int(tokens[k].start)]
            if gap.allSatisfy({ $0 == " " }) || hyphenated(k) { return true }
            if nickname(k) || (k >= 2 && nickname(k - 1)) { return true }
            let previous = folded[k - 1]
            let abbreviation = Sentences.abbreviations.contains(previous) || (previous.count == 1 && capitalized(k - 1))
            return abbreviation && gap.first == "." && gap.dropFirst().allSatisfy { $0 == " " }
        }
        /// Token k ("and", "of", "for", "&") joins the capitalised words around it into one organisation's name: the
        /// name ends in an organisation word after it ("Fish and Wildlife Service") or, for "of", before it
        /// ("Department of Justice", "House of Representatives").
        func joinsOrganisation(_ k: Int) -> Bool {
            guard ["and", "of", "for", "&"].contains(folded[k]), k > 0, capitalized(k - 1), k + 1 < tokens.count,
                  capitalized(k + 1), !inHeadline(k + 1), joined(k + 1) else { return false }
            if folded[k] == "of" || folded[k] == "for", NameVocabulary.organisationHeads.contains(folded[k - 1]) { return true }
            // "and" goes on a name opened by "of" or "for" after an organisation word ("Centers for Disease Control and
            // Prevention", "Department of Health and Human Services").
            if folded[k] == "and" || folded[k] == "&" {
                var j = k - 1
                while j > 0, k - j < 8, capitalized(j) || ["of", "for", "and"].contains(folded[j]), joined(j) {
                    if ["of", "for"].contains(folded[j]), NameVocabulary.organisationHeads.contains(folded[j - 1]) { return true }
                    j -= 1
                }
            }
            var j = k + 1
            while j + 1 < tokens.count, capitalized(j + 1), joined(j + 1), !inHeadline(j + 1) { j += 1 }
            return NameVocabulary.organisationHeads.contains(folded[j])
        }
        /// Token k comes right after an opening quotation mark.
        func opensQuotation(_ k: Int) -> Bool {
            let start = Int(tokens[k].start)
            return start > 0 && ["\u{201C}", "\"", "\u{2018}", "'", "\u{00AB}"].contains(s[start - 1])
        }
        /// Tokens k-1 and k are one hyphenated word ("al-Kadhimi", "Holtz-Eakin").
        func hyphenated(_ k: Int) -> Bool {
            Int(tokens[k].start) - Int(tokens[k - 1].end) == 1 && ["-", "\u{2010}"].contains(s[Int(tokens[k - 1].end)])
        }
        /// Token k is a nickname in quotation marks inside a name (William "Mo" Cowan): one name with the words around it.
        func nickname(_ k: Int) -> Bool {
            k > 0 && k + 1 < tokens.count && Self.isNickname(s, open: Int(tokens[k].start) - 1, close: Int(tokens[k].end))
        }
        /// The folded words of tokens `r`, a hyphenated word as one ("al-kadhimi").
        func nameWords(_ r: Range<Int>) -> [String] {
            var result: [String] = []
            for k in r {
                if k > r.lowerBound, hyphenated(k) { result[result.count - 1] += "-" + folded[k] } else { result.append(folded[k]) }
            }
            return result
        }
        /// A party-state tag starts at k: "R-Ky.", "D-Calif.", "I-Vt.".
        func partyTag(_ k: Int) -> Bool {
            ["r", "d", "i"].contains(folded[k]) && capitalized(k) && Int(tokens[k].end) < s.count && s[Int(tokens[k].end)] == "-"
        }
        // A sentence starts after a full stop that does not end an abbreviation or an initial ("Elijah E. Cummings"),
        // and is not followed by a comma or a word in lower case ("Marco Rubio, R-Fla., accused"); a blank line always
        // starts one.
        func continuesSentence(_ k: Int) -> Bool {
            let gap = s[Int(tokens[k - 1].end)..<Int(tokens[k].start)]
            guard gap.lazy.filter({ $0 == "\n" }).count < 2 else { return false }
            return Sentences.abbreviations.contains(folded[k - 1]) || (folded[k - 1].count == 1 && capitalized(k - 1))
                || tokens[k].flags.contains(.commaBefore) || s[Int(tokens[k].start)].properties.isLowercase
        }
        for (k, t) in tokens.enumerated() where k == 0 || t.flags.contains(.sentenceBefore) && !continuesSentence(k) {
            sentenceStarts.append(Int(t.start))
            if folded[k] == "he" || folded[k] == "she" { pronounOpeners[Int(t.start)] = folded[k] == "he" }
        }
        // So do sentences with a parenthetical "…, he said, …": the pronoun speaks, and the names in them are what it said
        // ("Saying President Obama, he said, was “too simple an answer.”").
        for k in tokens.indices.dropFirst() where (folded[k] == "he" || folded[k] == "she") && k + 2 < tokens.count
            && tokens[k].flags.contains(.commaBefore) && AttributionCues.invertible.contains(folded[k + 1])
            && tokens[k + 2].flags.contains(.commaBefore) && tokens[k + 1].flags.isDisjoint(with: [.commaBefore, .clauseBefore]) {
            let start = sentenceStart(of: Int(tokens[k].start))
            if pronounOpeners[start] == nil { pronounOpeners[start] = folded[k] == "he" }
        }
        // And sentences whose clause opens with the pronoun after an opening phrase ("In a statement released Tuesday, he
        // decried the Obama administration’s decision", "Amplifying the Romney campaign message, he said"): the names
        // in them are its objects.
        for k in tokens.indices.dropFirst() where (folded[k] == "he" || folded[k] == "she") && tokens[k].flags.contains(.commaBefore) {
            let start = sentenceStart(of: Int(tokens[k].start))
            let first = tokens.partitionPoint { Int($0.start) >= start }
            guard pronounOpeners[start] == nil, first < k,
                  Int(tokens[first].start) == start,
                  QuoteExtractor.openingPrepositions.contains(folded[first]) || (folded[first].hasSuffix("ing") && folded[first].count > 5),
                  !tokens[(first + 1)..<k].contains(where: { $0.flags.contains(.commaBefore) }) else { continue }
            pronounOpeners[start] = folded[k] == "he"
        }
        for (k, t) in tokens.enumerated() where k > 0 && capitalized(k) && !inHeadline(k) && t.flags.isDisjoint(with: [.sentenceBefore, .clauseBefore])
            && Int(t.start) > 0 && s[Int(t.start) - 1] == " " && folded[k].first?.isLetter == true {
            properWords.insert(folded[k])
        }
        var lowerWords: Set<String> = []
        for k in tokens.indices where !capitalized(k) { lowerWords.insert(folded[k]) }

        // Pass 1: capitalised runs of the body read as people or organisations.
        struct Candidate {
            var span: TextSpan; var words: [String]; var titles: [String]; var kind: EntityKind; var start: Int
            /// The name when the span does not hold it whole ("Hillary" of "Hillary and Bill Clinton" is Hillary Clinton).
            var written: String? = nil
        }
        var found: [Candidate] = []
        var singles: [(span: TextSpan, word: String, title: String?)] = []
        var k = 0
        while k < tokens.count {
            guard capitalized(k), !inHeadline(k), !partyTag(k) else { k += 1; continue }
            var end = k + 1
            while end < tokens.count, !inHeadline(end), joined(end), !partyTag(end),
                  capitalized(end) || (AttributionCues.nameParticles.contains(folded[end]) && end + 1 < tokens.count && capitalized(end + 1))
                      || joinsOrganisation(end) {
                end += 1
            }
            var start = k
            // (A capitalised "Will" inside a sentence, before a name, is a first name: "“…,” Will Moy said"; a modal
            // opens a sentence or a question, and headlines are read apart.)
            while start < end, QuoteSelection.functionWords.contains(folded[start]),
                  !(folded[start] == "will" && start + 1 < end && start > 0 && !tokens[start].flags.contains(.sentenceBefore)
                    && !opensQuotation(start)) { start += 1 }   // "But Akin", "The"
            // A word that opens a sentence before a name is not part of it: a reporting verb ("Added Gibbs: …",
            // "Saying Hamas must pay …"), a preposition or conjunction ("After Biden …", "Unlike Obama, …").
            if start < end - 1, start == 0 || tokens[start].flags.contains(.sentenceBefore),
               AttributionCues.invertible.contains(folded[start]) || NameVocabulary.sentenceOpeners.contains(folded[start])
                   || (folded[start].hasSuffix("ing") && AttributionCues.verbs.contains(folded[start]))    // "Saying Hamas must …"
                   || NameVocabulary.determiners.contains(folded[start]) {
                start += 1
            }
            // A word capitalised only because it opens a quotation (or a sentence, when the article also writes it in
            // lower case), before a name the article writes with capitals inside its sentences ("“Meet Melania
            // Trump.”"), is not part of it.
            if end - start >= 3, opensQuotation(start) || ((start == 0 || tokens[start].flags.contains(.sentenceBefore)) && lowerWords.contains(folded[start])),
               !properWords.contains(folded[start]), ((start + 1)..<end).allSatisfy({ properWords.contains(folded[$0]) }) {
                start += 1
            }
            // A date after a name is not part of it ("Mustafa Al-Kadhimi Monday", "Obama Tuesday").
            while end > start + 1, NameVocabulary.weekdays.contains(folded[end - 1]) || NameVocabulary.months.contains(folded[end - 1]) {
                end -= 1
            }
            defer { k = end }
            guard start < end else { continue }
            let words = nameWords(start..<end)
            let span = TextSpan(Int(tokens[start].start), Int(tokens[end - 1].end))
            let last = words.last!
            if (start..<end).allSatisfy({ placeToken[$0] }) || NameVocabulary.placeHeads.contains(last)
                || NameVocabulary.thingHeads.contains(last) { continue }
            // "X of Y" or "X for Y" after an organisation word is one organisation ("Conference of Catholic Bishops",
            // "Center for American Progress"), unless a title
            // after it opens a person's name ("Department of Justice Spokesman Peter Carr").
            let ofOrganisation = (start + 1..<end).contains { j in
                (folded[j] == "of" || folded[j] == "for") && NameVocabulary.organisationHeads.contains(folded[j - 1])
                    && !(j + 1..<end).contains { NameVocabulary.personTitles.contains(folded[$0]) }
            }
            if NameVocabulary.organisationHeads.contains(last) || ofOrganisation || (words.count == 1 && NameVocabulary.organisations.contains(last))
                || (words.count == 1 && isAcronym(s, tokens[start])) {
                // Its key leaves out a place before it: "United States Supreme Court" is the Supreme Court.
                let leadingPlaces = (start..<end).prefix { placeToken[$0] }.count
                let key = Array(folded[(start + min(leadingPlaces, end - start - 1))..<end]).filter { $0 != "the" }
                found.append(Candidate(span: span, words: key.isEmpty ? words : key, titles: [], kind: .organisation, start: start))
                continue
            }
            // The name is what follows the titles, places, parties and organisations written before it: after the
            // last title word ("Scotts Bluff County Sheriff Mark Overman"), or after the leading ones.
            var nameStart = start
            while nameStart < end - 1, NameVocabulary.titles.contains(folded[nameStart]) || placeToken[nameStart]
                    || NameVocabulary.demonyms.contains(folded[nameStart]) || NameVocabulary.organisations.contains(folded[nameStart])
                    || isAcronym(s, tokens[nameStart]) { nameStart += 1 }
            if let lastTitle = (nameStart..<(end - 1)).last(where: { NameVocabulary.personTitles.contains(folded[$0]) }) {
                nameStart = lastTitle + 1
            }
            // A person's name holds no word that makes a place, an organisation or a thing ("Joint Base Andrews"),
            // unless a first name and surname follow it ("Diplomatic Security Charlene Lamb": the office, then her).
            // A thing word that opens a two-word name is a first name ("Bill Armistead", after "campaign chairman"), or
            // one with a particle ("Mayor Bill de Blasio").
            if let head = (nameStart..<(end - 1)).last(where: { NameVocabulary.placeHeads.contains(folded[$0])
                || NameVocabulary.organisationHeads.contains(folded[$0])
                || (NameVocabulary.thingHeads.contains(folded[$0]) && !($0 == nameStart
                    && (end - nameStart == 2 || (end - nameStart == 3 && AttributionCues.nameParticles.contains(folded[nameStart + 1])))
                    && (nameStart > start || $0 == 0
                    || !capitalized($0 - 1)))) }) {
                guard head <= end - 3, !(head + 1..<end).contains(where: { placeToken[$0] || NameVocabulary.titles.contains(folded[$0]) })
                else { continue }
                nameStart = head + 1
            }
            if nameStart > start, !placeToken[start], NameVocabulary.organisations.contains(folded[start]) || isAcronym(s, tokens[start]) {
                found.append(Candidate(span: tokens[start].span, words: [folded[start]], titles: [], kind: .organisation, start: start))
            }
            let titles = Array(folded[start..<nameStart])
            let name = nameWords(nameStart..<end)
            if name.count == 1 && titles.isEmpty {
                if NameVocabulary.weekdays.contains(name[0]) || NameVocabulary.months.contains(name[0])
                    || NameVocabulary.demonyms.contains(name[0]) || NameVocabulary.titles.contains(name[0]) { continue }
                singles.append((TextSpan(Int(tokens[nameStart].start), Int(tokens[end - 1].end)), name[0], nil))
                continue
            }
            guard !name.allSatisfy({ NameVocabulary.demonyms.contains($0) || NameVocabulary.weekdays.contains($0)
                                     || NameVocabulary.months.contains($0) }) else { continue }
            if name.count == 1 {
                singles.append((TextSpan(Int(tokens[nameStart].start), Int(tokens[end - 1].end)), name[0], titles.last))
                continue
            }
            found.append(Candidate(span: TextSpan(Int(tokens[nameStart].start), Int(tokens[end - 1].end)), words: name,
                                   titles: titles, kind: .person, start: nameStart))
        }

        let headlineWords = Set(tokens.indices.filter(inHeadline).map { folded[$0] })
        /// A role in lower case right before a name is its title too ("Taliban spokesman Zabihullah Mujahid", "White
        /// House press secretary Jen Psaki").
        func lowerCaseRoles(before k: Int) -> [String] {
            var roles: [String] = []
            var j = k - 1
            while j >= 0, k - j <= 2, !capitalized(j), NameVocabulary.roles[folded[j]] != nil || folded[j] == "press",
                  tokens[j + 1].flags.isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore]) {
                roles.append(folded[j]); j -= 1
            }
            return roles
        }
        // First names joined before one surname name two people: "Hillary and Bill Clinton", "Barack and Michelle
        // Obama".
        for c in found where c.kind == .person && c.words.count == 2 && c.titles.isEmpty && c.start >= 2 {
            let k = c.start - 2
            guard folded[k + 1] == "and", capitalized(k), !inHeadline(k), k == 0 || !capitalized(k - 1) || tokens[k].flags.contains(.sentenceBefore),
                  !NameVocabulary.titles.contains(folded[k]), !NameVocabulary.organisations.contains(folded[k]), !placeToken[k],
                  !NameVocabulary.weekdays.contains(folded[k]), !NameVocabulary.months.contains(folded[k]),
                  !NameVocabulary.demonyms.contains(folded[k]), !properWords.contains(folded[k]) || !lowerWords.contains(folded[k])
            else { continue }
            singles.removeAll { $0.span == tokens[k].span }
            let surname = String(String.UnicodeScalarView(s[Int(tokens[c.start + 1].start)..<c.span.end]))
            found.append(Candidate(span: tokens[k].span, words: [folded[k], c.words[1]], titles: [], kind: .person, start: k,
                                   written: String(String.UnicodeScalarView(s[tokens[k].span.start..<tokens[k].span.end])) + " " + surname))
        }
        found.sort { $0.start < $1.start }

        // A one-word organisation that is the surname of a person the article names in full ("Vicente Fox … Fox told
        // CNN") is that person's surname.
        let surnames = Set(found.filter { $0.kind == .person }.map { Self.surname($0.words.last!) })
        found.removeAll { c in
            guard c.kind == .organisation, c.words.count == 1, surnames.contains(c.words[0]),
                  NameVocabulary.organisations.contains(c.words[0]) else { return false }
            singles.append((c.span, c.words[0], nil))
            return true
        }

        // Pass 2: entities from full names; surnames, titled surnames and acronyms joined to them.
        func display(_ span: TextSpan) -> String { String(String.UnicodeScalarView(s[span.start..<span.end])) }
        for c in found {
            switch c.kind {
            case .organisation:
                let key = c.words.joined(separator: " ")
                if let i = entities.firstIndex(where: { $0.kind == .organisation && $0.last == key }) {
                    add(i, c.span, full: true)
                } else if c.words.count == 1, Self.genericHeads.contains(key) {
                    // A generic head alone ("the Board", "Department policy") names no organisation of its own: it is
                    // the one named before whose name ends with it ("Oversight Board"), else none.
                    if let i = entities.lastIndex(where: { $0.kind == .organisation && $0.last.split(separator: " ").last.map(String.init) == key }) {
                        add(i, c.span, full: false)
                    }
                } else {
                    entities.append(ArticleEntity(name: display(c.span).hasPrefix("the ") ? String(display(c.span).dropFirst(4)) : display(c.span),
                                                  kind: .organisation, mentions: [], roles: [], first: nil, last: key))
                    add(entities.count - 1, c.span, full: true)
                }
            case .person:
                let parts = c.words.filter { !["jr", "sr", "ii", "iii", "iv"].contains($0) }
                let last = Self.surname(parts.last ?? c.words.last!)
                let first = parts.count > 1 ? parts.first : nil
                // A compound surname written alone ("Wasserman Schultz", "Van Der Beek") is the person named with it in
                // full ("Debbie Wasserman Schultz", "James Van Der Beek"), whichever comes first.
                func nameTail(_ e: ArticleEntity) -> [String] { Tokenizer.tokens(e.name).map { Tokenizer.folded($0, in: e.name) } }
                var index = entities.firstIndex { $0.kind == .person && $0.last == last && Self.compatible($0.first, first) }
                    ?? entities.firstIndex { e in
                        guard e.kind == .person, e.last == last else { return false }
                        let known = nameTail(e)
                        return (parts.count >= 2 && known.count > parts.count && Array(known.suffix(parts.count)) == parts)
                            || (known.count == 2 && parts.count >= 3 && Array(parts.suffix(2)) == known)
                    }
                if let i = index, parts.count >= 3, nameTail(entities[i]).count == 2 { entities[i].first = first }
                if index == nil {
                    entities.append(ArticleEntity(name: c.written ?? display(c.span), kind: .person, mentions: [], roles: [], first: first, last: last))
                    index = entities.count - 1
                }
                let i = index!
                if entities[i].first == nil { entities[i].first = first }
                if c.words.count > entities[i].name.split(separator: " ").count { entities[i].name = c.written ?? display(c.span) }
                noteTitles(i, c.titles + lowerCaseRoles(before: c.start - c.titles.count))
                add(i, c.span, full: true)
            }
        }
        // The pronouns after full names tell the gender of people the honorifics of surnames then tell apart ("Hillary
        // Rodham Clinton … released her …; … Mrs. Clinton").
        let early = genderEvidence(s, tokens: tokens, folded: folded, subjectsOnly: true)
        func isMale(_ i: Int) -> Bool? {
            let male = entities[i].male + (early[i]?.male ?? 0), female = entities[i].female + (early[i]?.female ?? 0)
            return male == female ? nil : male > female
        }
        var unresolved: [(span: TextSpan, word: String)] = []
        // Where each person is first named in full (before surnames are joined), and their latest mention before a point,
        // found by search (full names, sorted) or kept (surnames, joined in text order): no pass over all mentions for each
        // surname, which a long text with thousands of them would make quadratic.
        let firstNamed = entities.map { $0.mentions.map(\.start).min() ?? Int.max }
        let fullStarts = entities.map { $0.mentions.map(\.start).sorted() }
        var latestSingle: [Int: Int] = [:]
        func latestMention(of e: Int, before offset: Int) -> Int? {
            var best: Int? = nil
            if e < fullStarts.count {
                let k = fullStarts[e].partitionPoint { $0 >= offset }
                if k > 0 { best = fullStarts[e][k - 1] }
            }
            if let l = latestSingle[e], l < offset { best = max(best ?? l, l) }
            return best
        }
        for single in singles.sorted(by: { $0.span.start < $1.span.start }) {
            let word = Self.surname(single.word)
            // An honorific rules out a person of the other gender ("Mr. Cruz" is not Heidi Cruz once she is "Mrs. Cruz").
            let male: Bool? = single.title.flatMap { NameVocabulary.male.contains($0) ? true : NameVocabulary.female.contains($0) ? false : nil }
            var candidates = entities.indices.filter { entities[$0].last == word || (entities[$0].kind == .organisation && entities[$0].last == single.word) }
                .filter { male == nil || isMale($0) == nil || isMale($0) == male }
            // … and prefers one the article has already shown to be of its gender.
            if male != nil, candidates.contains(where: { isMale($0) == male }) {
                candidates = candidates.filter { isMale($0) == male }
            }
            // A titled surname ("Mr. Trump", "President Obama") whose only listed bearer is not among the full names the
            // article gives ("Ivanka Trump", "Malia Obama") is that listed person, not a relative who shares the name.
            if let title = single.title, NameVocabulary.personTitles.contains(title), !candidates.isEmpty,
               case let listed = actors.actors.filter({ $0.kind != "organization"
                   && Self.surname(Tokenizer.fold($0.name.split(separator: " ").last.map(String.init) ?? $0.name)) == word }),
               listed.count == 1, let listedFirst = listed[0].name.split(separator: " ").first.map({ Tokenizer.fold(String($0)) }),
               listed[0].name.split(separator: " ").count > 1,
               !candidates.contains(where: { entities[$0].first == nil || Self.compatible(entities[$0].first, listedFirst) }) {
                if let i = entities.firstIndex(where: { $0.kind == .person && $0.last == word && $0.first == listedFirst }) {
                    candidates = [i]
                } else {
                    entities.append(ArticleEntity(name: listed[0].name, kind: .person, mentions: [], roles: [], first: listedFirst, last: word))
                    candidates = [entities.count - 1]
                }
            }
            // A bare surname goes on naming the one the article has been calling by it ("Trump said" after "Melania
            // Trump" was named is still the Trump the article has called "Trump"): a second bearer gets a first name or
            // a title.
            if single.title == nil, candidates.count > 1,
               !candidates.contains(where: { c in latestMention(of: c, before: single.span.start).map { $0 >= sentenceStart(of: single.span.start) } ?? false }) {
                let headlined = candidates.filter { entities[$0].first.map { headlineWords.contains($0) } ?? false }
                let ranked = candidates.map { c in (c, entities[c].mentions.count, -(c < firstNamed.count ? firstNamed[c] : Int.max)) }
                candidates = headlined.count == 1 ? headlined : [ranked.max { ($0.1, $0.2) < ($1.1, $1.2) }!.0]
            }
            // The latest named wins; people last named together ("Hillary and Bill Clinton earned …") are told apart by
            // the headline, which names the article's subject, else by who is named first.
            let latest = candidates.compactMap { latestMention(of: $0, before: single.span.start) }.max()
            let tied = latest.map { l in
                candidates.filter { c in latestMention(of: c, before: single.span.start).map { l - $0 <= Self.namedTogether } ?? false }
            } ?? []
            if tied.count > 1 {
                let headlined = tied.filter { entities[$0].first.map { headlineWords.contains($0) } ?? false }
                candidates = headlined.count == 1 ? headlined
                    : [tied.min { ($0 < firstNamed.count ? firstNamed[$0] : Int.max) < ($1 < firstNamed.count ? firstNamed[$1] : Int.max) }!]
            }
            if let i = candidates.max(by: { latestMention(of: $0, before: single.span.start) ?? -1 < latestMention(of: $1, before: single.span.start) ?? -1 }) {
                if let title = single.title { noteTitles(i, [title]) }
                add(i, single.span, full: false)
                latestSingle[i] = single.span.start
            } else if let title = single.title, NameVocabulary.personTitles.contains(title),
                      !NameVocabulary.organisationHeads.contains(word), !NameVocabulary.unnamedHeads.contains(word) {
                // A titled surname the article never writes in full ("Sen. Lee said"): a person of that name.
                entities.append(ArticleEntity(name: display(single.span), kind: .person, mentions: [], roles: [], first: nil, last: word))
                noteTitles(entities.count - 1, [title])
                add(entities.count - 1, single.span, full: false)
                latestSingle[entities.count - 1] = single.span.start
            } else if single.title == nil {
                unresolved.append((single.span, single.word))
            }
        }
        // The actors list: aliases an outlet uses for someone it never names in full ("Kadhimi").
        for m in actors.mentions(in: text) where !mentionList.contains(where: { $0.span.overlaps(m.span) }) && !isPlace(m.span) {
            let actor = actors.actors[m.actor]
            let key = Self.surname(Tokenizer.fold(actor.name.split(separator: " ").last.map(String.init) ?? actor.name))
            if let i = entities.firstIndex(where: { $0.last == key }) {
                add(i, m.span, full: false)
            } else {
                entities.append(ArticleEntity(name: actor.name, kind: actor.kind == "organization" ? .organisation : .person,
                                              mentions: [], roles: [], first: nil, last: key))
                add(entities.count - 1, m.span, full: true)
            }
        }
        // A word the article writes with a capital at least twice and never in lower case, that names no person it
        // knows, is an organisation when the article speaks of one by its kind ("Pfizer tweeted …, the pharmaceutical
        // giant said"; "the drugmaker", "the companies").
        let speaksOfOrganisations = tokens.indices.contains { k in
            !capitalized(k) && NameVocabulary.isOrganisationKind(folded[k]) && (max(0, k - 3)..<k).contains { folded[$0] == "the" }
        }
        if speaksOfOrganisations {
            var byWord: [String: [TextSpan]] = [:]
            for u in unresolved where !mentionList.contains(where: { $0.span.overlaps(u.span) }) { byWord[u.word, default: []].append(u.span) }
            let headlineCount = Dictionary(tokens.indices.filter(inHeadline).map { (folded[$0], 1) }, uniquingKeysWith: +)
            for (word, spans) in byWord.sorted(by: { $0.value[0].start < $1.value[0].start })
            where spans.count + (headlineCount[word] ?? 0) >= 2 && word.count >= 3 && !lowerWords.contains(word)
                && !QuoteSelection.functionWords.contains(word) && !NameVocabulary.sentenceOpeners.contains(word)
                && !spans.contains(where: { isPlace($0) }) && !entities.contains(where: { $0.last == word })
                // A common noun some write with a capital takes an article ("the Internet"); a company's name does not.
                && !spans.contains(where: { span in
                    let k = tokens.partitionPoint { Int($0.start) >= span.start }
                    return k > 0 && ["the", "a", "an"].contains(folded[k - 1])
                })
                // … and it stands as a name somewhere: opening a sentence or as a possessor ("Pfizer tweeted",
                // "Pfizer's vaccine"), not only as a modifier ("Internet data").
                && spans.contains(where: { span in
                    let k = tokens.partitionPoint { Int($0.start) >= span.start }
                    return k == 0 || sentenceStarts.contains(span.start) || tokens[k].flags.contains(.sentenceBefore)
                        || (k + 1 < tokens.count && folded[k + 1] == "'s" && tokens[k + 1].start == tokens[k].end)
                }) {
                // The first word of an organisation the article names in full is that organisation ("Southwest
                // Airlines … Southwest said").
                if let i = entities.firstIndex(where: { $0.kind == .organisation && $0.last.split(separator: " ").first.map(String.init) == word }) {
                    for span in spans { add(i, span, full: false) }
                    continue
                }
                entities.append(ArticleEntity(name: display(spans[0]), kind: .organisation, mentions: [], roles: [], first: nil, last: word))
                for span in spans { add(entities.count - 1, span, full: true) }
            }
        }
        // A surname the article never gives a first name for ("President Biden"): the actors list's full name, when
        // exactly one listed person has that surname.
        for i in entities.indices where entities[i].kind == .person && entities[i].first == nil {
            let listed = actors.actors.filter { $0.kind != "organization"
                && Self.surname(Tokenizer.fold($0.name.split(separator: " ").last.map(String.init) ?? $0.name)) == entities[i].last }
            if listed.count == 1 { entities[i].name = listed[0].name }
        }
        // The headline names people by surname in title case: known surnames and organisations only.
        for k in tokens.indices where inHeadline(k) {
            let word = Self.surname(folded[k])
            if let i = entities.firstIndex(where: { $0.last == word || ($0.kind == .organisation && $0.last == folded[k]) }) {
                add(i, tokens[k].span, full: false)
            }
        }
        mentionList.sort { $0.span.start < $1.span.start }
        for i in entities.indices { entities[i].mentions.sort { $0.start < $1.start } }
        for m in mentionList where m.span.end + 1 < s.count && (s[m.span.end] == "'" || s[m.span.end] == "\u{2019}")
            && (s[m.span.end + 1] == "s" || s[m.span.end + 1] == " ") {
            possessives.insert(m.span.start)
        }
        /// The lower-case word at `i` (after spaces), if one starts there.
        func lowerWord(_ i: Int) -> String? {
            var i = i
            while i < s.count, s[i] == " " { i += 1 }
            guard i < s.count, s[i].properties.isLowercase else { return nil }
            var word = ""
            while i < s.count, s[i].properties.isAlphabetic { word.unicodeScalars.append(s[i]); i += 1 }
            return word
        }
        /// A word that is a finite verb rather than a noun: an auxiliary, a reporting verb, a past form.
        func verbLike(_ word: String) -> Bool {
            !word.hasSuffix("ing") && (QuoteExtractor.auxiliaries.contains(word) || AttributionCues.verbs.contains(word) || word.hasSuffix("ed"))
        }
        for m in mentionList where m.span.end + 1 < s.count {
            // "the George W. Bush administration": a name after an article modifies the noun that follows it.
            let before = String(String.UnicodeScalarView(s[max(0, m.span.start - 4)..<m.span.start])).lowercased()
            guard !before.hasSuffix("the "), !before.hasSuffix(" a "), !before.hasSuffix(" an ") else {
                if s[m.span.end] == " ", lowerWord(m.span.end) != nil { modifiers.insert(m.span.start) }
                continue
            }
            if s[m.span.end] == " ", let word = lowerWord(m.span.end) {
                // "Trump said".
                if !QuoteSelection.functionWords.contains(word), !["of", "to", "at", "in"].contains(word) {
                    beforeVerbs.insert(m.span.start)
                }
            } else if s[m.span.end] == "," {
                // The name in apposition before its verb ("the first lady, Melania Trump, questioned …"), or before an
                // appositive of its own ("Sen. Jim DeMint, R-S.C., would not …", "Steele, the party's chairman, said").
                if before.hasSuffix(", "), let word = lowerWord(m.span.end + 1), verbLike(word) {
                    beforeVerbs.insert(m.span.start)
                } else if let close = (m.span.end + 1..<min(s.count, m.span.end + 50)).first(where: { s[$0] == "," || s[$0] == "\n" || "\"\u{201C}\u{201D}".unicodeScalars.contains(s[$0]) }),
                          s[close] == ",", case let inside = s[(m.span.end + 1)..<close].split(separator: " "), inside.count <= 8,
                          !inside.contains(where: { verbLike(String(String.UnicodeScalarView($0))) }),
                          let word = lowerWord(close + 1), verbLike(word) {
                    beforeVerbs.insert(m.span.start)
                }
            }
        }
        var mentionAt: [Int: (span: TextSpan, entity: Int, full: Bool)] = [:]
        for m in mentionList where mentionAt[m.span.start] == nil { mentionAt[m.span.start] = m }
        let starts = Set(sentenceStarts)
        for (k, t) in tokens.enumerated() where k == 0 || starts.contains(Int(t.start)) {
            var j = k
            // Titles, and the capitalised words of a name's own run ("Weekly Standard Editor Bill Kristol").
            while j < tokens.count, j - k < 6, mentionAt[Int(tokens[j].start)] == nil,
                  NameVocabulary.titles.contains(folded[j]) || capitalized(j),
                  j == k || tokens[j].flags.isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore]) { j += 1 }
            if NameVocabulary.prepositions.contains(folded[k]), k + 1 < tokens.count {
                let n = folded[k + 1] == "the" ? k + 2 : k + 1
                if n < tokens.count, let m = mentionAt[Int(tokens[n].start)], m.span.end < s.count, s[m.span.end] == "," {
                    frontedObjects.insert(m.span.start)
                }
            }
            guard j < tokens.count, let m = mentionAt[Int(tokens[j].start)] else { continue }
            sentenceOpeners.insert(m.span.start)
            // An organisation and a job before a person ("Weekly Standard Editor Bill Kristol", "Fox News host Sean
            // Hannity"): the person opens the sentence.
            guard entities[m.entity].kind == .organisation else { continue }
            var p = j
            while p < tokens.count, Int(tokens[p].start) < m.span.end { p += 1 }
            let jobStart = p
            while p < tokens.count, p - jobStart < 3, mentionAt[Int(tokens[p].start)] == nil, NameVocabulary.titles.contains(folded[p]),
                  tokens[p].flags.isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore]) { p += 1 }
            if p > jobStart, p < tokens.count, tokens[p].flags.isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore]),
               let person = mentionAt[Int(tokens[p].start)], entities[person.entity].kind == .person {
                sentenceOpeners.insert(person.span.start)
            }
        }
        learnFromContext(s, tokens: tokens, folded: folded)
        // "the governor", and a role after modifiers ("the Democratic presidential candidate"): the article before and
        // the role after them hold no comma, no name and no verb.
        for k in tokens.indices.dropFirst() where NameVocabulary.roles[folded[k]] != nil && !capitalized(k)
            && !inHeadline(k) && (k + 1 == tokens.count || !capitalized(k + 1)) {
            guard let the = (max(0, k - 3)..<k).last(where: { folded[$0] == "the" }),
                  ((the + 1)...k).allSatisfy({ tokens[$0].flags.isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore])
                      && mentionAt[Int(tokens[$0].start)] == nil && !AttributionCues.verbs.contains(folded[$0])
                      && !QuoteSelection.functionWords.contains(folded[$0]) })
            else { continue }
            if let e = person(forRole: ["the", folded[k]], before: Int(tokens[the].start)) {
                roleMentions.append((Int(tokens[the].start), e, the == 0 || !tokens[the].flags.isDisjoint(with: [.sentenceBefore, .commaBefore])))
            }
        }
        // Descriptions the article ties to a name by apposition, either way round: "The official, George Gao, worried",
        // "Daniel Foote, the special envoy, resigned".
        func isDescriptionHead(_ word: String) -> Bool {
            NameVocabulary.unnamedHeads.contains(word) || NameVocabulary.describedPeople.contains(word) || NameVocabulary.roles[word] != nil
        }
        /// The head noun of a lower-case description "the/a … noun" starting at token `k`, ending before a comma.
        func description(from k: Int) -> (head: String, end: Int)? {
            guard k < tokens.count, ["the", "a", "an"].contains(folded[k]) else { return nil }
            var j = k + 1
            while j < tokens.count, j - k <= 4, !capitalized(j), folded[j].first?.isLetter == true,
                  !QuoteSelection.functionWords.contains(folded[j]),
                  tokens[j].flags.isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore]) { j += 1 }
            guard j > k + 1, j < tokens.count, tokens[j].flags.contains(.commaBefore), isDescriptionHead(folded[j - 1]) else { return nil }
            return (folded[j - 1], j)
        }
        var tokenAtStart: [Int: Int] = [:]
        for (k, t) in tokens.enumerated() { tokenAtStart[Int(t.start)] = k }
        for (k, t) in tokens.enumerated() where folded[k] == "the" {
            guard let (head, j) = description(from: k), let m = mentionAt[Int(tokens[j].start)], entities[m.entity].kind == .person,
                  m.span.end < s.count, s[m.span.end] == "," else { continue }
            descriptionTies.append((head, m.entity, Int(t.start)))
        }
        for m in mentionList where entities[m.entity].kind == .person && m.span.end < s.count && s[m.span.end] == "," {
            guard let k = tokenAtStart[m.span.start], let next = (k + 1..<min(tokens.count, k + 8)).first(where: { tokens[$0].flags.contains(.commaBefore) }),
                  Int(tokens[next].start) > m.span.end, let (head, _) = description(from: next) else { continue }
            descriptionTies.append((head, m.entity, m.span.start))
        }
    }

    /// The person an indefinite or definite description stands for ("a top Chinese health official", "the diplomat")
    /// when the article ties its noun by apposition to one person and no other ("The official, George Gao, …").
    func person(describedAs words: [String]) -> Int? {
        guard words.count >= 2, ["the", "a", "an"].contains(words[0]), let head = words.last,
              words.dropFirst().allSatisfy({ $0.first?.isLetter == true && !QuoteSelection.functionWords.contains($0) }) else { return nil }
        let holders = Set(descriptionTies.lazy.filter { $0.head == head }.map(\.entity))
        return holders.count == 1 ? holders.first : nil
    }

    // MARK: building

    private mutating func add(_ entity: Int, _ span: TextSpan, full: Bool) {
        entities[entity].mentions.append(span)
        mentionList.append((span, entity, full))
    }

    private mutating func noteTitles(_ entity: Int, _ titles: [String]) {
        for title in titles {
            if let role = NameVocabulary.roles[title.trimmingCharacters(in: ["."])] { entities[entity].roles.insert(role) }
            if NameVocabulary.male.contains(title) { entities[entity].male += 3 }
            if NameVocabulary.female.contains(title) { entities[entity].female += 3 }
        }
        if titles.contains("vice"), entities[entity].roles.contains("president") {
            entities[entity].roles.remove("president"); entities[entity].roles.insert("vice president")
        }
        if titles.contains("first"), titles.contains("lady") { entities[entity].roles.insert("first lady") }
    }

    /// Heads of organisation names that name no organisation alone ("the Board", "the Department").
    static let genericHeads: Set<String> = ["department", "board", "committee", "court", "agency", "commission", "council",
                                            "office", "bureau", "panel", "service", "institute", "center", "centre",
                                            "foundation", "ministry", "company", "corporation", "association", "organization",
                                            "organisation", "group", "union", "university", "college", "school"]

    /// Mentions that start at most this many characters apart name people together ("Hillary and Bill Clinton").
    static let namedTogether = 16

    /// The start of the entity's latest mention before `offset` (mentions are not yet in text order while surnames are
    /// being joined: full names come first).
    private func lastMention(of entity: Int, before offset: Int) -> Int? {
        entities[entity].mentions.lazy.map(\.start).filter { $0 < offset }.max()
    }

    /// Roles from appositions ("Nancy Pelosi, the House speaker,"; "John Rother, AARP's policy chief") and gender
    /// from the pronouns that follow a person who is the only one named in their sentence.
    private mutating func learnFromContext(_ s: [Unicode.Scalar], tokens: [Token], folded: [String]) {
        var mentionAtToken: [Int: Int] = [:]
        var byEnd: [Int: Int] = [:]
        for m in mentionList where byEnd[m.span.end] == nil { byEnd[m.span.end] = m.entity }
        for (k, t) in tokens.enumerated() {
            if let e = byEnd[Int(t.end)] { mentionAtToken[k] = e }
        }
        for (k, entity) in mentionAtToken where k + 1 < tokens.count && tokens[k + 1].flags.contains(.commaBefore) {
            var j = k + 1
            while j < tokens.count, j - k <= 8, !tokens[j].flags.contains(.sentenceBefore),
                  j == k + 1 || !tokens[j].flags.contains(.commaBefore) {
                if let role = NameVocabulary.roles[folded[j]], entities[entity].kind == .person { entities[entity].roles.insert(role) }
                j += 1
            }
        }
        for (e, evidence) in genderEvidence(s, tokens: tokens, folded: folded, subjectsOnly: false) {
            entities[e].male += evidence.male
            entities[e].female += evidence.female
        }
    }

    /// Gender from the mentions found so far: a kinship noun the article puts before the name ("his wife, Huma Abedin";
    /// "her son Seth"), and the third-person pronouns after the name in a sentence that has named that one person so
    /// far ("Hillary Rodham Clinton on Friday released her … returns"). `subjectsOnly`: pronouns count only for a person
    /// who opens the sentence (after titles and a dateline), not for one named in a clause ("the Nafta that President
    /// Bill Clinton signed, and she faces rivals"). Counts of he and she per entity.
    private func genderEvidence(_ s: [Unicode.Scalar], tokens: [Token], folded: [String], subjectsOnly: Bool) -> [Int: (male: Int, female: Int)] {
        var evidence: [Int: (male: Int, female: Int)] = [:]
        func note(_ e: Int, _ male: Bool) {
            evidence[e, default: (0, 0)].male += male ? 1 : 0
            evidence[e, default: (0, 0)].female += male ? 0 : 1
        }
        var tokenAt: [Int: Int] = [:]
        for (k, t) in tokens.enumerated() { tokenAt[Int(t.start)] = k }
        for m in mentionList where entities[m.entity].kind == .person {
            guard let k = tokenAt[m.span.start], k > 0, let male = NameVocabulary.kinGender[folded[k - 1]] else { continue }
            note(m.entity, male)
        }
        var byEnd: [Int: Int] = [:], endOf: [Int: Int] = [:]
        for m in mentionList where byEnd[m.span.end] == nil {
            byEnd[m.span.end] = m.entity
            if entities[m.entity].kind == .person { endOf[m.span.start] = m.span.end }
        }
        var people: Set<Int> = []
        let starts = Set(sentenceStarts)
        // Still at the sentence's opening: titles and a dateline's capitals ("DES MOINES –") come before its subject.
        var opening = true, openerEnd: Int? = nil
        // A pronoun addressed by a speech verb ("Crowley asked her if she could …") is someone else, whom the pronouns
        // of that gender after it in the sentence stand for too.
        var addressed: Bool? = nil
        for (k, t) in tokens.enumerated() {
            if k == 0 || starts.contains(Int(t.start)) { people.removeAll(); opening = true; openerEnd = nil; addressed = nil }
            if k > 0, ["him", "her"].contains(folded[k]), AttributionCues.verbs.contains(folded[k - 1]),
               tokens[k].flags.isDisjoint(with: [.commaBefore, .clauseBefore, .sentenceBefore]) {
                addressed = folded[k] == "him"
            }
            if opening, let end = endOf[Int(t.start)] { openerEnd = end }
            let dateline = t.end - t.start > 1 && s[Int(t.start)..<Int(t.end)].allSatisfy { !$0.properties.isLowercase }
            if openerEnd == nil, !NameVocabulary.titles.contains(folded[k]), !dateline { opening = false }
            if let e = byEnd[Int(t.end)], entities[e].kind == .person, !subjectsOnly || openerEnd == Int(t.end) || !people.isEmpty {
                people.insert(e)
            }
            if openerEnd == Int(t.end) { opening = false; openerEnd = -1 }
            if people.count == 1, let e = people.first, let gender = NameVocabulary.pronounGender[folded[k]], let male = gender, addressed != male {
                note(e, male)
            }
        }
        return evidence
    }

    /// Whether the quotation marks at `open` and `close` set off a nickname inside a name: one capitalised word between
    /// a capitalised word and another, a space either side (William "Mo" Cowan, Robert “Beto” O'Rourke).
    static func isNickname(_ s: [Unicode.Scalar], open: Int, close: Int) -> Bool {
        guard open >= 2, close > open + 1, close + 2 < s.count, ["\"", "\u{201C}", "'", "\u{2018}"].contains(s[open]),
              ["\"", "\u{201D}", "'", "\u{2019}"].contains(s[close]), s[open - 1] == " ", s[close + 1] == " ",
              s[open + 1].properties.isUppercase, s[close + 2].properties.isUppercase,
              s[(open + 1)..<close].allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "\u{2019}" || $0 == "." })
        else { return false }
        var start = open - 1
        while start > 0, s[start - 1].properties.isAlphabetic || s[start - 1] == "'" || s[start - 1] == "\u{2019}" { start -= 1 }
        return start < open - 1 && s[start].properties.isUppercase
    }

    static func surname(_ word: String) -> String {
        for prefix in ["al-", "el-"] where word.hasPrefix(prefix) && word.count > prefix.count + 2 { return String(word.dropFirst(prefix.count)) }
        return word
    }

    /// First names that can be the same person's: equal, one missing, an initial of the other, or one starting the other.
    static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, a != b else { return true }
        let x = a.trimmingCharacters(in: ["."]), y = b.trimmingCharacters(in: ["."])
        return x.first == y.first && (x.count == 1 || y.count == 1 || x.hasPrefix(y) || y.hasPrefix(x))
    }

    /// An acronym that can name an organisation ("NRA", "FDA"): not a disease, a measure or a job written in capitals
    /// ("COVID", "GDP", "CEO"), nor one that carries a number ("COVID-19", "H1N1"), nor a label opening a paragraph
    /// ("UPDATE: …").
    private func isAcronym(_ s: [Unicode.Scalar], _ token: Token) -> Bool {
        let end = Int(token.end)
        let written = s[Int(token.start)..<end]
        let letters = written.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }),
              !written.contains(where: { $0.properties.numericType != nil }),
              !(end + 1 < s.count && "-\u{2010}\u{2011}".unicodeScalars.contains(s[end]) && s[end + 1].properties.numericType != nil),
              // A label before a colon ("UPDATE:", "BREAKING:") names nothing.
              !(end < s.count && s[end] == ":" && (token.start == 0 || s[Int(token.start) - 1] == "\n"))
        else { return false }
        return !NameVocabulary.commonAcronyms.contains(String(String.UnicodeScalarView(letters)).lowercased())
    }

    // MARK: resolving

    /// The entity a span names, and whether it names them in full.
    public func entity(in span: TextSpan) -> (entity: Int, full: Bool)? {
        var best: (entity: Int, full: Bool, overlap: Int)? = nil
        for m in mentions(near: span) where m.span.overlaps(span) {
            let overlap = min(m.span.end, span.end) - max(m.span.start, span.start)
            if best == nil || overlap > best!.overlap || (overlap == best!.overlap && m.full && !best!.full) {
                best = (m.entity, m.full, overlap)
            }
        }
        return best.map { ($0.entity, $0.full) }
    }

    /// The first person or organisation named between `from` and `to` outside quotations and not as a possessor
    /// (the subject of a sentence's reporting verb).
    func firstEntity(from: Int, to: Int, excluding: [TextSpan] = []) -> Int? {
        firstMentionEntry(from: from, to: to, excluding: excluding)?.entity
    }

    /// Where that first person or organisation is named.
    func firstMention(from: Int, to: Int, excluding: [TextSpan] = []) -> TextSpan? {
        firstMentionEntry(from: from, to: to, excluding: excluding)?.span
    }

    private func firstMentionEntry(from: Int, to: Int, excluding: [TextSpan],
                                   where accept: (TextSpan, Int) -> Bool = { _, _ in true }) -> (span: TextSpan, entity: Int)? {
        mentionList[startIndex(from)...].prefix { $0.span.start < to }.first { m in
            m.span.end <= to && !possessives.contains(m.span.start) && !Self.inside(m.span, excluding) && accept(m.span, m.entity)
        }.map { ($0.span, $0.entity) }
    }

    /// The first person or organisation named in [from, to) that is not a platform naming where a writing appeared
    /// ("Elizabeth Lauten wrote in a Facebook post"; "On Twitter, the senator wrote"): a writing's author.
    func firstAuthor(from: Int, to: Int, excluding: [TextSpan] = []) -> Int? {
        firstMentionEntry(from: from, to: to, excluding: excluding) { _, e in !isPlatform(e) }?.entity
    }

    /// Whether an organisation is a platform others publish on (Facebook, Twitter): the place of a writing, not its author.
    func isPlatform(_ entity: Int) -> Bool {
        entities[entity].kind == .organisation && NameVocabulary.platforms.contains(entities[entity].last)
    }

    /// The index of the first mention that starts at or after `offset` (mentions are sorted by start).
    private func startIndex(_ offset: Int) -> Int {
        mentionList.partitionPoint { $0.span.start >= offset }
    }

    /// The mentions that can overlap a span (a name is at most a few hundred characters long).
    private func mentions(near span: TextSpan) -> ArraySlice<(span: TextSpan, entity: Int, full: Bool)> {
        mentionList[startIndex(span.start - 300)...].prefix { $0.span.start < span.end }
    }

    /// Whether a span overlaps one of `spans`, which are sorted by start and do not overlap each other (an article's
    /// quotations).
    static func inside(_ span: TextSpan, _ spans: [TextSpan]) -> Bool {
        let after = spans.partitionPoint { $0.start >= span.end }
        return after > 0 && spans[after - 1].overlaps(span)
    }

    /// The person a pronoun before `offset` stands for: the nearest sentence back from it naming someone the pronoun
    /// can mean, and in it a person the article shows to be of the pronoun's gender before the subject (the first
    /// named) whose gender it never shows; names inside quotations (`excluding`) are not antecedents.
    func person(forPronoun word: String, before offset: Int, excluding: [TextSpan] = []) -> Int? {
        guard let gender = NameVocabulary.pronounGender[word] else { return nil }
        // Back from the pronoun, sentence by sentence (through the mentions, not the sentences: an article of a
        // thousand sentences naming nobody costs nothing).
        var k = startIndex(offset) - 1
        var upper = offset
        let own = sentenceStart(of: offset)
        /// A role that is the subject of a sentence in [from, upper), before any name in it ("The governor said that he
        /// would not.", "When asked …, the governor said"): the person it names.
        func role(from: Int) -> Int? {
            roleMentions.last { r in
                let start = sentenceStart(of: r.start)
                return r.start >= from && r.start < upper && r.opens && pronounOpeners[start] == nil
                    && !mentionList[startIndex(start)...].prefix(while: { $0.span.start < r.start }).contains { entities[$0.entity].kind == .person }
                    && !Self.inside(TextSpan(r.start, r.start + 1), excluding)
                    && (entities[r.entity].isMale == gender || entities[r.entity].isMale == nil)
            }?.entity
        }
        while k >= 0 {
            let sentence = sentenceStart(of: mentionList[k].span.start)
            // A sentence after it that names nobody but opens with a role stands for that person.
            if let e = role(from: sentence) { return e }
            upper = sentence
            var here: [(span: TextSpan, entity: Int, full: Bool)] = []
            while k >= 0, mentionList[k].span.start >= sentence {
                let m = mentionList[k]
                // (In the pronoun's own sentence, a name in a phrase fronted by a preposition is not it: "Of Obama, he
                // said"; in a sentence before, it may be: "For Biden, the message is clear. In his own words, …".)
                if entities[m.entity].kind == .person, !Self.inside(m.span, excluding), !modifiers.contains(m.span.start),
                   sentence != own || !frontedObjects.contains(m.span.start) { here.insert(m, at: 0) }
                k -= 1
            }
            // A sentence that opens with the same pronoun ("He recalled campaigning with Romney. “…,” he said") goes on
            // with the person before it: its own names are not the subject.
            if pronounOpeners[sentence] == gender { continue }
            // In the nearest sentence naming someone who can be meant: its subject (a name before its verb) unless
            // shown to be of the other gender, else one shown to be of the pronoun's gender, else the first whose
            // gender the article never shows.
            if let m = here.first(where: { (beforeVerbs.contains($0.span.start) || sentenceOpeners.contains($0.span.start)) && !possessives.contains($0.span.start)
                && (entities[$0.entity].isMale == gender || entities[$0.entity].isMale == nil) }) { return m.entity }
            if let m = here.first(where: { entities[$0.entity].isMale == gender }) { return m.entity }
            let unknown = here.filter { entities[$0.entity].isMale == nil }
            if let m = unknown.first(where: { beforeVerbs.contains($0.span.start) }) ?? unknown.first { return m.entity }
        }
        return role(from: 0)
    }

    /// Who "it" or "they" stands for as a speaker: the subject of the nearest sentence back (of two, the pronoun's
    /// own included) that names anyone, when that subject is an organisation ("Slate magazine produced a profile …,
    /// and it said …"; "the Safari Club sent out … And they blasted …"), or, for "they",
    /// two people joined by "and" ("Mr. Udall and Mr. Wyden released a statement … they added": the first of them).
    /// Nobody when that subject is one person or no name at all: "they" and "it" then mean no one the article names.
    func subject(forPronoun word: String, before offset: Int, in s: [Unicode.Scalar], excluding: [TextSpan] = []) -> Int? {
        guard word == "it" || word == "they", let (start, here) = nearestNamingSentence(before: offset, within: 2, excluding: excluding),
              let first = here.first else { return nil }
        // "It" goes on with the subject of the sentence before: an organisation that opens it ("The Pentagon released a
        // report. It said …"), not one named further on ("The cable warned that the 17 February Brigade … It said":
        // the cable; "The county confirmed it on Twitter. Instead, it slammed …": the county).
        if word == "it", !Self.opensClause(Array(s[start..<first.span.start])) { return nil }
        if entities[first.entity].kind == .organisation { return first.entity }
        if word == "they", entities[first.entity].kind == .person, here.count >= 2,
           entities[here[1].entity].kind == .person, beforeVerbs.contains(here[1].span.start),
           case let between = String(String.UnicodeScalarView(s[first.span.end..<here[1].span.start])).lowercased()
               .split(whereSeparator: { $0 == " " }),
           between.first == "and", between.count <= 3 {
            return first.entity
        }
        return nil
    }

    /// Whether the words before a name in its sentence leave it the subject: at most three words that are neither
    /// prepositions nor verbs ("The", "But the", "Pharmaceutical giant"), after an opening phrase closed by a comma
    /// ("On Tuesday, the").
    static func opensClause(_ prefix: [Unicode.Scalar]) -> Bool {
        var text = String(String.UnicodeScalarView(prefix))
        if let comma = text.lastIndex(of: ","), text[..<comma].split(separator: " ").count <= 6 { text = String(text[text.index(after: comma)...]) }
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "\u{201C}" || $0 == "\"" }).map(String.init)
        let prepositions: Set<String> = ["of", "in", "on", "at", "by", "from", "with", "to", "for", "about", "after", "before",
                                         "against", "between", "into", "over", "under", "that", "than", "like"]
        return words.count <= 3 && !words.contains { prepositions.contains($0) || AttributionCues.verbs.contains($0) || $0.hasSuffix("ed") }
    }

    /// The nearest of `within` sentences back from `offset` (the one holding it first) that names anyone outside
    /// `excluding`, with its start and those mentions in text order, possessors left out.
    private func nearestNamingSentence(before offset: Int, within: Int, excluding: [TextSpan])
        -> (start: Int, mentions: [(span: TextSpan, entity: Int, full: Bool)])? {
        var sentenceEnd = offset
        var start = sentenceStart(of: max(0, offset - 1))
        for _ in 0..<within {
            let here = mentionList[startIndex(start)...].prefix(while: { $0.span.start < sentenceEnd })
                .filter { !Self.inside($0.span, excluding) && !possessives.contains($0.span.start) }
            if !here.isEmpty { return (start, Array(here)) }
            guard start > 0 else { break }
            sentenceEnd = start
            start = sentenceStart(of: start - 1)
        }
        return nil
    }

    /// The relative a kinship phrase names ("his father", "her daughter"): of the people who share the surname of the
    /// one the pronoun stands for, the one named nearest before `offset`; nobody when the article names no such
    /// relative.
    func relative(_ pronoun: String, _ kin: String, before offset: Int, excluding: [TextSpan] = []) -> Int? {
        guard NameVocabulary.kinship.contains(kin), let holder = person(forPronoun: pronoun, before: offset, excluding: excluding)
        else { return nil }
        return entities.indices.filter { $0 != holder && entities[$0].kind == .person && entities[$0].last == entities[holder].last }
            .compactMap { i in lastMention(of: i, before: offset).map { (i, $0) } }
            .max { $0.1 < $1.1 }?.0
    }

    /// The organisation a definite description stands for ("the hospital" after "MedStar Washington Hospital
    /// Center"): the one most recently named before `offset` whose name holds the noun.
    func organisation(forNoun noun: String, before offset: Int) -> Int? {
        guard NameVocabulary.organisationHeads.contains(noun) else { return nil }
        return mentionList[..<startIndex(offset)].last { m in
            entities[m.entity].kind == .organisation && entities[m.entity].last.split(separator: " ").contains { $0 == noun }
        }?.entity
    }

    /// The organisation a longer definite description stands for: one named before `offset` (nearest first) whose
    /// name holds a word that qualifies the description's head ("the oversight panel" after "House Oversight
    /// Committee"); else, for a head any organisation can be called ("the company", "the pharmaceutical giant", "the
    /// drugmakers", "the agency"), the organisation that is the subject (its first name, not after a preposition) of
    /// the nearest sentence back that names a subject, passing up to two that name someone only after a preposition.
    func organisation(forDescription words: [String], before offset: Int, in s: [Unicode.Scalar], excluding: [TextSpan] = []) -> Int? {
        guard words.count >= 2, words.count <= 4, words[0] == "the", let head = words.last else { return nil }
        let generic = NameVocabulary.isOrganisationKind(head)
        guard generic || NameVocabulary.organisationHeads.contains(head)
                || (head.hasSuffix("s") && NameVocabulary.organisationHeads.contains(String(head.dropLast()))) else { return nil }
        let qualifiers = words.dropFirst().dropLast().filter { $0.count > 3 && !QuoteSelection.functionWords.contains($0) }
        if !qualifiers.isEmpty, let m = mentionList[..<startIndex(offset)].last(where: { m in
            entities[m.entity].kind == .organisation && !Self.inside(m.span, excluding)
                && entities[m.entity].name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { qualifiers.contains(String($0)) }
        }) {
            return m.entity
        }
        guard generic else { return nil }
        /// The object of a preposition ("submitted it to the Food and Drug Administration") is no sentence's subject.
        func afterPreposition(_ m: TextSpan, sentenceStart start: Int) -> Bool {
            var i = m.start
            var previous: [String] = []
            while previous.count < 2, i > start {
                while i > start, !s[i - 1].properties.isAlphabetic { i -= 1 }
                var word = ""
                while i > start, s[i - 1].properties.isAlphabetic { word.unicodeScalars.insert(s[i - 1], at: word.unicodeScalars.startIndex); i -= 1 }
                previous.append(word.lowercased())
                if word.lowercased() != "the" { break }
            }
            return previous.last.map({ NameVocabulary.prepositions.contains($0) }) == true
        }
        // Back over up to three sentences, past those that name someone only after a preposition ("a ban imposed by
        // the Obama administration"), to one whose subject is named: the organisation, if that is one.
        var before = offset
        for _ in 0..<3 {
            guard let (start, here) = nearestNamingSentence(before: before, within: 3, excluding: excluding), let first = here.first else { return nil }
            if !afterPreposition(first.span, sentenceStart: start) {
                return entities[first.entity].kind == .organisation ? first.entity : nil
            }
            guard start > 0 else { return nil }
            before = start
        }
        return nil
    }

    /// Who wrote a writing that speaks later as "the letter" or "the report": at its last mention before `offset`
    /// (within a few paragraphs, as `noun` or a synonym), the one it is "from" or "by", else the one named right before
    /// it ("a Congressional Research Service report", "Welch's letter"), else the subject of that sentence; a mention
    /// that gives none of these hands on to the one before it.
    func author(ofDocument noun: String, before offset: Int, in s: [Unicode.Scalar]) -> Int? {
        for (i, end) in Self.documentMentions(noun, before: offset, in: s) {
            // "a letter from Representative Peter Welch", "a report by the committee".
            if let next = firstMentionEntry(from: end, to: min(s.count, end + 60), excluding: []) {
                let gap = String(String.UnicodeScalarView(s[end..<next.span.start])).lowercased()
                let words = gap.split(whereSeparator: { !$0.isLetter })
                if words.count <= 3, words.contains(where: { ["from", "by", "of"].contains($0) }) { return next.entity }
            }
            // "a Congressional Research Service report", "Welch's letter".
            if let before = mentionList[startIndex(max(0, i - 300))...].prefix(while: { $0.span.start < i })
                .last(where: { $0.span.end <= i && i - $0.span.end <= 3 }) {
                return before.entity
            }
            // "The Federal Trade Commission has filed an amended complaint …. The new complaint is …": a mention
            // that names no author goes back to where the writing was introduced.
            if let e = firstEntity(from: sentenceStart(of: i), to: i) { return e }
        }
        return nil
    }

    /// The mentions of a writing noun (or a synonym: "lawsuit" and "suit", "report" and "study") in the 2,000
    /// characters before `offset`, nearest first: their start and end.
    static func documentMentions(_ noun: String, before offset: Int, in s: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        let synonyms: [String: [String]] = ["lawsuit": ["lawsuit", "suit"], "suit": ["lawsuit", "suit"],
                                            "report": ["report", "study"], "study": ["study", "report"],
                                            "advertisement": ["advertisement", "ad", "commercial"],
                                            "ad": ["ad", "advertisement", "commercial"], "commercial": ["commercial", "ad", "advertisement"]]
        let nouns = (synonyms[noun] ?? [noun]).map { Array($0.unicodeScalars) }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i].properties.isAlphabetic }
        var found: [(start: Int, end: Int)] = []
        var i = offset - 1
        let limit = max(0, offset - 2_000)
        while i >= limit {
            for word in nouns where i + word.count <= offset && !isLetter(i - 1) && !isLetter(i + word.count)
                && (0..<word.count).allSatisfy({ s[i + $0].properties.lowercaseMapping == String(word[$0]) }) {
                found.append((i, i + word.count))
            }
            i -= 1
        }
        return found
    }

    /// The start of the sentence holding `offset` (as the entity layer splits sentences).
    func sentence(holding offset: Int) -> Int { sentenceStart(of: offset) }

    /// The start of the sentence holding `offset`.
    private func sentenceStart(of offset: Int) -> Int {
        let after = sentenceStarts.partitionPoint { $0 > offset }
        return after > 0 ? sentenceStarts[after - 1] : 0
    }

    /// Whether a span lies within a place name.
    func isPlace(_ span: TextSpan) -> Bool { places.contains { $0.contains(span) } }

    /// The mentions of persons and organisations that overlap a span, in text order.
    func mentions(in span: TextSpan) -> [(span: TextSpan, entity: Int, full: Bool)] {
        mentions(near: span).filter { $0.span.overlaps(span) }
    }

    /// The person a role phrase ("the senator", "the House speaker", "the former president") stands for: the one the
    /// article gives that role, nearest before `offset` (else the only one with it).
    func person(forRole words: [String], before offset: Int, excluding: [TextSpan] = []) -> Int? {
        guard let role = Self.role(of: words) else { return nil }
        let holders = entities.indices.filter { entities[$0].roles.contains(role) }
        if holders.count == 1 { return holders[0] }
        // A definite role nobody was given ("the lawmaker said", after "Rep. Bob Etheridge"): the subject of the
        // nearest of the three sentences before that names a person.
        if holders.isEmpty, words.first == "the" { return recentSubject(before: offset, excluding: excluding) }
        return holders.max { (lastMention(of: $0, before: offset) ?? -1) < (lastMention(of: $1, before: offset) ?? -1) }
            .flatMap { lastMention(of: $0, before: offset) != nil ? $0 : nil }
    }

    /// The person a definite description stands for ("the Mexican-born journalist", "the Texas Republican", "the
    /// 66-year-old"): the subject of the nearest sentence before that names a person, unless the article introduced
    /// someone unnamed by that noun ("a reporter asked … the reporter said": nobody it names).
    func person(forDescription words: [String], before offset: Int, in s: [Unicode.Scalar], excluding: [TextSpan] = []) -> Int? {
        guard words.count >= 2, words[0] == "the", let head = words.last,
              NameVocabulary.describedPeople.contains(head) || head.hasSuffix("-year-old") else { return nil }
        // (Within the few paragraphs before: a whole long article read again for each description would be quadratic.)
        let text = String(String.UnicodeScalarView(s[max(0, offset - 5_000)..<offset]))
        let earlier = Tokenizer.tokens(text).map { Tokenizer.folded($0, in: text) }
        for (i, word) in earlier.enumerated() where word == head {
            if earlier[max(0, i - 4)..<i].contains(where: { ["a", "an", "one", "another", "some"].contains($0) }) { return nil }
        }
        return recentSubject(before: offset, excluding: excluding)
    }

    /// The first person named in the nearest of the three sentences before `offset` that names one, outside quotations
    /// (`excluding`): "“I will end Obama’s war …,” the Texas governor continues" is not Obama.
    private func recentSubject(before offset: Int, excluding: [TextSpan] = []) -> Int? {
        var sentenceEnd = offset
        var start = sentenceStart(of: max(0, offset - 1))
        for _ in 0..<3 {
            if let m = mentionList[startIndex(start)...].prefix(while: { $0.span.start < sentenceEnd })
                .first(where: { entities[$0.entity].kind == .person && !Self.inside($0.span, excluding) }) {
                return m.entity
            }
            guard start > 0 else { break }
            sentenceEnd = start
            start = sentenceStart(of: start - 1)
        }
        return nil
    }

    /// The person a headline's role phrase ("Former Mexican President: …") stands for: of those the article gives
    /// that role, the one it names first (the story's subject).
    /// (The body's first mention counts: the headline may name others before it, "Former NY governor predicts Hochul
    /// will be …".)
    func firstPerson(forRole words: [String], after offset: Int = 0) -> Int? {
        guard let role = Self.role(of: words) else { return nil }
        func first(_ e: Int) -> Int { entities[e].mentions.lazy.map(\.start).filter { $0 >= offset }.min() ?? .max }
        return entities.indices.filter { entities[$0].roles.contains(role) }.min { first($0) < first($1) }
    }

    /// The role a phrase names when it is a determiner, qualifiers and a role noun ("the former president").
    static func role(of words: [String]) -> String? {
        guard let head = words.last, let role = NameVocabulary.roles[head] else { return nil }
        // "the seven-term congressman": a definite role with words describing it names the one who has it.
        let described = words.first == "the" && words.count > 2 && words.dropFirst().dropLast().allSatisfy {
            $0.first?.isLetter == true && !QuoteSelection.functionWords.contains($0) && !NameVocabulary.demonyms.contains($0)
        }
        // Qualifiers that keep it a role: "the former Mexican president", "the House speaker".
        guard described || words.dropLast().allSatisfy({ ["the", "a", "former", "then", "new", "house", "senate", "state", "u.s", "u.s.", "us", "american",
                                             "vice", "majority", "minority", "our", "their", "his", "her", "its", "top",
                                             "democratic", "republican", "freshman", "incumbent", "party's", "committee's"].contains($0)
                                             || NameVocabulary.demonyms.contains($0) })
        else { return nil }
        if role == "president", words.contains("vice") { return "vice president" }
        return role
    }

    public func name(_ entity: Int) -> String { entities[entity].name }

    /// The text's scalars as names and cues are read: a no-break space is a space ("Mr.\u{00A0}Schumer" is "Mr.
    /// Schumer"; web pages put them between titles and names). One scalar for one, so offsets stay those of the text.
    static func readingScalars(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2007}" ? " " : $0 }
    }
}
