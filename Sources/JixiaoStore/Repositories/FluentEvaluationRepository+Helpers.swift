import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

extension FluentEvaluationRepository {
    /// Writes the record only if its row is still at `expected`; true when it was.
    static func compareAndSet(_ record: EvaluationRecord, expected: Int, on db: any Database) async throws -> Bool {
        guard let id = record.id, let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.update(EvaluationRecord.schema)
            .set("unit_code", to: record.unitCode).set("unit_name", to: record.unitName)
            .set("fiscal_year", to: record.fiscalYear).set("kind", to: record.kind)
            .set("status", to: record.status).set("framework_id", to: record.frameworkID)
            .set("title", to: record.title).set("total", to: record.total).set("grade", to: record.grade)
            .set("score_units", to: record.scoreUnits).set("rate_units", to: record.rateUnits)
            .set("dashboard_spill", to: record.dashboardSpill).set("stated_total", to: record.statedTotal)
            .set("error_count", to: record.errorCount).set("warning_count", to: record.warningCount)
            .set("document", to: record.document).set("updated_by", to: record.updatedBy)
            .set("updated_at", to: record.updatedAt)
            .set("version", to: expected + 1)
            .where("id", .equal, id).where("version", .equal, expected)
            .returning("version")
            .all()
        return !rows.isEmpty
    }

    /// Appends one history row per change, stamped with the record's version, and
    /// keeps the document of that version.
    static func record(_ changes: [FieldChange], of record: EvaluationRecord, on db: any Database) async throws {
        guard let id = record.id else { return }
        try await VersionRecord(evaluationID: id, version: record.version, document: record.document).create(on: db)
        for change in changes {
            let row = HistoryRecord()
            row.evaluationID = id
            row.version = record.version
            row.changedBy = record.updatedBy
            row.changedAt = record.updatedAt
            row.field = change.field
            row.label = change.label
            row.oldValue = change.old
            row.newValue = change.new
            try await row.create(on: db)
        }
    }

    /// An evaluation with nothing entered, so that creation records every filled field.
    static func empty(like e: Evaluation) -> Evaluation {
        Evaluation(kind: e.kind, unit: e.unit, fiscalYear: e.fiscalYear, frameworkID: e.frameworkID, status: e.status)
    }
}
