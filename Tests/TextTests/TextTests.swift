import Testing
import Text

@Suite("Text utilities")
struct TextUtilityTests {
    @Test("SHA-256 test vectors (FIPS 180-4 examples)", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(_ input: String, _ digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func sha256OfAMillionAs() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func whitespaceCollapses() {
        #expect(Whitespace.collapse("  a\u{00A0}\u{00A0}b\n\t c\u{2009}d\u{200B}e  ") == "a b c d e")
        #expect(Whitespace.collapse("emoji \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} keeps its joiner") == "emoji \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} keeps its joiner")
        #expect(Whitespace.collapse("no\u{0007}bell") == "nobell")
        #expect(Whitespace.trim("\u{3000} x y \n") == "x y")
        #expect(Whitespace.trim("   ") == "")
    }

    @Test func partitionPointIsTheFirstElementThatBelongsAfter() {
        let sorted = [1, 3, 3, 5, 8]
        #expect(sorted.partitionPoint { $0 >= 3 } == 1)
        #expect(sorted.partitionPoint { $0 > 3 } == 3)
        #expect(sorted.partitionPoint { $0 > 8 } == 5)
        #expect(sorted.partitionPoint { $0 >= 0 } == 0)
        #expect([Int]().partitionPoint { $0 > 0 } == 0)
        #expect(sorted[1...].partitionPoint { $0 >= 5 } == 3, "indices of the slice")
    }

    @Test func wordsAreCounted() {
        #expect(WordCounter.count("The U.S. has 2,500 troops — Kata’ib Hizbollah's advise-and-assist role.") == 9)
    }
}
