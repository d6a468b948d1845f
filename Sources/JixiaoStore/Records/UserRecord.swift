import FluentKit
import Foundation
import JixiaoCore

/// A row of `users`: an account with its bcrypt password hash.
public final class UserRecord: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    @Field(key: "role") public var role: String
    @Field(key: "unit_code") public var unitCode: String
    @Field(key: "password_hash") public var passwordHash: String
    /// A disabled user cannot sign in; its sessions and API tokens are refused.
    @Field(key: "disabled") public var disabled: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(username: String, displayName: String, role: Role, unitCode: String, passwordHash: String) {
        self.username = username
        self.displayName = displayName
        self.role = role.rawValue
        self.unitCode = unitCode
        self.passwordHash = passwordHash
        self.disabled = false
    }

    /// The Core value, or nil when the stored role is unknown (disabled users included).
    public var account: UserAccount? {
        guard let id, let role = Role(rawValue: role) else { return nil }
        return UserAccount(id: id, username: username, displayName: displayName, role: role, unitCode: unitCode)
    }
}
