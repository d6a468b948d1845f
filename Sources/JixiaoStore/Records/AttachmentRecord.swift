import FluentKit
import Foundation

/// A row of `attachments`: one 佐证材料 of an evaluation, without its bytes (those are in
/// `attachment_data`, so a list never reads them).
public final class AttachmentRecord: Model, @unchecked Sendable {
    public static let schema = "attachments"

    @ID(key: .id) public var id: UUID?
    /// The owner's id: an evaluation's, or a rectification item's when `owner` says so.
    @Field(key: "evaluation_id") public var evaluationID: UUID
    /// nil for an evaluation (every row before 029), `rectification` for a 整改 item.
    @OptionalField(key: "owner") public var owner: String?
    /// The framework leaf it supports; nil for the whole evaluation.
    @OptionalField(key: "indicator") public var indicator: String?
    @Field(key: "name") public var name: String
    /// The sniffed `AttachmentType` (`pdf`, `png`, `jpeg`, `docx`, `xlsx`).
    @Field(key: "file_type") public var fileType: String
    @Field(key: "size") public var size: Int
    @Field(key: "is_public") public var isPublic: Bool
    @Field(key: "uploaded_by") public var uploadedBy: String
    @Field(key: "uploaded_at") public var uploadedAt: Date

    public init() {}
}

/// A row of `attachment_data`: the bytes of one attachment, keyed by its id.
public final class AttachmentDataRecord: Model, @unchecked Sendable {
    public static let schema = "attachment_data"

    /// The attachment's id.
    @ID(key: .id) public var id: UUID?
    @Field(key: "content") public var content: Data

    public init() {}

    public init(id: UUID, content: Data) {
        self.id = id
        self.content = content
    }
}
