import Foundation
import FuzzTargets
import Testing

/// Every input that ever crashed a fuzz target (or that a probe found by hand), replayed through the same target on
/// every test run: `Inputs/TARGET/NAME`. scripts/fuzz.sh copies new crashes here.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs")

    static let cases: [(FuzzTarget, String)] = FuzzTarget.allCases.flatMap { target in
        let folder = inputs.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { (target, $0) }
    }

    @Test("every target has reproducers") func everyTargetHasInputs() {
        for target in FuzzTarget.allCases { #expect(Self.cases.contains { $0.0 == target }, "\(target.rawValue) has none") }
    }

    @Test("replayed without a crash", arguments: cases.map { "\($0.0.rawValue)/\($0.1)" })
    func replay(_ input: String) throws {
        let parts = input.split(separator: "/", maxSplits: 1).map(String.init)
        let target = try #require(FuzzTarget(rawValue: parts[0]))
        let data = try Data(contentsOf: Self.inputs.appendingPathComponent(input))
        target.run([UInt8](data))
    }
}
