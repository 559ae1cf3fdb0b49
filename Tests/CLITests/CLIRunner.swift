import Foundation
import TestSupport

/// Runs the built `slant` binary and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root (tests run against its fixtures).
    static let root: URL = repositoryRoot

    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("slant")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        for candidate in [".build/debug/slant", ".build/release/slant"] {
            let url = root.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return beside
    }()

    static func fixture(_ path: String) -> String {
        root.appendingPathComponent("Tests").appendingPathComponent(path).path
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SLANT_CORPUS")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs the built binary with its standard streams wired to files, devices or nothing, under a time limit, and
/// reports its peak memory: the harness for hostile-input tests.
enum LimitedRun {
    enum Stream {
        /// Captured into a temporary file and returned as text.
        case capture
        /// Read from or written to this path (`/dev/zero`, `/dev/full`, a FIFO).
        case path(String)
        /// Closed before the program starts (`>&-`).
        case closed
    }

    struct Result {
        var status: Int32
        /// The signal that ended the process, if one did (a crash: SIGILL, SIGABRT, SIGSEGV; SIGKILL on timeout).
        var signal: Int32?
        var stdout: String
        var stderr: String
        /// Peak resident memory, in megabytes.
        var peakMB: Double
        var seconds: Double
        var timedOut: Bool

        var crashed: Bool { signal != nil }
    }

    static func run(_ arguments: [String], stdin: Stream = .path("/dev/null"), stdout: Stream = .capture,
                    stderr: Stream = .capture, timeout: Double = 60, directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let scratch = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        func wire(_ stream: Stream, _ fd: Int32, capture: String, flags: Int32) {
            switch stream {
            case .capture: posix_spawn_file_actions_addopen(&actions, fd, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            case let .path(p): posix_spawn_file_actions_addopen(&actions, fd, p, flags, 0o644)
            case .closed: posix_spawn_file_actions_addclose(&actions, fd)
            }
        }
        wire(stdin, 0, capture: "/dev/null", flags: O_RDONLY)
        wire(stdout, 1, capture: outPath, flags: O_WRONLY)
        wire(stderr, 2, capture: errPath, flags: O_WRONLY)

        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SLANT_CORPUS")
        for (k, v) in environment { env[k] = v }
        // `env -C DIR` changes directory and execs slant in the same process, so its usage is slant's.
        let argv = (directory.map { ["/usr/bin/env", "-C", $0.path] } ?? []) + [CLIRunner.binary.path] + arguments
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if Date().timeIntervalSince(started) > timeout && !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(5_000)
        }
        let seconds = Date().timeIntervalSince(started)
        let exited = status & 0x7F == 0
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: exited ? (status >> 8) & 0xFF : -1, signal: exited ? nil : status & 0x7F,
                      stdout: read(outPath), stderr: read(errPath), peakMB: Double(usage.ru_maxrss) / 1024,
                      seconds: seconds, timedOut: timedOut)
    }
}
