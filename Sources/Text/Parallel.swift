import Dispatch
import Foundation
import Synchronization

/// Work spread over the cores: the one place slant runs loops in parallel.
public enum Parallel {
    /// `transform(i)` for every `i` in `0..<count`, on up to `workers` threads (default: every core), results in index
    /// order. Workers take the next index as they finish one, so uneven items balance out. `transform` must be safe to
    /// call from several threads at once (pure functions of their input are).
    public static func map<T>(count: Int, workers: Int? = nil, _ transform: (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, count))
        if threads == 1 { return (0..<count).map(transform) }
        var results = [T?](repeating: nil, count: count)
        withoutActuallyEscaping(transform) { transform in
            results.withUnsafeMutableBufferPointer { buffer in
                // Each index is written by exactly one worker, and the buffer outlives them: the accesses never race.
                nonisolated(unsafe) let out = buffer
                nonisolated(unsafe) let work = transform
                let next = Atomic<Int>(0)
                DispatchQueue.concurrentPerform(iterations: threads) { _ in
                    while true {
                        let i = next.add(1, ordering: .relaxed).oldValue
                        guard i < count else { return }
                        out[i] = work(i)
                    }
                }
            }
        }
        return results.map { $0! }
    }

    /// Like `map`, for work done for its effects.
    public static func forEach(count: Int, workers: Int? = nil, _ body: (Int) -> Void) {
        _ = map(count: count, workers: workers, body)
    }
}
