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
            @Option(name: .customLong("lexicons"), help: "The lexicons folder (default: $SLANT_LEXICONS, else ./lexicons).")
            var path: String?
            var library: LexiconLibrary { LexiconLibrary.locate(option: path, corpusRoot: Corpus.locate(option: nil).root) }
        }

        static func load(_ library: LexiconLibrary, _ names: [String]) throws -> ([Lexicon], ActorList?) {
            var lexicons: [Lexicon] = []
            var actors: ActorList?
            for name in names.isEmpty ? library.names() : names {
                do {
                    let file = try library.file(for: name)
                    if library.isActorList(file) { actors = try ActorList.load(file: file) } else { lexicons.append(try LexiconLoader.load(file: file)) }
                } catch {
                    Terminal.error(error.description)
                    throw ExitCode(1)
                }
            }
            return (lexicons, actors)
        }

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Validate lexicons: every file parses, every entry can match; duplicates are reported.")
            @OptionGroup var location: Location
            @Argument(help: "Lexicon names or files (default: all in the folder).") var names: [String] = []

            func run() throws {
                let (lexicons, actors) = try LexiconGroup.load(location.library, names)
                var warnings = 0
                for lexicon in lexicons {
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
                if let actors {
                    Terminal.out("ok: actors: \(actors.actors.count) actors in \(actors.groups.count) groups\n")
                }
                if warnings > 0 { Terminal.out("\(warnings) warning\(warnings == 1 ? "" : "s")\n") }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List lexicons and their categories.")
            @OptionGroup var location: Location
            @Argument(help: "Lexicon names (default: all).") var names: [String] = []
            @Flag(help: "Also list every entry.") var entries = false

            func run() throws {
                let (lexicons, actors) = try LexiconGroup.load(location.library, names)
                for lexicon in lexicons {
                    Terminal.out("\(lexicon.name) — \(lexicon.kind.rawValue), \(lexicon.entryCount) entries (\(lexicon.file))\n")
                    if !lexicon.description.isEmpty { Terminal.out("  \(lexicon.description)\n") }
                    for category in lexicon.categories {
                        Terminal.out("  \(category.name) (\(category.entries.count))\(category.description.map { ": " + $0 } ?? "")\n")
                        if entries { Terminal.out("    " + category.entries.map(\.term).joined(separator: ", ") + "\n") }
                    }
                }
                if let actors {
                    Terminal.out("actors — \(actors.actors.count) actors (\(actors.file))\n")
                    for group in actors.groups {
                        let members = actors.actors.filter { $0.group == group.id }.map(\.name)
                        Terminal.out("  \(group.label): \(members.joined(separator: ", "))\n")
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
                let (lexicons, actors) = try LexiconGroup.load(location.library, names)
                let matcher = LexiconMatcher(lexicons)
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
                if let actors, let resolved = actors.resolve(text) {
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
                var lexicon: Lexicon
                do { lexicon = try LexiconLoader.load(file: file, kind: lexiconKind) } catch {
                    Terminal.error(error.description)
                    throw ExitCode(1)
                }
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
