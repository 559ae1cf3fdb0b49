import Foundation
import Testing
import Text
@testable import Lexicon

@Suite("Lexicon matcher")
struct MatcherTests {
    func lexicon(_ name: String, _ categories: [String: [String]]) -> Lexicon {
        Lexicon(name: name, kind: .markers, categories: categories.sorted { $0.key < $1.key }.map { key, terms in
            LexiconCategory(name: key, entries: terms.map { LexiconEntry(term: $0) })
        })
    }

    func hits(_ matcher: LexiconMatcher, _ text: String) -> [String] {
        let scalars = ScalarText(text)
        return matcher.matches(in: text).map { m in
            let d = matcher.describe(m)
            return "\(d.category.name):\(scalars[m.span])\(m.negated ? "!" : "")"
        }
    }

    @Test func wordsPhrasesAndGlobs() {
        let m = LexiconMatcher([lexicon("test", ["ending": ["combat mission", "withdraw*", "new phase"], "continuing": ["occup*", "remain"]])])
        #expect(hits(m, "The combat mission ends; troops remain. Withdrawal is a new phase, not an occupation.")
                == ["ending:combat mission", "continuing:remain", "ending:Withdrawal", "ending:new phase", "continuing:occupation!"])
    }

    @Test func longestMatchWins() {
        let m = LexiconMatcher([lexicon("test", ["a": ["combat"], "b": ["combat mission"], "c": ["combat mission in iraq"]])])
        #expect(hits(m, "a combat mission in Iraq and a combat mission and combat") == ["c:combat mission in Iraq", "b:combat mission", "a:combat"])
        let globs = LexiconMatcher([lexicon("test", ["short": ["occup*"], "long": ["occupation*"], "exact": ["occupations"]])])
        #expect(hits(globs, "occupy occupations occupational") == ["short:occupy", "exact:occupations", "long:occupational"])
    }

    @Test func overlapsResolveLeftmostFirst() {
        let m = LexiconMatcher([lexicon("test", ["x": ["white house", "house of cards"]])])
        #expect(hits(m, "the white house of cards") == ["x:white house"])
    }

    @Test func lexiconsMatchIndependently() {
        let frames = lexicon("frames", ["continuing": ["occupation"]])
        let loaded = lexicon("loaded", ["pejorative": ["occupation", "occupation forces"]])
        let m = LexiconMatcher([frames, loaded])
        #expect(hits(m, "the occupation forces") == ["continuing:occupation", "pejorative:occupation forces"])
    }

    @Test func aTermInTwoCategoriesCountsInBoth() {
        let m = LexiconMatcher([lexicon("test", ["hedge": ["reportedly"], "attribution": ["reportedly"]])])
        #expect(hits(m, "It was reportedly over.") == ["attribution:reportedly", "hedge:reportedly"])
    }

    @Test func apostrophesHyphensAndCase() {
        let m = LexiconMatcher([lexicon("test", ["x": ["advise and assist", "we're", "iran-backed", "kata'ib hizbollah", "u.s."]])])
        #expect(hits(m, "An advise-and-assist role. We’re told Iran backed Kata’ib Hizbollah's men; the U.S. said.")
                == ["x:advise-and-assist", "x:We’re", "x:Iran backed", "x:Kata’ib Hizbollah", "x:U.S."])
    }

    @Test func exactCaseEntries() throws {
        let lexicon = Lexicon(name: "t", kind: .markers, categories: [
            LexiconCategory(name: "group", entries: [LexiconEntry(term: "IS", exactCase: true), LexiconEntry(term: "islamic state")]),
        ])
        let m = LexiconMatcher([lexicon])
        #expect(hits(m, "IS fighters said the Islamic State is weak; is IS? Is it?") == ["group:IS", "group:Islamic State", "group:IS"])
        // The native format reads and writes it.
        let yaml = LexiconWriter.yaml(lexicon)
        #expect(yaml.contains("case: exact"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slant-case-\(UUID().uuidString).yaml")
        try yaml.write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(try LexiconLoader.load(file: path.path).categories[0].entries.map(\.exactCase) == [true, false])
    }

    @Test func theRootGlobCacheGivesTheSameAnswers() {
        // Many distinct words, each starting three root globs, overflow the per-call cache's pool more than once;
        // repeated words are answered from the cache. Every word must still get its longest glob.
        let m = LexiconMatcher([lexicon("t", ["a": ["ab*"], "b": ["abc*"], "c": ["abcd*"]])])
        let letters = Array("efghijklmnopqrstuvwxyz")
        var words: [String] = []
        for x in letters { for y in letters { for z in letters.prefix(6) { words.append("abcd" + String([x, y, z])) } } }
        let text = (words + words.prefix(500) + ["abc", "ab", "abx", "a"]).joined(separator: " ")
        let found = hits(m, text)
        #expect(found.count == words.count + 500 + 3)
        #expect(found.prefix(words.count + 500).allSatisfy { $0.hasPrefix("c:abcd") })
        #expect(found.suffix(3) == ["b:abc", "a:ab", "a:abx"])
    }

    @Test func aRefusedExactCaseEntryLeavesTheWordsToOthers() {
        let lexicon = Lexicon(name: "t", kind: .markers, categories: [
            LexiconCategory(name: "group", entries: [LexiconEntry(term: "Islamic State", exactCase: true)]),
            LexiconCategory(name: "religion", entries: [LexiconEntry(term: "islamic")]),
        ])
        let m = LexiconMatcher([lexicon])
        let text = "They want an Islamic state; the Islamic State wants one too."
        #expect(hits(m, text) == ["religion:Islamic", "group:Islamic State"])
        // The streaming scan applies the same rule.
        var streamed: [String] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            _ = m.scan(buffer) { match in streamed.append(m.describe(match).category.name) }
        }
        #expect(streamed == ["religion", "group"])
    }

    @Test func negationScope() {
        let m = LexiconMatcher([lexicon("test", ["combat": ["combat mission", "combat"]])])
        #expect(hits(m, "But we’re not going to be, by the end of the year, in a combat mission.") == ["combat:combat mission!"])
        #expect(hits(m, "It is not over, but the combat mission ends.") == ["combat:combat mission"])
        #expect(hits(m, "There is no need. A combat mission remains.") == ["combat:combat mission"])
        #expect(hits(m, "We don't want any combat") == ["combat:combat!"])
        #expect(hits(m, "not one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen combat")
                == ["combat:combat"])
    }

    @Test func phrasesStopAtSentenceEnds() {
        let m = LexiconMatcher([lexicon("test", ["x": ["end combat"]])])
        #expect(hits(m, "This is the end. Combat goes on.").isEmpty)
    }

    @Test func streamingScanAgreesWithMatches() {
        let m = LexiconMatcher([lexicon("test", ["x": ["occup*", "combat mission", "2,500 troops"]])])
        let paragraph = "The 2,500 troops end the combat mission. Occupation continues, the occupier said.\n\n"
        let text = String(repeating: paragraph, count: 300)
        let expected = m.matches(in: text).map(\.span)
        var streamed: [TextSpan] = []
        var copy = text
        copy.withUTF8 { bytes in m.scan(bytes, chunkBytes: 1000) { streamed.append($0.span) } }
        #expect(streamed == expected)
        #expect(expected.count == 1200)
    }

    @Test func streamingChunksEndWhereNoPhraseCanCross() {
        // No blank line: the chunks end after sentence ends, never inside "the U.S. military" or between words.
        let m = LexiconMatcher([lexicon("test", ["x": ["the u.s. military", "combat mission"]])])
        let text = String(repeating: "Then the U.S. military ended the combat mission. Troops stayed. ", count: 200)
        var streamed: [TextSpan] = []
        var copy = text
        copy.withUTF8 { bytes in m.scan(bytes, chunkBytes: 50) { streamed.append($0.span) } }
        #expect(streamed == m.matches(in: text).map(\.span))
        #expect(streamed.count == 400)
    }

    /// A plain restatement of the matching rules: every entry tried at every token, per lexicon, the longest match
    /// winning (then more exact words, then longer glob prefixes from the left), matches consuming their tokens.
    func referenceMatches(_ lexicons: [Lexicon], _ text: String) -> [[Int]] {
        let tokens = Tokenizer.tokens(text)
        let words = tokens.map { Tokenizer.folded($0, in: text) }
        var found: [[Int]] = []
        for (li, lexicon) in lexicons.enumerated() {
            var entries: [(category: Int, entry: Int, parts: [(text: String, glob: Bool)])] = []
            for (ci, category) in lexicon.categories.enumerated() {
                for (ei, entry) in category.entries.enumerated() {
                    let parts = Tokenizer.tokens(entry.term, allowGlobs: true).map {
                        (Tokenizer.folded($0, in: entry.term), $0.flags.contains(.glob))
                    }
                    if !parts.isEmpty { entries.append((ci, ei, parts)) }
                }
            }
            var i = 0
            while i < tokens.count {
                var best: [Int] = []          // length, score, then one key per word (-1 exact, else prefix length)
                var winners: [(category: Int, entry: Int)] = []
                for e in entries where e.parts.count <= tokens.count - i {
                    var key = [e.parts.count, 0]
                    var fits = true
                    for (k, part) in e.parts.enumerated() {
                        if k > 0 && tokens[i + k].flags.contains(.sentenceBefore) { fits = false; break }
                        if part.glob {
                            guard words[i + k].hasPrefix(part.text) else { fits = false; break }
                            key[1] += 1; key.append(part.text.count)
                        } else {
                            guard words[i + k] == part.text else { fits = false; break }
                            key[1] += 2; key.append(-1)
                        }
                    }
                    guard fits else { continue }
                    if best.isEmpty || best.lexicographicallyPrecedes(key) {
                        best = key; winners = [(e.category, e.entry)]
                    } else if best == key {
                        winners.append((e.category, e.entry))
                    }
                }
                guard !best.isEmpty else { i += 1; continue }
                var seen: Set<Int> = []
                for w in winners.sorted(by: { ($0.category, $0.entry) < ($1.category, $1.entry) }) where seen.insert(w.category).inserted {
                    found.append([i, i + best[0], li, w.category, w.entry])
                }
                i += best[0]
            }
        }
        return found.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func agreesWithAPlainRestatementOfTheRules() {
        // Random texts and lexicons over a small vocabulary, so words, phrases, globs (also inside phrases), terms
        // shared between categories and overlapping candidates all occur often.
        var seed: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let vocabulary = ["the", "combat", "combative", "mission", "missions", "end", "ending", "ends", "troops", "troop",
                          "occupy", "occupation", "occupational", "iraq", "iraqi", "we're", "not", "advise", "assist",
                          "Iran", "Iran’s", "U.S.", "2,500", "new", "phase", "phased", "café"]
        let prefixes = ["comb", "combat", "miss", "mission", "end", "occup", "occupation", "iraq", "troo", "phas", "caf"]
        func term() -> String {
            let length = 1 + next(3)
            return (0..<length).map { _ in
                next(4) == 0 ? prefixes[next(prefixes.count)] + "*" : vocabulary[next(vocabulary.count)].lowercased()
            }.joined(separator: " ")
        }
        for round in 0..<40 {
            let lexicons = (0..<(1 + next(3))).map { l in
                Lexicon(name: "l\(l)", kind: .markers, categories: (0..<(1 + next(3))).map { c in
                    LexiconCategory(name: "c\(c)", entries: (0..<(2 + next(12))).map { _ in LexiconEntry(term: term()) })
                })
            }
            var text = ""
            for k in 0..<(50 + next(150)) {
                let word = vocabulary[next(vocabulary.count)]
                text += next(5) == 0 ? word.capitalized : word
                // A sentence ends at least every sixth word, where the streaming scan may cut its small chunks.
                text += k % 6 == 5 ? " ends. " : [" ", " ", " ", ", ", ". ", "-", "\n\n", "; "][next(8)]
            }
            let matcher = LexiconMatcher(lexicons)
            let actual = matcher.matches(in: text).map { [$0.tokenStart, $0.tokenEnd, $0.lexicon, $0.category, $0.entry] }
            #expect(actual.sorted { $0.lexicographicallyPrecedes($1) } == referenceMatches(lexicons, text), "round \(round)")
            var streamed: [[Int]] = []
            var copy = text
            copy.withUTF8 { bytes in
                _ = matcher.scan(bytes, chunkBytes: 64) { streamed.append([$0.tokenStart, $0.tokenEnd, $0.lexicon, $0.category, $0.entry]) }
            }
            #expect(streamed == actual, "round \(round)")
        }
    }
}
