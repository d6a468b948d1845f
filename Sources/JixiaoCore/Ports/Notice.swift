import Foundation

/// One in-app message (消息) to one user, e.g. that an evaluation of their unit was returned.
public struct Notice: Codable, Sendable, Hashable {
    public var id: UUID
    /// The evaluation the message is about.
    public var evaluationID: String
    public var message: String
    public var createdAt: Date
    /// When the user marked it read; nil while unread.
    public var readAt: Date?

    public init(id: UUID, evaluationID: String, message: String, createdAt: Date, readAt: Date? = nil) {
        self.id = id
        self.evaluationID = evaluationID
        self.message = message
        self.createdAt = createdAt
        self.readAt = readAt
    }

    public var isUnread: Bool { readAt == nil }
}
