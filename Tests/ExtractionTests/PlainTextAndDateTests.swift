import Testing
@testable import Extraction

@Suite("Plain-text pages and dates")
struct PlainTextAndDateTests {
    /// A flattened page in the style scrapers produce: menus, a repeated headline, a byline with a date, a caption,
    /// "Read more" lines, a credit, a bio and a list of other articles.
    let page = """
        • Home
          • World
        News > Transport

        City opens night bus routes, riders cheer

        by | Mar 3, 2024

        City opens night bus routes, riders cheer

        Passengers wait at the new night stop on Main Street. (Photo by Sam Lee)

        The city opened four night bus routes on Saturday, the first overnight service since the pandemic cut the timetable in 2020.

        Read more: Council approves transport budget

        “People who work late have been walking home for three years,” said transit director Ana Ruiz.

        The routes run every 30 minutes between midnight and 5 a.m. and cost the same as daytime fares.

        US Transit Ridership Falls To Record Low In Winter

        Officials said they would review the service after six months, starting with ridership counts in the autumn.

        This article was originally published at Metro Weekly and is republished with permission.

        Kim Novak

        Kim Novak is the transport reporter of Metro Weekly. Follow her on Twitter @kimnovak.

        Recent Articles

        Why the bridge is late

        Why the bridge is late

        The bridge was supposed to open last year, but...

        read more

        Share This
        """

    @Test func keepsTheArticleAlone() throws {
        let a = try Extractor.extract(Array(page.utf8), options: ExtractionOptions(inputFormat: .text))
        #expect(a.metadata.title == "City opens night bus routes, riders cheer")
        #expect(a.metadata.date == "2024-03-03")
        #expect(a.metadata.authors == ["Kim Novak"])
        #expect(a.metadata.siteName == "Metro Weekly")
        #expect(a.blocks.map(\.text) == [
            "The city opened four night bus routes on Saturday, the first overnight service since the pandemic cut the timetable in 2020.",
            "“People who work late have been walking home for three years,” said transit director Ana Ruiz.",
            "The routes run every 30 minutes between midnight and 5 a.m. and cost the same as daytime fares.",
            "Officials said they would review the service after six months, starting with ridership counts in the autumn.",
        ])
        #expect(a.captions.map(\.text) == ["Passengers wait at the new night stop on Main Street. (Photo by Sam Lee)"])
        #expect(a.provenance.inputFormat == "text")
    }

    @Test func textExtensionSelectsTextMode() {
        #expect(Extractor.resolveFormat(Array("<p>x</p>".utf8), options: ExtractionOptions(sourceName: "a.txt")) == .text)
        #expect(Extractor.resolveFormat(Array("plain".utf8), options: ExtractionOptions(sourceName: "a.html")) == .html)
        #expect(Extractor.resolveFormat(Array("<!DOCTYPE html><html>".utf8), options: ExtractionOptions()) == .html)
        #expect(Extractor.resolveFormat(Array("Just words.".utf8), options: ExtractionOptions()) == .text)
    }

    @Test("dates", arguments: [
        ("2021-07-26", "2021-07-26"), ("2021-07-26T14:03:00Z", "2021-07-26T14:03:00Z"),
        ("2021-07-26T14:03:00.000+0200", "2021-07-26T14:03:00+02:00"), ("July 26, 2021", "2021-07-26"),
        ("Jul. 27, 2021", "2021-07-27"), ("9 December 2021", "2021-12-09"), ("Published 9 December 2021", "2021-12-09"),
        ("27/07/2021", "2021-07-27"), ("PUBLISHED: 27/07/2021; STORY: Graphic News", "2021-07-27"),
        ("Mon, 26 Jul 2021 14:03:00 GMT", "2021-07-26"), ("Sept 3 2020", "2020-09-03"),
    ])
    func dates(_ input: String, _ iso: String) {
        #expect(DateParser.iso(input) == iso)
    }

    @Test func dateLines() {
        #expect(DateParser.isDateLine("July 26, 2021"))
        #expect(DateParser.isDateLine("Published 9 December 2021"))
        #expect(DateParser.isDateLine("Updated: Monday, July 26, 2021 3:04 PM ET"))
        #expect(!DateParser.isDateLine("On July 26, 2021, the president said the mission would end."))
        #expect(!DateParser.isDateLine("2,500 troops remain"))
    }
}
