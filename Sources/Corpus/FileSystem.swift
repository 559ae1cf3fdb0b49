import Foundation
import Text

/// Atomic file writes: a temporary file beside the target, renamed over it.
public enum AtomicFile {
    /// Writes `data`; with `durable` the bytes reach the disk (fsync) before the rename. `mode` gives the new file the
    /// permissions of the one it replaces; without it a new file gets 0666 less the umask, as any created file does.
    public static func write(_ data: Data, to url: URL, durable: Bool = true, mode: mode_t? = nil) throws(CorpusError) {
        let temp = try temporary(beside: url)
        let failure = data.withUnsafeBytes { fill(temp, $0, durable: durable, mode: mode) }
        try commit(temp, to: url, failure: failure)
    }

    /// Writes a string's UTF-8 in place, without a copy.
    public static func write(_ text: String, to url: URL, durable: Bool = true, mode: mode_t? = nil) throws(CorpusError) {
        let temp = try temporary(beside: url)
        var text = text
        let failure = text.withUTF8 { fill(temp, UnsafeRawBufferPointer($0), durable: durable, mode: mode) }
        try commit(temp, to: url, failure: failure)
    }

    private static func temporary(beside url: URL) throws(CorpusError) -> URL {
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw .io(file: dir.path, message: "cannot create the directory (\(error.localizedDescription))")
        }
        return dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    /// Creates `temp` and writes every byte; nil on success, else what went wrong.
    private static func fill(_ temp: URL, _ bytes: UnsafeRawBufferPointer, durable: Bool, mode: mode_t?) -> String? {
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        if let mode { fchmod(fd, mode & 0o7777) }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return "could not write the file (\(n < 0 ? String(cString: strerror(errno)) : "disk full?"))" }
            offset += n
        }
        if durable && fsync(fd) != 0 { return "could not write the file to disk (\(String(cString: strerror(errno))))" }
        return nil
    }

    private static func commit(_ temp: URL, to url: URL, failure: String?) throws(CorpusError) {
        if let failure {
            unlink(temp.path)
            throw .io(file: url.path, message: failure)
        }
        if rename(temp.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temp.path)
            throw .io(file: url.path, message: message)
        }
    }
}

/// An exclusive advisory lock (flock) on a file, held until `unlock()` or the process ends.
final class FileLock {
    private let fd: Int32

    init(_ url: URL) throws(CorpusError) {
        fd = open(url.path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw .io(file: url.path, message: "cannot open the lock file: \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            close(fd)
            throw .io(file: url.path, message: "cannot take the lock: \(String(cString: strerror(errno)))")
        }
    }

    func unlock() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

enum Files {
    /// Reads a regular file that lies inside `root` once every symbolic link on its path is resolved: a corpus file
    /// that is a link to somewhere else (`text.txt -> /etc/passwd`), a device or a pipe is an error, not something to
    /// show in a report.
    static func read(_ url: URL, inside root: URL, limit: Int, display: (URL) -> String) throws(CorpusError) -> Data {
        let name = display(url)
        guard let resolved = realPath(url.path) else {
            throw .io(file: name, message: FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "is missing")
        }
        let base = realPath(root.path) ?? root.path
        guard resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
            throw .io(file: name, message: "is a link to \(resolved), outside the corpus; slant reads only files inside it")
        }
        var info = stat()
        guard stat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw .io(file: name, message: "is not a regular file")
        }
        do {
            return Data(try BoundedFile.read(resolved, limit: limit))
        } catch {
            if case .tooLarge = error { throw .io(file: name, message: "is over \(limit / 1_000_000) MB, too large for a corpus file") }
            throw .io(file: name, message: "cannot be read")
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    static func removeTree(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}
