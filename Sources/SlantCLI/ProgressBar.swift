import Foundation
import Synchronization

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar: Sendable {
    private let total: Int
    private let enabled: Bool
    private let state = Mutex<(done: Int, lastDrawn: UInt64)>((0, 0))

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance() {
        guard enabled else { return }
        state.withLock { s in
            s.done += 1
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - s.lastDrawn > 50_000_000 || s.done == total else { return }
            s.lastDrawn = now
            draw(s.done)
        }
    }

    func finish() {
        guard enabled else { return }
        Terminal.writeToStandardError("\n")
    }

    private func draw(_ done: Int) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.writeToStandardError("\r\(bar) \(done)/\(total)")
    }
}
