import FluentKit
import Foundation

/// A row of `evaluation_versions`: the whole document as saved at one version,
/// so a late save can be merged against the version its author started from.
public final class VersionRecord: Model, @unchecked Sendable {
    public static let schema = "evaluation_versions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "evaluation_id") public var evaluationID: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "document") public var document: String

    public init() {}

    public init(evaluationID: UUID, version: Int, document: String) {
        self.evaluationID = evaluationID
        self.version = version
        self.document = document
    }
}
