import Foundation

/// How failed sign-ins slow down further tries of one (user name, client address) pair.
///
/// Only the pair that failed waits: a stranger guessing from elsewhere cannot lock the
/// owner (or the administrator) out. The first `freeFailures` failures cost nothing; after
/// that each try must wait `firstDelay`, doubled with every further failure up to
/// `maxDelay`, counted from the last failure. Failures older than `window` are forgotten,
/// and a successful sign-in clears the pair.
public struct LoginThrottle: Sendable, Equatable {
    /// Failures within `window` that need no wait.
    public var freeFailures: Int
    /// The wait after the first failure beyond the free ones.
    public var firstDelay: TimeInterval
    /// The longest wait.
    public var maxDelay: TimeInterval
    /// How far back failures count.
    public var window: TimeInterval

    /// What the web app uses: 5 free tries, then 30 s, 1, 2, 4, 8 min, then 15 min each.
    public static let standard = LoginThrottle(freeFailures: 5, firstDelay: 30, maxDelay: 15 * 60, window: 60 * 60)

    public init(freeFailures: Int, firstDelay: TimeInterval, maxDelay: TimeInterval, window: TimeInterval) {
        self.freeFailures = freeFailures
        self.firstDelay = firstDelay
        self.maxDelay = maxDelay
        self.window = window
    }

    /// Whether a try may go ahead.
    public enum Decision: Sendable, Equatable {
        case allow
        /// Refused without checking the password; the pair may try again after this many seconds.
        case wait(seconds: Int)
    }

    /// The wait required after `failures` recent failures, counted from the last one.
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeFailures, failures > 0, firstDelay > 0 else { return 0 }
        // Doubling stops at the cap, so no count (however large) can overflow.
        var delay = firstDelay
        var step = freeFailures
        while step < failures && delay < maxDelay {
            delay *= 2
            step += 1
        }
        return min(delay, maxDelay)
    }

    /// The decision for a try at `now` after `failures` failures within `window`, the last at `lastFailure`.
    public func decide(failures: Int, lastFailure: Date?, now: Date) -> Decision {
        guard let lastFailure else { return .allow }
        let remaining = delay(afterFailures: failures) - now.timeIntervalSince(lastFailure)
        guard remaining > 0 else { return .allow }
        return .wait(seconds: Int(remaining.rounded(.up)))
    }

    /// The oldest failure time that still counts at `now`.
    public func windowStart(at now: Date) -> Date { now.addingTimeInterval(-window) }
}
