import Foundation

/// A web session as stored: its data, its user (read in the same query) and its times.
public struct StoredSession: Sendable, Equatable {
    public var data: [String: String]
    /// The signed-in user; nil for a session that only holds a form token, and for a
    /// disabled user (whose session counts as signed out).
    public var user: UserAccount?
    public var createdAt: Date
    public var seenAt: Date
    /// The user's unread in-app messages (migration 022), counted in the same query.
    public var unread: Int = 0

    public init(data: [String: String], user: UserAccount?, createdAt: Date, seenAt: Date, unread: Int = 0) {
        self.data = data
        self.user = user
        self.createdAt = createdAt
        self.seenAt = seenAt
        self.unread = unread
    }
}
