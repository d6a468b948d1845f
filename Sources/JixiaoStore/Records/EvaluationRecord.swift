import FluentKit
import Foundation
import JixiaoCore

/// A row of `evaluations`: the Core `Evaluation` as a JSON document plus the
/// indexed columns lists and filters need.
public final class EvaluationRecord: Model, @unchecked Sendable {
    public static let schema = "evaluations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "unit_code") public var unitCode: String
    @Field(key: "unit_name") public var unitName: String
    @Field(key: "fiscal_year") public var fiscalYear: Int
    @Field(key: "kind") public var kind: String
    @Field(key: "status") public var status: String
    @Field(key: "framework_id") public var frameworkID: String
    @Field(key: "title") public var title: String
    /// Computed total as exact decimal text (never a float).
    @OptionalField(key: "total") public var total: String?
    @OptionalField(key: "grade") public var grade: String?
    @Field(key: "error_count") public var errorCount: Int
    @Field(key: "warning_count") public var warningCount: Int
    /// The dashboard's integers (migration 024, `DashboardColumns`).
    @OptionalField(key: "score_units") public var scoreUnits: Int64?
    @OptionalField(key: "rate_units") public var rateUnits: Int64?
    @Field(key: "dashboard_spill") public var dashboardSpill: Int
    /// The document's self-score as exact decimal text (migration 028), for the dashboard's per-unit chart.
    @OptionalField(key: "stated_total") public var statedTotal: String?
    @Field(key: "version") public var version: Int
    @Field(key: "document") public var document: String
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    /// A new record has no dashboard spill until `apply` says otherwise (records built field by field too).
    public init() { dashboardSpill = 0 }
}
