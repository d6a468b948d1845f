import FluentKit
import Foundation

/// A row of `api_tokens`: the SHA-256 of a bearer token, never the token itself.
public final class ApiTokenRecord: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "name") public var name: String
    /// Lower-case hex SHA-256 of the token.
    @Field(key: "token_hash") public var tokenHash: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// When the token was last used, to within `FluentAccountRepository.tokenTouchInterval` (migration 016).
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?

    public init() {}

    public init(userID: UUID, name: String, tokenHash: String) {
        self.userID = userID
        self.name = name
        self.tokenHash = tokenHash
    }
}
