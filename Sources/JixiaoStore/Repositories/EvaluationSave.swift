import Foundation
import JixiaoCore
import SQLKit

/// The statements of one version-checked save (`FluentEvaluationRepository.update`): the row
/// written only where it is still at `expected` (and, when unit, year, kind or project name
/// changed, only where no other evaluation holds the new key), the version's document kept, one
/// history row per change. Their texts do not depend on the values, so PostgreSQL keeps each
/// prepared (one for an unchanged key, one for a changed one).
struct EvaluationSave {
    /// The new row, its version already `expected + 1`.
    let record: EvaluationRecord
    let expected: Int
    let changes: [FieldChange]
    /// Whether the key of the unique index (migration 017) changed.
    let keyChanged: Bool

    /// The row's columns as the save writes them.
    private var assignments: [(String, any Encodable & Sendable)] {
        let r = record
        return [
            ("unit_code", r.unitCode), ("unit_name", r.unitName), ("fiscal_year", r.fiscalYear), ("kind", r.kind),
            ("status", r.status), ("framework_id", r.frameworkID), ("title", r.title), ("total", r.total),
            ("grade", r.grade), ("score_units", r.scoreUnits), ("rate_units", r.rateUnits),
            ("dashboard_spill", r.dashboardSpill), ("stated_total", r.statedTotal), ("error_count", r.errorCount),
            ("warning_count", r.warningCount), ("document", r.document), ("updated_by", r.updatedBy),
            ("updated_at", r.updatedAt), ("version", r.version),
        ]
    }

    /// `UPDATE … WHERE id = ? AND version = ? RETURNING <returning>`: no row when it was not written.
    func update(returning: String) -> SQLQueryString {
        let id = record.id ?? UUID()
        let set = assignments.map { column, value -> SQLQueryString in "\(ident: column) = \(bind: value)" }
        var text: SQLQueryString = """
            UPDATE "evaluations" SET \(set.joined(separator: ", ")) \
            WHERE "id" = \(bind: id) AND "version" = \(bind: expected)
            """
        if keyChanged {
            // Those made before migration 017 stay editable: only a changed key is checked.
            text += """
                 AND NOT EXISTS (SELECT 1 FROM "evaluations" AS "other" WHERE "other"."unit_code" = \(bind: record.unitCode) \
                AND "other"."fiscal_year" = \(bind: record.fiscalYear) AND "other"."kind" = \(bind: record.kind) \
                AND "other"."title" = \(bind: record.title) AND "other"."id" <> \(bind: id))
                """
        }
        return text + " RETURNING \(unsafeRaw: returning)"
    }

    /// PostgreSQL: the update, the version's document and the history rows as one statement
    /// (atomic without BEGIN and COMMIT; the document is sent once). Returns `version` when written.
    func postgresStatement() throws -> SQLQueryString {
        """
        WITH "saved" AS (\(update(returning: #""id", "version", "document", "updated_by", "updated_at""#))), \
        "kept" AS (INSERT INTO "evaluation_versions" ("id", "evaluation_id", "version", "document") \
        SELECT CAST(\(bind: UUID()) AS UUID), "id", "version", "document" FROM "saved"), \
        "changed" AS (INSERT INTO "evaluation_history" \
        ("id", "evaluation_id", "version", "changed_by", "changed_at", "field", "label", "old_value", "new_value") \
        SELECT CAST("h"."id" AS UUID), "saved"."id", "saved"."version", "saved"."updated_by", "saved"."updated_at", \
        "h"."field", "h"."label", "h"."old", "h"."new" \
        FROM "saved", json_to_recordset(CAST(CAST(\(bind: try historyJSON()) AS TEXT) AS JSON)) \
        AS "h"("id" TEXT, "field" TEXT, "label" TEXT, "old" TEXT, "new" TEXT)) \
        SELECT "version" FROM "saved"
        """
    }

    /// SQLite (inside the write transaction, after the update): the version's document.
    var versionInsert: SQLQueryString {
        """
        INSERT INTO "evaluation_versions" ("id", "evaluation_id", "version", "document") \
        VALUES (\(bind: UUID()), \(bind: record.id ?? UUID()), \(bind: record.version), \(bind: record.document))
        """
    }

    /// SQLite: the history rows, in statements of at most `rowsPerStatement` rows (none without changes).
    func historyInserts(rowsPerStatement: Int = 500) -> [SQLQueryString] {
        stride(from: 0, to: changes.count, by: rowsPerStatement).map { start in
            let rows = changes[start..<min(start + rowsPerStatement, changes.count)].map { change -> SQLQueryString in
                let values: [any Encodable & Sendable] = [
                    UUID(), record.id ?? UUID(), record.version, record.updatedBy, record.updatedAt, change.field,
                    change.label, change.old, change.new,
                ]
                return "(\(binds: values))"
            }
            return """
                INSERT INTO "evaluation_history" \
                ("id", "evaluation_id", "version", "changed_by", "changed_at", "field", "label", "old_value", "new_value") \
                VALUES \(rows.joined(separator: ", "))
                """
        }
    }

    /// One history row in the JSON that PostgreSQL's `json_to_recordset` reads (nil values left out: NULL).
    private struct HistoryRow: Encodable {
        var id: String
        var field: String
        var label: String
        var old: String?
        var new: String?
    }

    private func historyJSON() throws -> String {
        let rows = changes.map {
            HistoryRow(id: UUID().uuidString, field: $0.field, label: $0.label, old: $0.old, new: $0.new)
        }
        return String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)
    }
}
