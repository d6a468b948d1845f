import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// One new evaluation for `FluentEvaluationRepository.createMany`.
public struct NewEvaluation: Sendable {
    public var evaluation: Evaluation
    public var metrics: EvaluationMetrics

    public init(evaluation: Evaluation, metrics: EvaluationMetrics) {
        self.evaluation = evaluation
        self.metrics = metrics
    }
}

extension FluentEvaluationRepository {
    /// Rows per multi-row INSERT: under SQLite's 32,766 and PostgreSQL's 65,535 bound
    /// parameters for the widest table (20 columns).
    static let bulkRows = 1_000

    /// Creates many evaluations in one transaction with multi-row INSERTs (the load seed):
    /// the same rows as `create` (evaluation, first version, one history row per filled field);
    /// `evaluation_counts` is kept by its triggers as for every insert. There is no duplicate
    /// check row by row: a duplicate key makes the unique index (017) refuse the whole batch.
    public func createMany(_ items: [NewEvaluation], by user: String) async throws {
        guard !items.isEmpty else { return }
        let now = Date()
        var evaluations: [[any Encodable & Sendable]] = []
        var versions: [[any Encodable & Sendable]] = []
        var history: [[any Encodable & Sendable]] = []
        for item in items {
            let record = EvaluationRecord()
            let id = UUID()
            try record.apply(item.evaluation, metrics: item.metrics, by: user)
            evaluations.append([
                id, record.unitCode, record.unitName, record.fiscalYear, record.kind, record.status,
                record.frameworkID, record.title, record.total, record.grade, record.errorCount,
                record.warningCount, 1, record.document, user, now, now,
                record.scoreUnits, record.rateUnits, record.dashboardSpill, record.statedTotal,
            ])
            versions.append([UUID(), id, 1, record.document])
            for change in EvaluationDiff.changes(from: Self.empty(like: item.evaluation), to: item.evaluation) {
                history.append([UUID(), id, 1, user, now, change.field, change.label, change.old, change.new])
            }
        }
        let rows = (evaluations: evaluations, versions: versions, history: history)
        try await database.writeTransaction { db in
            guard let sql = db as? any SQLDatabase else { return }
            try await Self.insert(rows.evaluations, into: EvaluationRecord.schema, columns: Self.evaluationColumns, on: sql)
            try await Self.insert(
                rows.versions, into: VersionRecord.schema,
                columns: ["id", "evaluation_id", "version", "document"], on: sql)
            try await Self.insert(rows.history, into: HistoryRecord.schema, columns: Self.historyColumns, on: sql)
        }
    }

    static let evaluationColumns = [
        "id", "unit_code", "unit_name", "fiscal_year", "kind", "status", "framework_id",
        "title", "total", "grade", "error_count", "warning_count", "version",
        "document", "updated_by", "created_at", "updated_at",
        "score_units", "rate_units", "dashboard_spill", "stated_total",
    ]
    static let historyColumns = [
        "id", "evaluation_id", "version", "changed_by", "changed_at", "field", "label",
        "old_value", "new_value",
    ]

    private static func insert(
        _ rows: [[any Encodable & Sendable]], into table: String, columns: [String],
        on sql: any SQLDatabase
    ) async throws {
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + bulkRows, rows.endIndex)
            let builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] { builder.values(row) }
            try await builder.run()
            start = end
        }
    }
}
