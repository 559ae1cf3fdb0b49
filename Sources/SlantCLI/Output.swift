import Corpus
import Foundation

/// Where a command's document goes: standard output, or a path the user named.
///
/// A regular file is replaced atomically (a temporary file renamed over it) and keeps its permissions; a file with
/// several hard links is rewritten in place so the links stay one file; devices, FIFOs and sockets (`/dev/null`,
/// `/dev/stdout`, a named pipe) are written to as streams, never replaced. A symbolic link to a regular file is
/// refused: replacing it would replace the link, and writing through it would write somewhere the user did not name.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            Terminal.out(text)
            return
        }
        try write(Data(text.utf8), toPath: path)
    }

    static func write(_ data: Data, toPath path: String) throws(CorpusError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw .io(file: path, message: String(cString: strerror(errno))) }
            try AtomicFile.write(data, to: URL(fileURLWithPath: path), durable: false)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG where info.st_nlink > 1:
            try stream(data, to: path, flags: O_WRONLY | O_TRUNC)
        case S_IFREG:
            try AtomicFile.write(data, to: URL(fileURLWithPath: path), durable: false, mode: info.st_mode)
        case S_IFCHR, S_IFIFO, S_IFSOCK:
            try stream(data, to: path, flags: O_WRONLY)
        case S_IFDIR:
            throw .io(file: path, message: "is a directory; name a file to write")
        case S_IFLNK:
            var target = stat()
            let kind = stat(path, &target) == 0 ? target.st_mode & S_IFMT : 0
            if kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK {
                try stream(data, to: path, flags: O_WRONLY)      // /dev/stdout and the like
                return
            }
            let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw .io(file: path, message: "is a symbolic link (to \(resolved)); slant does not write through links, so name the file itself")
        default:
            throw .io(file: path, message: "is not a regular file, a device or a pipe; slant will not write to it")
        }
    }

    /// Writes into an existing file without replacing it.
    private static func stream(_ data: Data, to path: String, flags: Int32) throws(CorpusError) {
        let fd = open(path, flags | O_CLOEXEC)
        guard fd >= 0 else { throw .io(file: path, message: "cannot open for writing (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        let failure = data.withUnsafeBytes { raw -> Int32 in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return errno }
                if n == 0 { return EIO }
                offset += n
            }
            return 0
        }
        if failure != 0 { throw .io(file: path, message: "cannot write (\(String(cString: strerror(failure))))") }
    }
}
