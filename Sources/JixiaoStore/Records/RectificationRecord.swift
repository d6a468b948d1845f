import FluentKit
import Foundation
import JixiaoCore

/// A row of `rectifications` (migration 026): the Core `Rectification` as JSON plus its
/// filtered and sorted columns.
public final class RectificationRecord: Model, @unchecked Sendable {
    public static let schema = "rectifications"

    @ID(key: .id) public var id: UUID?
    @Field(key: "unit_code") public var unitCode: String
    @Field(key: "fiscal_year") public var fiscalYear: Int
    @Field(key: "status") public var status: String
    @Field(key: "subject_kind") public var subjectKind: String
    @Field(key: "subject_id") public var subjectID: String
    @Field(key: "deadline") public var deadline: String
    @Field(key: "raised_at") public var raisedAt: Date
    @Field(key: "version") public var version: Int
    @Field(key: "document") public var document: String
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}

    func apply(_ item: Rectification) throws {
        unitCode = item.unitCode
        fiscalYear = item.fiscalYear
        status = item.status.rawValue
        subjectKind = item.subject.kind.rawValue
        subjectID = item.subject.id
        deadline = item.deadline.iso
        raisedAt = item.raisedAt
        document = String(decoding: try JSONEncoder().encode(item), as: UTF8.self)
    }

    func stored() throws -> StoredRectification {
        StoredRectification(
            id: (id ?? UUID()).uuidString.lowercased(), version: version, updatedAt: updatedAt,
            item: try JSONDecoder().decode(Rectification.self, from: Data(document.utf8)))
    }
}
