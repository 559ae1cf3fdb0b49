import Foundation
import Text

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
        do {
            return try BoundedFile.read(path, limit: maxBytes)
        } catch {
            switch error {
            case .missing: throw InputError(path: display, message: "no such file")
            case .permissionDenied: throw InputError(path: display, message: "cannot be read (permission denied)")
            case .isDirectory: throw InputError(path: display, message: "is a directory, not a file")
            case let .tooLarge(size?, limit):
                throw InputError(path: display, message: "the file is \(megabytes(size)) MB, over the \(megabytes(limit)) MB limit (raise it with --max-size)")
            case let .tooLarge(nil, limit):
                throw InputError(path: display, message: "the input is over the \(megabytes(limit)) MB limit (raise it with --max-size)")
            case let .failed(reason): throw InputError(path: display, message: "cannot be read (\(reason))")
            }
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(bytes / 1_000_000) : String(format: "%.1f", Double(bytes) / 1_000_000)
    }
}
