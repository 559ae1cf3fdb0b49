import Foundation

/// The lexicons of a directory, by name (the file name without extension).
public struct LexiconLibrary: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// `--lexicons DIR`, else `$SLANT_LEXICONS`, else `./lexicons`, else `lexicons/` beside the corpus folder.
    public static func locate(option: String?, corpusRoot: URL? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> LexiconLibrary {
        if let option, !option.isEmpty { return LexiconLibrary(directory: URL(fileURLWithPath: option)) }
        if let env = environment["SLANT_LEXICONS"], !env.isEmpty { return LexiconLibrary(directory: URL(fileURLWithPath: env)) }
        let local = URL(fileURLWithPath: "lexicons")
        if FileManager.default.fileExists(atPath: local.path) || corpusRoot == nil { return LexiconLibrary(directory: local) }
        return LexiconLibrary(directory: corpusRoot!.deletingLastPathComponent().appendingPathComponent("lexicons"))
    }

    /// Names of the lexicon files present, sorted.
    public func names() -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return Array(Set(items.compactMap { item -> String? in
            let url = URL(fileURLWithPath: item)
            return LexiconLoader.extensions.contains(url.pathExtension.lowercased()) && !item.hasPrefix(".")
                ? url.deletingPathExtension().lastPathComponent : nil
        })).sorted()
    }

    /// The file of a lexicon name (or a path given directly).
    public func file(for name: String) throws(LexiconError) -> String {
        if name.contains("/") || LexiconLoader.extensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased()) {
            guard FileManager.default.fileExists(atPath: name) else { throw LexiconError(file: name, line: nil, message: "no such file") }
            return name
        }
        for ext in LexiconLoader.extensions {
            let url = directory.appendingPathComponent(name + "." + ext)
            if FileManager.default.fileExists(atPath: url.path) { return url.path }
        }
        throw LexiconError(file: directory.appendingPathComponent(name).path, line: nil,
                           message: "no lexicon named '\(name)' (available: \(names().joined(separator: ", ")))")
    }

    /// Whether a file is an actors list (a top-level `actors:` key) rather than a lexicon.
    public func isActorList(_ file: String) -> Bool {
        guard file.hasSuffix(".yaml") || file.hasSuffix(".yml"),
              let text = try? LexiconLoader.text(of: file) else { return false }
        return text.split(separator: "\n").contains { $0.hasPrefix("actors:") }
    }

    /// The places gazetteer (`places.*`) that fact extraction uses, when the folder has one.
    public func places() throws(LexiconError) -> Lexicon? {
        guard names().contains("places") else { return nil }
        return try LexiconLoader.load(file: try file(for: "places"))
    }

    /// Loads named lexicons; actor lists among the names are returned apart.
    public func load(_ names: [String]) throws(LexiconError) -> (lexicons: [Lexicon], actors: ActorList) {
        var lexicons: [Lexicon] = []
        var actors = ActorList.empty
        for name in names {
            let file = try self.file(for: name)
            if isActorList(file) { actors = try ActorList.load(file: file) } else { lexicons.append(try LexiconLoader.load(file: file)) }
        }
        return (lexicons, actors)
    }
}
