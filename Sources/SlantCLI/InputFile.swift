import Foundation

/// A failure tied to one input, printed as `PATH: message`.
struct InputError: Error, CustomStringConvertible {
    let path: String
    let message: String
    var description: String { "\(path): \(message)" }
}

/// Reads inputs with errors that name the file and say what is wrong.
enum InputFile {
    /// The bytes of `path`, or of standard input for `-`.
    static func read(_ path: String, maxBytes: Int) throws(InputError) -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxBytes else {
                throw InputError(path: "<stdin>", message: "input is over the \(maxBytes / 1_000_000) MB limit")
            }
            return [UInt8](data)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw InputError(path: path, message: "no such file")
        }
        guard !isDir.boolValue else { throw InputError(path: path, message: "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, message: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maxBytes {
            throw InputError(path: path, message: "the file is \(size / 1_000_000) MB, over the \(maxBytes / 1_000_000) MB limit (raise it with --max-size)")
        }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw InputError(path: path, message: "cannot be read (\(error.localizedDescription))")
        }
    }
}
