import FluentKit
import Foundation

/// A row of `frameworks`: a framework an administrator uploaded, with the file as
/// uploaded and the validated framework as a JSON document (what scoring reads).
public final class FrameworkRecord: Model, @unchecked Sendable {
    public static let schema = "frameworks"

    @ID(key: .id) public var id: UUID?
    /// The framework's own id (`Framework.id`), unique.
    @Field(key: "framework_id") public var frameworkID: String
    @Field(key: "title") public var title: String
    @Field(key: "kind") public var kind: String
    /// 1 on the first upload, +1 each time an unused framework is replaced.
    @Field(key: "version") public var version: Int
    /// `yaml`, `json` or `csv`.
    @Field(key: "format") public var format: String
    @Field(key: "file_name") public var fileName: String
    @Field(key: "source_text") public var sourceText: String
    /// The validated `Framework` as JSON.
    @Field(key: "document") public var document: String
    @Field(key: "uploaded_by") public var uploadedBy: String
    @Field(key: "uploaded_at") public var uploadedAt: Date

    public init() {}
}
