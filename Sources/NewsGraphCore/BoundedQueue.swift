import Dispatch
import Synchronization

/// A first-in first-out queue with a fixed capacity between one producer and one consumer
/// thread: `put` waits while it is full, `take` waits while it is empty. It keeps the reader
/// at most `capacity` batches ahead of the workers, which bounds memory.
public final class BoundedQueue<Element: Sendable>: Sendable {
    private let items = Mutex<[Element?]>([])
    private let free = DispatchSemaphore(value: 0)
    private let filled = DispatchSemaphore(value: 0)

    /// - Parameter capacity: elements that may wait in the queue, at least 1.
    public init(capacity: Int) {
        // Signalled rather than created with the capacity: libdispatch traps when a semaphore
        // is released below the value it was created with.
        for _ in 0..<max(1, capacity) { free.signal() }
    }

    /// Appends `element`, waiting for room.
    public func put(_ element: Element) {
        free.wait()
        items.withLock { $0.append(element) }
        filled.signal()
    }

    /// Marks the end of the stream: `take` returns nil once the queue is drained.
    public func close() {
        free.wait()
        items.withLock { $0.append(nil) }
        filled.signal()
    }

    /// The next element, waiting for one; nil after `close`.
    public func take() -> Element? {
        filled.wait()
        let element = items.withLock { $0.removeFirst() }
        if element == nil {
            items.withLock { $0.append(nil) }
            filled.signal()
        } else {
            free.signal()
        }
        return element
    }
}
