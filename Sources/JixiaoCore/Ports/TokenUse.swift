import Foundation

/// An API token as the token check reads it: its user and when it was last used.
public struct TokenUse: Sendable, Equatable {
    /// `last_used_at` is written at most this often per token (one write, not one per call).
    public static let touchInterval: TimeInterval = 5 * 60

    public var user: UserAccount
    public var tokenID: UUID
    public var lastUsedAt: Date?

    public init(user: UserAccount, tokenID: UUID, lastUsedAt: Date?) {
        self.user = user
        self.tokenID = tokenID
        self.lastUsedAt = lastUsedAt
    }

    /// True when a use at `now` should be written (never written, or longer ago than the interval).
    public func shouldTouch(at now: Date) -> Bool {
        lastUsedAt.map { now.timeIntervalSince($0) > Self.touchInterval } ?? true
    }
}
