import Foundation
import FuzzTargets

/// One fuzzing executable for every target; `SLANT_FUZZ_TARGET` chooses one (scripts/fuzz.sh sets it).
enum SelectedTarget {
    static let target: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["SLANT_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("slant-fuzz: set SLANT_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    SelectedTarget.target.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
#else
/// Without the fuzzer (a plain build): replays inputs given as files, such as a crash reproducer.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("slant-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            SelectedTarget.target.run([UInt8](data))
        }
    }
}
#endif
