import ArgumentParser
import Corpus
import Foundation
import Lexicon
import Text

extension Slant {
    struct LexiconGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lexicon",
            abstract: "Check, list, explain and import lexicons.",
            subcommands: [Check.self, List.self, Explain.self, Import.self])

        struct Location: ParsableArguments {
            @Option(name: .customLong("lexicons"),
                    help: "Your lexicons folder, overriding or extending the shipped lexicons (default: $SLANT_LEXICONS, else ./lexicons, else lexicons/ beside the corpus).")
            var path: String?
            func library() throws -> LexiconLibrary {
                try LexiconLibrary.locate(option: path, corpusRoot: Corpus.locate(option: nil).root)
            }
        }

        /// A lexicon or actors list by name, with where it came from.
        struct Loaded {
            var lexicon: Lexicon?
            var actors: ActorList?
            var source: LexiconLibrary.Source
            /// The shipped lexicon of the same name that a file of the user's folder replaces.
            var overridesShipped: Bool
        }

        static func load(_ library: LexiconLibrary, _ names: [String]) throws -> [Loaded] {
            let shipped = Set(LexiconLibrary(directory: nil).names())
            return try (names.isEmpty ? library.names() : names).map { name in
                let found = try library.entry(name)
                if case .file = found.source, shipped.contains(name) {
                    return Loaded(lexicon: found.lexicon, actors: found.actors, source: found.source, overridesShipped: true)
                }
                return Loaded(lexicon: found.lexicon, actors: found.actors, source: found.source, overridesShipped: false)
            }
        }

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Validate lexicons: every file parses, every entry can match; duplicates are reported.")
            @OptionGroup var location: Location
            @Argument(help: "Lexicon names or files (default: all, shipped and your own).") var names: [String] = []

            func run() throws {
                let loaded = try LexiconGroup.load(try location.library(), names)
                var warnings = 0
                for lexicon in loaded.compactMap(\.lexicon) {
                    var seen: [String: String] = [:]
                    for category in lexicon.categories {
                        var inCategory: Set<String> = []
                        for entry in category.entries {
                            let key = Tokenizer.fold(entry.term)
                            if !inCategory.insert(key).inserted {
                                Terminal.out("warning: \(lexicon.file):\(entry.line ?? 0): '\(entry.term)' is listed twice in \(category.name)\n")
                                warnings += 1
                            }
                            if let other = seen[key], other != category.name, lexicon.kind == .frames {
                                Terminal.out("note: \(lexicon.file):\(entry.line ?? 0): '\(entry.term)' is in both \(other) and \(category.name) (it counts in each)\n")
                            }
                            seen[key] = category.name
                        }
                    }
                    Terminal.out("ok: \(lexicon.name) (\(lexicon.kind.rawValue), \(lexicon.format)): \(lexicon.categories.count) categories, \(lexicon.entryCount) entries\n")
                }
                for actors in loaded.compactMap(\.actors) {
                    Terminal.out("ok: actors: \(actors.actors.count) actors in \(actors.groups.count) groups\n")
                }
                if warnings > 0 { Terminal.out("\(warnings) warning\(warnings == 1 ? "" : "s")\n") }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List lexicons, where each comes from, and their categories.",
                discussion: """
                    Lexicons ship inside slant; a file NAME.yaml (.yml, .dic, .txt, .lst) in your lexicons folder \
                    overrides the shipped NAME or adds a new one. The folder is --lexicons DIR, else $SLANT_LEXICONS, \
                    else ./lexicons, else lexicons/ beside the corpus folder.
                    """)
            @OptionGroup var location: Location
            @Argument(help: "Lexicon names (default: all).") var names: [String] = []
            @Flag(help: "Also list every entry.") var entries = false

            func run() throws {
                let library = try location.library()
                if let directory = library.directory {
                    Terminal.out("your lexicons: \(directory.path) (\(library.origin ?? "given"))\n\n")
                } else {
                    Terminal.out("your lexicons: none (no --lexicons, $SLANT_LEXICONS, ./lexicons or lexicons/ beside the corpus); the shipped ones are used\n\n")
                }
                for item in try LexiconGroup.load(library, names) {
                    let origin = item.source.description + (item.overridesShipped ? ", in place of the shipped one" : "")
                    if let lexicon = item.lexicon {
                        Terminal.out("\(lexicon.name) — \(lexicon.kind.rawValue), \(lexicon.entryCount) entries (\(origin))\n")
                        if !lexicon.description.isEmpty { Terminal.out("  \(lexicon.description)\n") }
                        for category in lexicon.categories {
                            Terminal.out("  \(category.name) (\(category.entries.count))\(category.description.map { ": " + $0 } ?? "")\n")
                            if entries { Terminal.out("    " + category.entries.map(\.term).joined(separator: ", ") + "\n") }
                        }
                    }
                    if let actors = item.actors {
                        Terminal.out("actors — \(actors.actors.count) actors (\(origin))\n")
                        for group in actors.groups {
                            let members = actors.actors.filter { $0.group == group.id }.map(\.name)
                            Terminal.out("  \(group.label): \(members.joined(separator: ", "))\n")
                        }
                    }
                }
            }
        }

        struct Explain: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show which lexicon entries a word or phrase matches, and why.")
            @OptionGroup var location: Location
            @Argument(help: "A word or phrase, e.g. occupation or \"advise and assist\".") var text: String
            @Option(name: .customLong("lexicon"), help: "Only these lexicons (default: all).") var names: [String] = []

            func run() throws {
                let loaded = try LexiconGroup.load(try location.library(), names)
                let matcher = LexiconMatcher(loaded.compactMap(\.lexicon))
                let scalars = ScalarText(text)
                let found = matcher.matches(in: text)
                if found.isEmpty { Terminal.out("no lexicon entry matches “\(text)”\n") }
                for m in found {
                    let (lexicon, category, entry) = matcher.describe(m)
                    var line = "“\(scalars[m.span])” → \(lexicon.name)/\(category.name) by entry '\(entry.term)'"
                    line += " (\(entry.isGlob ? "glob" : entry.isPhrase ? "phrase" : "word")"
                    line += entry.weight != 1 ? ", weight \(entry.weight)" : ""
                    line += m.negated ? ", negated" : ""
                    line += ") at \(lexicon.file):\(entry.line ?? 0)\n"
                    if let note = entry.note { line += "    note: \(note)\n" }
                    Terminal.out(line)
                }
                if let actors = loaded.compactMap(\.actors).first, let resolved = actors.resolve(text) {
                    Terminal.out("actor: \(resolved.actor.name)\(resolved.exact ? "" : " (close spelling)") — \(resolved.actor.role ?? "")\(actors.group(id: resolved.actor.group).map { ", " + $0.label } ?? "")\n")
                }
            }
        }

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Convert a LIWC .dic, a quanteda/Lexicoder YAML dictionary or a plain list to slant's YAML.")
            @Argument(help: "The file to import.") var file: String
            @Option(help: "Where to write (default: standard output).") var out: String?
            @Option(help: "A name for the lexicon (default: the file name).") var name: String?
            @Option(help: "frames or markers (default: markers).") var kind: String = "markers"

            func run() throws {
                guard let lexiconKind = LexiconKind(rawValue: kind) else {
                    throw ValidationError("--kind is 'frames' or 'markers'")
                }
                var lexicon = try LexiconLoader.load(file: file, kind: lexiconKind)
                lexicon.kind = lexiconKind
                if let name { lexicon.name = name }
                let yaml = LexiconWriter.yaml(lexicon)
                if let out {
                    try Output.write(yaml, to: out)
                    Terminal.out("wrote \(out): \(lexicon.categories.count) categories, \(lexicon.entryCount) entries\n")
                } else {
                    Terminal.out(yaml)
                }
            }
        }
    }
}
