// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "slant",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "slant", targets: ["slant"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Corpus", targets: ["Corpus"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Reports", targets: ["Reports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libxml2, seen only by the Extraction module.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libcurl, seen only by the CLI's fetcher.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // Value types and pure functions over text: spans, tokens, sentences, hashing.
        .target(name: "Text"),
        // HTML or plain text -> ExtractedArticle. The only importer of CLibXML2.
        .target(name: "Extraction", dependencies: ["CLibXML2", "Text"]),
        // YAML read with file-and-line errors, and written with a fixed key order.
        .target(name: "YAMLSupport", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Events and their articles on disk.
        .target(name: "Corpus", dependencies: ["Extraction", "Text", "YAMLSupport", .product(name: "Yams", package: "Yams")]),
        // The lexicons of lexicons/ compiled into the binary (Sources/ShippedLexicons/lexicons links to that folder).
        .target(name: "ShippedLexicons", exclude: ["lexicons/README.md"], resources: [
            .embedInCode("lexicons/actors.yaml"), .embedInCode("lexicons/iraq-2021.yaml"),
            .embedInCode("lexicons/news-generic.yaml"), .embedInCode("lexicons/places.yaml"),
            .embedInCode("lexicons/policy-frames.yaml"),
        ]),
        // Lexicon formats and the matcher.
        .target(name: "Lexicon", dependencies: ["Text", "YAMLSupport", "ShippedLexicons", .product(name: "Yams", package: "Yams")]),
        // Framing scores, quotes, alignment, keyness.
        .target(name: "Analysis", dependencies: ["Text", "Lexicon"]),
        // One report model, rendered as HTML, Markdown, JSON, CSV.
        .target(name: "Reports", dependencies: ["Analysis", "Lexicon", "Text"]),
        // The commands.
        .target(name: "SlantCLI", dependencies: [
            "Extraction", "Corpus", "Lexicon", "Analysis", "Reports", "Text", "YAMLSupport", "CCurl",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "slant", dependencies: ["SlantCLI"]),
        // Release-mode benchmarks: `swift build -c release --product slant-bench`.
        .executableTarget(name: "slant-bench",
                          dependencies: ["Lexicon", "Analysis", "Reports", "Text"],
                          path: "Benchmarks/slant-bench"),
        // libFuzzer targets (scripts/fuzz.sh builds them with --sanitize=fuzzer); a plain build replays inputs.
        .target(name: "FuzzTargets", dependencies: ["Extraction", "Corpus", "Lexicon", "Analysis", "Text"], path: "Fuzz/FuzzTargets"),
        .executableTarget(name: "slant-fuzz", dependencies: ["FuzzTargets"], path: "Fuzz/slant-fuzz"),
        // What several test targets share (the repository root); tests only.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TextTests", dependencies: ["Text"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Text"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "Extraction", "Text", "TestSupport"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon", "Text"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Lexicon", "Text", "Corpus", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Analysis", "Lexicon", "Text", "Corpus", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzTargets"], exclude: ["Inputs"]),
    ]
)
