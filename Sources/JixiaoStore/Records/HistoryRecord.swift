import FluentKit
import Foundation

/// A row of `evaluation_history`: one field of one saved change.
public final class HistoryRecord: Model, @unchecked Sendable {
    public static let schema = "evaluation_history"

    @ID(key: .id) public var id: UUID?
    @Field(key: "evaluation_id") public var evaluationID: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "changed_by") public var changedBy: String
    @Field(key: "changed_at") public var changedAt: Date
    @Field(key: "field") public var field: String
    @Field(key: "label") public var label: String
    @OptionalField(key: "old_value") public var oldValue: String?
    @OptionalField(key: "new_value") public var newValue: String?

    public init() {}
}
