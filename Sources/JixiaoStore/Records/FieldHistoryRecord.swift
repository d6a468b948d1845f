import FluentKit
import Foundation
import JixiaoCore

/// A table of field history: its name and the column naming the document a row belongs to.
public protocol FieldHistoryTable: Sendable {
    static var schema: String { get }
    static var ownerColumn: FieldKey { get }
}

/// A row of a field history table: one field of one saved change of a document (an evaluation,
/// a declaration, a monitoring round). The tables differ only in their name and owner column.
public final class FieldHistoryRecord<Table: FieldHistoryTable>: Model, @unchecked Sendable {
    public static var schema: String { Table.schema }

    @ID(key: .id) public var id: UUID?
    /// The document's id (in `Table.ownerColumn`).
    @Field(key: Table.ownerColumn) public var ownerID: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "changed_by") public var changedBy: String
    @Field(key: "changed_at") public var changedAt: Date
    @Field(key: "field") public var field: String
    @Field(key: "label") public var label: String
    @OptionalField(key: "old_value") public var oldValue: String?
    @OptionalField(key: "new_value") public var newValue: String?

    public init() {}

    convenience init(owner: UUID, version: Int, by user: String, at date: Date, change: FieldChange) {
        self.init()
        ownerID = owner
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

extension FieldHistoryRecord: VersionedHistoryRecord {
    static var ownerColumn: FieldKey { Table.ownerColumn }
}

/// `evaluation_history` (migration 004).
public enum EvaluationHistoryTable: FieldHistoryTable {
    public static var schema: String { "evaluation_history" }
    public static var ownerColumn: FieldKey { "evaluation_id" }
}

/// `declaration_history` (migration 023).
public enum DeclarationHistoryTable: FieldHistoryTable {
    public static var schema: String { "declaration_history" }
    public static var ownerColumn: FieldKey { "declaration_id" }
}

/// `monitoring_history` (migration 025).
public enum MonitoringHistoryTable: FieldHistoryTable {
    public static var schema: String { "monitoring_history" }
    public static var ownerColumn: FieldKey { "round_id" }
}

/// A row of `evaluation_history`: one field of one saved change of an evaluation.
public typealias HistoryRecord = FieldHistoryRecord<EvaluationHistoryTable>
/// A row of `declaration_history`: one field of one saved change of a declaration.
public typealias DeclarationHistoryRecord = FieldHistoryRecord<DeclarationHistoryTable>
/// A row of `monitoring_history`: one field of one saved change of a monitoring round.
public typealias MonitoringHistoryRecord = FieldHistoryRecord<MonitoringHistoryTable>
