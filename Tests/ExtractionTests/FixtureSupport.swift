import Foundation
@testable import Extraction

/// Loads a fixture page from the test bundle.
func fixtureBytes(_ name: String) throws -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
        throw FixtureError.missing(name)
    }
    return [UInt8](try Data(contentsOf: url))
}

enum FixtureError: Error { case missing(String) }

func extractFixture(_ name: String) throws -> ExtractedArticle {
    try Extractor.extract(try fixtureBytes(name), options: ExtractionOptions(sourceName: name))
}

/// What one fixture page must and must not yield.
struct PageExpectation: CustomTestStringConvertible, Sendable {
    var file: String
    var title: String
    var mustContain: [String]
    var mustNotContain: [String]
    var captions: [String] = []
    var authors: [String] = []
    var date: String? = nil
    var siteName: String? = nil

    var testDescription: String { file }
}

import Testing
