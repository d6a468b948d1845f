import FluentKit
import Foundation
import JixiaoCore

/// A row of `monitoring_history`: one field of one saved change of a monitoring round (migration 025).
public final class MonitoringHistoryRecord: Model, @unchecked Sendable {
    public static let schema = "monitoring_history"

    @ID(key: .id) public var id: UUID?
    @Field(key: "round_id") public var roundID: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "changed_by") public var changedBy: String
    @Field(key: "changed_at") public var changedAt: Date
    @Field(key: "field") public var field: String
    @Field(key: "label") public var label: String
    @OptionalField(key: "old_value") public var oldValue: String?
    @OptionalField(key: "new_value") public var newValue: String?

    public init() {}
}

extension MonitoringHistoryRecord: VersionedHistoryRecord {
    static var ownerColumn: FieldKey { "round_id" }

    convenience init(owner: UUID, version: Int, by user: String, at date: Date, change: FieldChange) {
        self.init()
        roundID = owner
        self.version = version
        changedBy = user
        changedAt = date
        field = change.field
        label = change.label
        oldValue = change.old
        newValue = change.new
    }

    var entry: HistoryEntry {
        HistoryEntry(
            at: changedAt, by: changedBy, version: version,
            change: FieldChange(field: field, label: label, old: oldValue, new: newValue))
    }
}

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
