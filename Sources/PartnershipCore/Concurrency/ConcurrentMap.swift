import Dispatch

extension Array where Element: Sendable {
    /// `map` with the elements shared out over the machine's cores, results in the elements' order:
    /// for a few independent, CPU-bound pieces of work (reading each region module's files).
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.buffer[index] = transform(self[index]) }
        return slots.buffer.map { $0! }
    }
}

/// One result slot per element, each written by exactly one iteration and read after all have
/// finished (`concurrentPerform` returns only then).
private final class Slots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
