import Foundation

/// A failure tied to one input, printed as `PATH: message`.
struct InputError: Error, CustomStringConvertible {
    let path: String
    let message: String
    var description: String { "\(path): \(message)" }
}

/// Reads inputs with errors that name the file and say what is wrong.
enum InputFile {
    /// The largest `--max-size` in megabytes: page offsets are 32-bit.
    static let maxSizeLimit = 2_000

    /// `--max-size` megabytes as bytes, refused outside 1…`maxSizeLimit`.
    static func bytes(megabytes: Int, option: String = "--max-size") throws(InputError) -> Int {
        guard megabytes >= 1, megabytes <= maxSizeLimit else {
            throw InputError(path: option, message: "must be between 1 and \(maxSizeLimit) (megabytes), not \(megabytes)")
        }
        return megabytes * 1_000_000
    }

    /// The bytes of `path`, or of standard input for `-`, read through a bounded reader: at most `maxBytes` are kept,
    /// whatever the file claims to be (devices and pipes report no size; `/dev/zero` never ends).
    static func read(_ path: String, maxBytes: Int) throws(InputError) -> [UInt8] {
        let display = path == "-" ? "<stdin>" : path
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                let code = errno
                switch code {
                case ENOENT: throw InputError(path: path, message: "no such file")
                case EACCES: throw InputError(path: path, message: "cannot be read (permission denied)")
                default: throw InputError(path: path, message: "cannot be opened (\(String(cString: strerror(code))))")
                }
            }
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw InputError(path: display, message: "is a directory, not a file") }
            if type == S_IFREG, Int(info.st_size) > maxBytes {
                throw InputError(path: display, message: "the file is \(megabytes(Int(info.st_size))) MB, over the \(megabytes(maxBytes)) MB limit (raise it with --max-size)")
            }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                throw InputError(path: display, message: code == EISDIR ? "is a directory, not a file"
                                 : "cannot be read (\(String(cString: strerror(code))))")
            }
            if n == 0 { break }
            guard bytes.count + n <= maxBytes else {
                throw InputError(path: display, message: "the input is over the \(megabytes(maxBytes)) MB limit (raise it with --max-size)")
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(bytes / 1_000_000) : String(format: "%.1f", Double(bytes) / 1_000_000)
    }
}
