import FluentKit
import Foundation

/// A row of `login_attempts`: a failed login of one (user name, client) pair, kept for throttling across processes.
public final class LoginAttemptRecord: Model, @unchecked Sendable {
    public static let schema = "login_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    /// The client address the attempt came from (migration 015).
    @Field(key: "client") public var client: String
    @Field(key: "attempted_at") public var attemptedAt: Date

    public init() {}

    public init(username: String, client: String, attemptedAt: Date) {
        self.username = username
        self.client = client
        self.attemptedAt = attemptedAt
    }
}
