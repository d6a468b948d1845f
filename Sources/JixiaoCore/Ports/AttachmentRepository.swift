import Foundation

/// One 佐证材料 (supporting document) of an evaluation or of a 整改 item, without its content.
public struct Attachment: Codable, Sendable, Hashable {
    public var id: String
    /// The owner's id: the evaluation's, or the rectification item's when `owner` is `.rectification`.
    public var evaluationID: String
    /// What `evaluationID` names.
    public var owner: AttachmentOwner = .evaluation
    /// The framework leaf it supports; nil for the evaluation as a whole.
    public var indicator: String?
    /// The sanitised file name (`AttachmentName`).
    public var name: String
    public var type: AttachmentType
    public var size: Int
    /// Shown on the public page once the evaluation is published (the filer decides).
    public var isPublic: Bool
    /// Display name of the uploader.
    public var uploadedBy: String
    public var uploadedAt: Date

    public init(
        id: String, evaluationID: String, indicator: String?, name: String, type: AttachmentType, size: Int,
        isPublic: Bool, uploadedBy: String, uploadedAt: Date
    ) {
        self.id = id
        self.evaluationID = evaluationID
        self.indicator = indicator
        self.name = name
        self.type = type
        self.size = size
        self.isPublic = isPublic
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }
}

/// A checked file to store: its type sniffed, its name sanitised.
public struct NewAttachment: Sendable, Hashable {
    /// The owner's id (see `Attachment.evaluationID`).
    public var evaluationID: String
    public var owner: AttachmentOwner = .evaluation
    public var indicator: String?
    public var name: String
    public var type: AttachmentType
    public var isPublic: Bool
    public var uploadedBy: String
    public var content: [UInt8]

    public init(
        evaluationID: String, indicator: String?, name: String, type: AttachmentType, isPublic: Bool,
        uploadedBy: String, content: [UInt8]
    ) {
        self.evaluationID = evaluationID
        self.indicator = indicator
        self.name = name
        self.type = type
        self.isPublic = isPublic
        self.uploadedBy = uploadedBy
        self.content = content
    }
}

/// Where attachments live (implemented on Fluent in JixiaoStore, in the database so that
/// every app process sees the same files).
public protocol AttachmentRepository: Sendable {
    /// Stores `file` unless the evaluation would pass `rules`' count or total
    /// (throws `AttachmentRefusal.tooMany` / `.evaluationFull`).
    func add(_ file: NewAttachment, rules: AttachmentRules) async throws -> Attachment
    /// The evaluation's attachments, oldest first.
    func list(evaluationID: String) async throws -> [Attachment]
    /// The rectification item's attachments (the unit's 整改 evidence), oldest first.
    func list(rectificationID: String) async throws -> [Attachment]
    func find(id: String) async throws -> Attachment?
    /// The file's bytes.
    func content(id: String) async throws -> [UInt8]?
    /// Sets whether the file is shown on the public page.
    func setPublic(id: String, _ isPublic: Bool) async throws
    func delete(id: String) async throws
}
