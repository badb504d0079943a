import Dispatch
import Synchronization

/// Runs a per-item function over a batch on several threads and returns the results in input
/// order, so the output never depends on scheduling or on the number of jobs.
///
/// Workers pull the next index from one atomic counter (no lock, no per-item queue hop) and
/// write into their own result slot.
public struct OrderedBatchRunner: Sendable {
    /// Worker threads used at most.
    public let jobs: Int

    /// - Parameter jobs: worker threads, at least 1.
    public init(jobs: Int) {
        self.jobs = max(1, jobs)
    }

    /// `inputs.map(transform)`, computed on up to `jobs` threads.
    /// - Complexity: O(n) calls of `transform`, spread over the workers.
    public func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        let workers = min(jobs, inputs.count)
        guard workers > 1 else { return inputs.map(transform) }
        let slots = ResultSlots<Output>(count: inputs.count)
        let next = Atomic<Int>(0)
        inputs.withUnsafeBufferPointer { buffer in
            let source = UncheckedSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < source.value.count else { return }
                    slots.store(transform(source.value[index]), at: index)
                }
            }
        }
        return slots.collect()
    }
}

/// Preallocated result slots, each written by exactly one worker.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    func store(_ value: Output, at index: Int) {
        storage[index] = value
    }

    func collect() -> [Output] {
        (0..<count).map { storage[$0]! }
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}

/// Wraps a value that is only read concurrently, never written.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
