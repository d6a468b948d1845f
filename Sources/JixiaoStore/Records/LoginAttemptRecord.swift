import FluentKit
import Foundation

/// A row of `login_attempts`: a failed login, kept for throttling across processes.
public final class LoginAttemptRecord: Model, @unchecked Sendable {
    public static let schema = "login_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "attempted_at") public var attemptedAt: Date

    public init() {}

    public init(username: String, attemptedAt: Date) {
        self.username = username
        self.attemptedAt = attemptedAt
    }
}
