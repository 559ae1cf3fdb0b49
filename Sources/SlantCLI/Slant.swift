import Foundation
import ArgumentParser

/// The `slant` command: how different outlets frame the same event.
public struct Slant: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "slant",
        abstract: "Show how different news outlets frame the same event.",
        discussion: """
            Start with `slant report iraq-2021-combat-mission` to see the seed event side by side. The corpus \
            lives in ./seeds (or --corpus DIR, or $SLANT_CORPUS).
            """,
        version: "0.1.0",
        subcommands: [Report.self, Diff.self, Score.self, Analyze.self, Profile.self, Import.self, LexiconGroup.self, Quotes.self, Add.self, New.self, Events.self, List.self, Show.self, Remove.self, Check.self, Extract.self]
    )

    public init() {}
}

extension Slant {
    /// The process entry point: standard streams made safe, the command line parsed and run, and every error leaving
    /// through one path: a command's failure as one line `slant: error: …` and status 1, usage errors and help as
    /// argument-parser prints them.
    public static func start(_ arguments: [String]? = nil) -> Never {
        Terminal.prepareStandardStreams()
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Glibc.exit(0)
        } catch let failure as CommandFailure {
            for message in failure.messages { Terminal.error(message) }
            Glibc.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
