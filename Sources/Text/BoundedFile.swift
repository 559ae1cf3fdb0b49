import Glibc

/// Why a file could not be read.
public enum FileReadError: Error, Equatable, Sendable {
    case missing
    case permissionDenied
    case isDirectory
    /// Over the limit: the size when known (a regular file), else nil (a device or pipe that went on).
    case tooLarge(size: Int?, limit: Int)
    case failed(String)
}

/// Reads a file, or standard input for `-`, keeping at most `limit` bytes whatever the file claims to be: devices and
/// pipes report no size, and `/dev/zero` never ends.
public enum BoundedFile {
    public static func read(_ path: String, limit: Int) throws(FileReadError) -> [UInt8] {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                switch errno {
                case ENOENT, ENOTDIR: throw .missing
                case EACCES: throw .permissionDenied
                default: throw .failed(String(cString: strerror(errno)))
                }
            }
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw .isDirectory }
            if type == S_IFREG, Int(info.st_size) > limit { throw .tooLarge(size: Int(info.st_size), limit: limit) }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw .isDirectory }
                throw .failed(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            guard bytes.count + n <= limit else { throw .tooLarge(size: nil, limit: limit) }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
