import FluentKit
import Foundation

/// A row of `report_uploads`: one report a unit uploaded, kept a day for the upload quota.
public final class ReportUploadRecord: Model, @unchecked Sendable {
    public static let schema = "report_uploads"

    @ID(key: .id) public var id: UUID?
    @Field(key: "unit_code") public var unitCode: String
    @Field(key: "uploaded_at") public var uploadedAt: Date

    public init() {}

    public init(unitCode: String, uploadedAt: Date) {
        self.unitCode = unitCode
        self.uploadedAt = uploadedAt
    }
}
