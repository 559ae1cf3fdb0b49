import Foundation
import ShippedLexicons

/// The lexicons slant can use, by name: those shipped inside the binary, overridden or extended by the files of a
/// user's lexicons folder (a file `NAME.yaml`, `.yml`, `.dic`, `.txt` or `.lst` there replaces the shipped `NAME`).
///
/// The folder is the first of: `--lexicons DIR`, `$SLANT_LEXICONS`, `./lexicons`, and `lexicons/` beside the corpus
/// folder. Without any, the shipped lexicons alone are used, so slant works from any folder.
public struct LexiconLibrary: Sendable {
    /// The user's lexicons folder, when there is one.
    public let directory: URL?
    /// How the folder was found, for messages (`--lexicons`, `$SLANT_LEXICONS`, `./lexicons`, `beside the corpus`).
    public let origin: String?

    /// Where a lexicon comes from.
    public enum Source: Sendable, Equatable, CustomStringConvertible {
        /// A file: in the user's folder, or a path given directly.
        case file(String)
        /// Shipped inside the binary, under this file name.
        case shipped(String)

        public var description: String {
            switch self {
            case let .file(path): return path
            case let .shipped(name): return "shipped with slant (\(name))"
            }
        }
    }

    public init(directory: URL?, origin: String? = nil) {
        self.directory = directory
        self.origin = origin
    }

    /// The library for this run; `option` is `--lexicons DIR`, which must exist.
    public static func locate(option: String?, corpusRoot: URL? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws(LexiconError) -> LexiconLibrary {
        func folder(_ path: String) -> URL? {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                ? URL(fileURLWithPath: path, isDirectory: true) : nil
        }
        for (given, origin) in [(option, "--lexicons"), (environment["SLANT_LEXICONS"], "$SLANT_LEXICONS")] {
            guard let given, !given.isEmpty else { continue }
            guard let url = folder(given) else {
                throw LexiconError(file: given, line: nil, message: "no such folder (given by \(origin)); it should hold lexicon files")
            }
            return LexiconLibrary(directory: url, origin: origin)
        }
        if let local = folder("lexicons") { return LexiconLibrary(directory: local, origin: "./lexicons") }
        if let corpusRoot, let beside = folder(corpusRoot.deletingLastPathComponent().appendingPathComponent("lexicons").path) {
            return LexiconLibrary(directory: beside, origin: "beside the corpus")
        }
        return LexiconLibrary(directory: nil)
    }

    /// Names of the lexicons in the user's folder, sorted.
    public func folderNames() -> [String] {
        guard let directory else { return [] }
        let items = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return Array(Set(items.compactMap { item -> String? in
            let url = URL(fileURLWithPath: item)
            return LexiconLoader.extensions.contains(url.pathExtension.lowercased()) && !item.hasPrefix(".")
                ? url.deletingPathExtension().lastPathComponent : nil
        })).sorted()
    }

    /// Every lexicon name available, shipped and the folder's, sorted.
    public func names() -> [String] {
        Array(Set(folderNames()).union(Self.shippedNames)).sorted()
    }

    static var shippedNames: [String] {
        ShippedLexicons.files.keys.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
    }

    /// Where a lexicon name (or a path given directly) comes from: the user's folder first, then the shipped ones.
    public func source(for name: String) throws(LexiconError) -> Source {
        if name.contains("/") || LexiconLoader.extensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased()) {
            guard FileManager.default.fileExists(atPath: name) else { throw LexiconError(file: name, line: nil, message: "no such file") }
            return .file(name)
        }
        if let directory {
            for ext in LexiconLoader.extensions {
                let url = directory.appendingPathComponent(name + "." + ext)
                if FileManager.default.fileExists(atPath: url.path) { return .file(url.path) }
            }
        }
        if let shipped = ShippedLexicons.files.keys.sorted().first(where: { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent == name }) {
            return .shipped(shipped)
        }
        throw LexiconError(file: directory?.appendingPathComponent(name).path ?? name, line: nil,
                           message: "no lexicon named '\(name)' (available: \(names().joined(separator: ", ")))")
    }

    /// The text of a lexicon and the name its errors give.
    func text(of source: Source) throws(LexiconError) -> (text: String, file: String) {
        switch source {
        case let .file(path): return (try LexiconLoader.text(of: path), path)
        case let .shipped(name): return (ShippedLexicons.files[name] ?? "", "shipped:" + name)
        }
    }

    /// Whether a text is an actors list (a top-level `actors:` key) rather than a lexicon.
    static func isActorList(_ text: String, file: String) -> Bool {
        (file.hasSuffix(".yaml") || file.hasSuffix(".yml")) && text.split(separator: "\n").contains { $0.hasPrefix("actors:") }
    }

    /// One lexicon or actors list by name.
    public func entry(_ name: String) throws(LexiconError) -> (lexicon: Lexicon?, actors: ActorList?, source: Source) {
        let source = try self.source(for: name)
        let (text, file) = try text(of: source)
        if Self.isActorList(text, file: file) { return (nil, try ActorList.parse(text, file: file), source) }
        return (try LexiconLoader.parse(text, file: file), nil, source)
    }

    /// The places gazetteer (`places`) that fact extraction uses: the folder's, else the shipped one.
    public func places() throws(LexiconError) -> Lexicon? {
        guard names().contains("places") else { return nil }
        return try entry("places").lexicon
    }

    /// Loads named lexicons; actor lists among the names are returned apart.
    public func load(_ names: [String]) throws(LexiconError) -> (lexicons: [Lexicon], actors: ActorList) {
        var lexicons: [Lexicon] = []
        var actors = ActorList.empty
        for name in names {
            let found = try entry(name)
            if let list = found.actors { actors = list }
            if let lexicon = found.lexicon { lexicons.append(lexicon) }
        }
        return (lexicons, actors)
    }
}
