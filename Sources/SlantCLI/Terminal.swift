import Foundation

/// Standard streams, terminal detection and the one-line error format every command uses.
///
/// Writes go straight to the file descriptors, so a full disk, a closed stream or a broken pipe is an error the
/// process reports and exits on, never a crash.
enum Terminal {
    /// Standard streams that were closed when slant started (`>&-`); they now point at /dev/null.
    nonisolated(unsafe) private static var closedAtStart: Set<Int32> = []

    /// Makes sure descriptors 0, 1 and 2 are open before anything else opens a file: a closed standard stream would
    /// otherwise be handed to the next file slant opens, and output meant for the terminal would land in that file.
    static func prepareStandardStreams() {
        for fd: Int32 in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd { dup2(null, fd); close(null) }
            closedAtStart.insert(fd)
        }
    }

    static func error(_ message: String) {
        writeToStandardError("slant: error: " + message + "\n")
    }

    static func warn(_ message: String) {
        writeToStandardError("slant: " + message + "\n")
    }

    /// Writes to standard output; if it cannot (closed, disk full), says so on standard error and exits with status 1.
    /// A reader that went away (a broken pipe, as in `slant … | head`) ends the process quietly, as Unix tools do.
    static func out(_ text: String) {
        var text = text
        text.withUTF8 { out(UnsafeRawBufferPointer($0)) }
    }

    static func out(_ data: Data) {
        data.withUnsafeBytes { out($0) }
    }

    private static func out(_ bytes: UnsafeRawBufferPointer) {
        if closedAtStart.contains(STDOUT_FILENO) { failOutput("standard output is closed") }
        let result = writeAll(STDOUT_FILENO, bytes)
        if result == 0 { return }
        if result == EPIPE { exit(141) }
        failOutput("cannot write to standard output: \(String(cString: strerror(result)))")
    }

    /// Text for standard error that must not interrupt the command if standard error is gone (progress bars).
    static func writeToStandardError(_ text: String) {
        guard !closedAtStart.contains(STDERR_FILENO) else { return }
        var text = text
        _ = text.withUTF8 { writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
    }

    private static func failOutput(_ message: String) -> Never {
        error(message)
        exit(1)
    }

    /// Writes every byte; 0 on success, else the errno of the failed write.
    private static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            offset += n
        }
        return 0
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
