import Foundation

/// Indices handed to workers no further than `window` ahead of the next result to be
/// emitted; results wait here until their turn, so they come out in input order and at
/// most `window` of them are held however many there are (`jixiao check`'s streaming).
public final class OrderedWindow<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Int: Value] = [:]
    private var handedOut = 0
    private var emitted = 0
    private let count: Int
    /// The most indices handed out and not yet emitted.
    public let window: Int

    public init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// The next index to work on, once the window has room; nil when all are handed out.
    /// With `wait` false, nil also when the window is full.
    public func take(wait: Bool = true) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while wait, handedOut < count, handedOut >= emitted + window { condition.wait() }
        guard handedOut < count, handedOut < emitted + window else { return nil }
        handedOut += 1
        return handedOut - 1
    }

    /// The result for an index `take` handed out.
    public func put(_ index: Int, _ value: Value) {
        condition.lock()
        defer { condition.unlock() }
        waiting[index] = value
        condition.broadcast()
    }

    /// The next result in input order, waiting for it; nil after the last. With `wait`
    /// false, nil also when the next result is not there yet.
    public func next(wait: Bool = true) -> Value? {
        condition.lock()
        defer { condition.unlock() }
        guard emitted < count else { return nil }
        while wait, waiting[emitted] == nil { condition.wait() }
        guard let value = waiting.removeValue(forKey: emitted) else { return nil }
        emitted += 1
        condition.broadcast()
        return value
    }

    /// Results handed out and not yet emitted (in work or waiting): never above `window`.
    public var ahead: Int {
        condition.lock()
        defer { condition.unlock() }
        return handedOut - emitted
    }
}
