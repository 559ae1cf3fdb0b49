import Testing
import Text

@Suite("Tokenizer")
struct TokenizerTests {
    func words(_ text: String) -> [String] {
        Tokenizer.tokens(text).map { Tokenizer.folded($0, in: text) }
    }

    @Test func wordsNumbersInitialsAndApostrophes() {
        #expect(words("The U.S. has 2,500 troops—Kata’ib Hizbollah's advise-and-assist role, e.g. 3.5%.")
                == ["the", "u.s.", "has", "2,500", "troops", "kata'ib", "hizbollah", "'s", "advise", "and", "assist", "role",
                    "e.g.", "3.5"])
        #expect(words("We’re not going; they don't.") == ["we're", "not", "going", "they", "don't"])
        #expect(words("Iran’s \"combat\" mission") == ["iran", "'s", "combat", "mission"])
        #expect(words("A. Smith said") == ["a", "smith", "said"])
        #expect(words("Émile ÇA va") == ["émile", "ça", "va"])
        // A web address is one word and ends no sentence; a full stop before a space or a capital still does.
        #expect(words("FactCheck.org and Salon.com's view.Next") == ["factcheck.org", "and", "salon.com", "'s", "view", "next"])
        let address = Tokenizer.tokens("Data from Example.de shows")
        #expect(!address.contains { $0.flags.contains(.sentenceBefore) && $0.start > 0 })
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "“Combat” in Iraq — 2,500 troops"
        let scalars = ScalarText(text)
        let tokens = Tokenizer.tokens(text)
        #expect(tokens.map { scalars[$0.span] } == ["Combat", "in", "Iraq", "2,500", "troops"])
        #expect(tokens[0].start == 1)
    }

    @Test func foldingMakesCurlyAndStraightApostrophesEqual() {
        #expect(Tokenizer.tokens("we’re")[0].hash == Tokenizer.tokens("WE'RE")[0].hash)
        #expect(Tokenizer.tokens("occupation")[0].hash == Tokenizer.tokens("Occupation")[0].hash)
    }

    @Test func boundariesAreFlagged() {
        let tokens = Tokenizer.tokens("Not here. But there; and, then\n\nnew")
        #expect(tokens[0].flags.contains(.sentenceBefore))
        #expect(tokens[2].flags.contains(.sentenceBefore))     // But
        #expect(tokens[4].flags.contains(.clauseBefore))       // and
        #expect(!tokens[4].flags.contains(.sentenceBefore))
        #expect(tokens[5].flags.contains(.commaBefore))        // then
        #expect(tokens[6].flags.contains(.sentenceBefore))     // new, after a blank line
    }

    @Test func globsInEntries() {
        let t = Tokenizer.tokens("occup*", allowGlobs: true)
        #expect(t.count == 1 && t[0].flags.contains(.glob))
        #expect(t[0].hash == Tokenizer.tokens("occup")[0].hash)
    }
}

@Suite("Sentences")
struct SentenceTests {
    func sentences(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return Sentences.split(text).map { scalars[$0] }
    }

    @Test func splitsAtSentenceEndsOnly() {
        #expect(sentences("Gen. Qasem Soleimani was killed. The U.S. said so. “It is over,” he said. Then? Yes!")
                == ["Gen. Qasem Soleimani was killed.", "The U.S. said so.", "“It is over,” he said.", "Then?", "Yes!"])
        #expect(sentences("Our role will be…to assist. But “we’re not.” Done") == ["Our role will be…to assist.", "But “we’re not.”", "Done"])
        #expect(sentences("President Joe R. Biden met al-Kadhimi on July 26. 2,500 troops remain.")
                == ["President Joe R. Biden met al-Kadhimi on July 26.", "2,500 troops remain."])
        #expect(sentences("Headline without a stop\n\nFirst paragraph. Second one.")
                == ["Headline without a stop", "First paragraph.", "Second one."])
    }

    @Test func anInitialismEndsASentenceOnlyBeforeAWordThatOpensOne() {
        #expect(sentences("The F.B.I. Director James Comey spoke. He moved to the U.S. Then he left. The U.S. Senate met.")
                == ["The F.B.I. Director James Comey spoke.", "He moved to the U.S.", "Then he left.", "The U.S. Senate met."])
        #expect(sentences("He was questioned by the F.B.I. The agents left. She works for Acme Inc. It makes tools.")
                == ["He was questioned by the F.B.I.", "The agents left.", "She works for Acme Inc.", "It makes tools."])
        #expect(sentences("Mr. The Rock spoke. Gen. Milley and J. The Smith left.") == ["Mr. The Rock spoke.", "Gen. Milley and J. The Smith left."],
                "titles and a person's initials never end a sentence")
    }
}
