import Foundation

/// A user as stored: the account and whether it is disabled (a disabled user cannot sign
/// in; its sessions and API tokens are refused). The password hash stays in the store.
public struct StoredUser: Sendable, Hashable {
    public var account: UserAccount
    public var disabled: Bool

    public init(account: UserAccount, disabled: Bool = false) {
        self.account = account
        self.disabled = disabled
    }

    public var id: UUID { account.id }
}

/// An API token as its owner and the administrator see it (never the token itself).
public struct ApiToken: Sendable, Hashable {
    public var id: UUID
    public var name: String
    public var createdAt: Date?
    /// When the token was last used, to within a few minutes; nil when never used.
    public var lastUsedAt: Date?

    public init(id: UUID, name: String, createdAt: Date?, lastUsedAt: Date?) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
    }
}
