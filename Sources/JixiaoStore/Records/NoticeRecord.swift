import FluentKit
import Foundation
import JixiaoCore

/// A row of `notifications`: one in-app message to one user.
public final class NoticeRecord: Model, @unchecked Sendable {
    public static let schema = "notifications"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "evaluation_id") public var evaluationID: UUID
    @Field(key: "message") public var message: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "read_at") public var readAt: Date?

    public init() {}

    public init(userID: UUID, evaluationID: UUID, message: String, createdAt: Date) {
        self.userID = userID
        self.evaluationID = evaluationID
        self.message = message
        self.createdAt = createdAt
    }

    /// The Core value of this row.
    var notice: Notice {
        Notice(
            id: id ?? UUID(), evaluationID: evaluationID.uuidString.lowercased(), message: message,
            createdAt: createdAt, readAt: readAt)
    }
}
