import FluentKit
import Foundation
import JixiaoCore

/// A row of `monitoring_dates`: one monitoring date (截至日期) an administrator set for a year.
public final class MonitoringDateRecord: Model, @unchecked Sendable {
    public static let schema = "monitoring_dates"

    @ID(key: .id) public var id: UUID?
    @Field(key: "fiscal_year") public var fiscalYear: Int
    /// ISO text (2025-07-31).
    @Field(key: "as_of") public var asOf: String
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}
}
