import Foundation

/// The repository the tests run in: its root, for the fixtures, seeds and lexicons the tests read.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
