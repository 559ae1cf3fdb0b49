import Foundation
import Testing
@testable import Lexicon

@Suite("Lexicon formats")
struct FormatTests {
    func file(_ name: String, _ contents: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func nativeYAML() throws {
        let path = try file("frames.yaml", """
            name: test-frames
            kind: frames
            description: A test.
            categories:
              ending:
                description: The mission ends.
                weight: 2
                entries:
                  - withdraw*
                  - new phase
                  - {term: drawdown, weight: 3, note: a troop cut}
              continuing: [occupation, remain]
            """)
        let lexicon = try LexiconLoader.load(file: path)
        #expect(lexicon.name == "test-frames")
        #expect(lexicon.kind == .frames)
        #expect(lexicon.categories.map(\.name) == ["ending", "continuing"])
        #expect(lexicon.categories[0].entries.map(\.weight) == [2, 2, 3])
        #expect(lexicon.categories[0].entries[2].note == "a troop cut")
        #expect(lexicon.categories[0].entries[0].line == 9)
        #expect(lexicon.categories[0].entries[0].isGlob)
        #expect(lexicon.categories[0].entries[1].isPhrase)
    }

    @Test func quantedaDictionary() throws {
        let path = try file("lsd.yml", """
            negative:
              - a lie
              - abandon*
            positive:
              - ability*
            frames:
              war:
                - war
                - invasion
            """)
        let lexicon = try LexiconLoader.load(file: path)
        #expect(lexicon.format == "quanteda")
        #expect(lexicon.categories.map(\.name) == ["negative", "positive", "frames.war"])
        let matches = LexiconMatcher([lexicon]).matches(in: "It was a lie to abandon the invasion plan.")
        #expect(matches.map { lexicon.categories[$0.category].name } == ["negative", "negative", "frames.war"])
    }

    @Test func liwcDictionary() throws {
        let path = try file("small.dic", "%\n1\tposemo\n2\tnegemo\n%\nhappy\t1\nhate*\t2\nkind of\t1\t2\n")
        let lexicon = try LexiconLoader.load(file: path)
        #expect(lexicon.format == "liwc")
        #expect(lexicon.categories.map(\.name) == ["posemo", "negemo"])
        #expect(lexicon.categories[0].entries.map(\.term) == ["happy", "kind of"])
        #expect(lexicon.categories[1].entries.map(\.term) == ["hate*", "kind of"])
    }

    @Test func plainList() throws {
        let path = try file("hedges.txt", "# hedges\nmay\nmight\t0.5\n\nreportedly  # adverb\n")
        let lexicon = try LexiconLoader.load(file: path)
        #expect(lexicon.categories.map(\.name) == ["hedges"])
        #expect(lexicon.categories[0].entries.map(\.term) == ["may", "might", "reportedly"])
        #expect(lexicon.categories[0].entries[1].weight == 0.5)
    }

    @Test("malformed files are errors with their line", arguments: [
        ("bad.yaml", "categories:\n  loaded: [regime, \n  other: [x]\n", 4),
        ("bad2.yaml", "categories:\n  loaded:\n    - regime\n    - {weight: 2}\n", 4),
        ("bad3.yaml", "kind: opinions\ncategories:\n  a: [b]\n", 1),
        ("bad4.yaml", "categories:\n  loaded:\n    - \"oc*cup\"\n", 3),
        ("bad.dic", "%\n1\tposemo\n%\nhappy\t7\n", 4),
        ("bad5.dic", "%\n1\tposemo\n%\nlike\t(02 134)125/464\n", 4),
        ("bad.txt", "may\n---\n", 2),
    ])
    func malformed(_ name: String, _ contents: String, _ line: Int) throws {
        let path = try file(name, contents)
        let error = #expect(throws: LexiconError.self) { try LexiconLoader.load(file: path) }
        #expect(error?.line == line)
        #expect(error?.file == path)
    }

    @Test func importWritesTheNativeFormat() throws {
        let path = try file("small.dic", "%\n1\tposemo\n%\nhappy\t1\ngreat\t1\n")
        let lexicon = try LexiconLoader.load(file: path)
        let yaml = LexiconWriter.yaml(lexicon)
        let back = try LexiconLoader.load(file: try file("imported.yaml", yaml))
        #expect(back.categories.map(\.name) == ["posemo"])
        #expect(back.categories[0].entries.map(\.term) == ["happy", "great"])
        #expect(back.format == "slant")
    }

    @Test func shippedLexiconsLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let library = LexiconLibrary(directory: root.appendingPathComponent("lexicons"))
        #expect(library.names() == ["actors", "iraq-2021", "news-generic", "places", "policy-frames"])
        let (lexicons, actors) = try library.load(library.names())
        #expect(lexicons.count == 4)
        let places = try #require(try library.places())
        #expect(places.categories.count > 250, "one category per place")
        let us = try #require(places.categories.first { $0.name == "United States" })
        #expect(Set(us.entries.map(\.term)).isSuperset(of: ["U.S.", "America", "US"]), "the names outlets write for it")
        #expect(actors.actors.contains { $0.name == "Mustafa al-Kadhimi" })
        let frames = try #require(lexicons.first { $0.name == "policy-frames" })
        #expect(frames.categories.count == 15)
        let generic = try #require(lexicons.first { $0.name == "news-generic" })
        #expect(Set(generic.categories.map(\.name)).isSuperset(of: ["hedge", "intensifier", "loaded", "attribution.neutral", "attribution.loaded"]))
        let event = try #require(lexicons.first { $0.name == "iraq-2021" })
        #expect(event.categories.map(\.name).prefix(2) == ["mission_ending", "mission_continuing"])
    }
}
