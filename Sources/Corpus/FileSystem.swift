import Foundation

/// Atomic file writes: a temporary file beside the target, renamed over it.
public enum AtomicFile {
    /// Writes `data`; with `durable` the bytes reach the disk (fsync) before the rename. `mode` gives the new file the
    /// permissions of the one it replaces; without it a new file gets 0666 less the umask, as any created file does.
    public static func write(_ data: Data, to url: URL, durable: Bool = true, mode: mode_t? = nil) throws(CorpusError) {
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw .io(file: dir.path, message: "cannot create the directory (\(error.localizedDescription))")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .io(file: temp.path, message: String(cString: strerror(errno))) }
        if let mode { fchmod(fd, mode & 0o7777) }
        let written = data.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return -1 }
                offset += n
            }
            return offset
        }
        let synced = !durable || fsync(fd) == 0
        close(fd)
        guard written == data.count, synced else {
            unlink(temp.path)
            throw .io(file: url.path, message: "could not write the file (disk full?)")
        }
        if rename(temp.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temp.path)
            throw .io(file: url.path, message: message)
        }
    }

    public static func write(_ text: String, to url: URL, durable: Bool = true, mode: mode_t? = nil) throws(CorpusError) {
        try write(Data(text.utf8), to: url, durable: durable, mode: mode)
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
    static func read(_ url: URL, inside root: URL, display: (URL) -> String) throws(CorpusError) -> Data {
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
            return try Data(contentsOf: URL(fileURLWithPath: resolved))
        } catch {
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
