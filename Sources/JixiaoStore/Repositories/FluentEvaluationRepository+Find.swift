import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// One evaluation by id, with its fiscal year joined (what every save checks first), in plain SQL
/// on the hot-read database: a direct SQLite read, a prepared statement on PostgreSQL.
extension FluentEvaluationRepository {
    public func find(id: String) async throws -> StoredEvaluation? {
        try await findWithYear(id: id)?.stored
    }

    public func findWithYear(id: String) async throws -> (stored: StoredEvaluation, year: FiscalYear?)? {
        guard let uuid = UUID(uuidString: id), let sql = reader ?? database as? any SQLDatabase else { return nil }
        let query: SQLQueryString = """
            SELECT "e"."version", "e"."updated_at", "e"."updated_by", "e"."document", "y"."year", "y"."is_open", \
            "y"."default_department", "y"."default_project", "y"."deadline" \
            FROM "evaluations" AS "e" LEFT JOIN "fiscal_years" AS "y" ON "y"."year" = "e"."fiscal_year" \
            WHERE "e"."id" = \(bind: uuid)
            """
        guard let row = try await sql.raw(query).first() else { return nil }
        let key = uuid.uuidString.lowercased()
        var evaluation = try EvaluationDocument.decode(try row.decode(column: "document", as: String.self))
        evaluation.id = key
        let stored = StoredEvaluation(
            id: key, version: try row.decode(column: "version", as: Int.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self),
            updatedBy: try row.decode(column: "updated_by", as: String.self), evaluation: evaluation)
        return (stored, try Self.fiscalYear(row))
    }

    /// The joined `fiscal_years` row, nil when the evaluation's year has none.
    private static func fiscalYear(_ row: any SQLRow) throws -> FiscalYear? {
        guard try !row.decodeNil(column: "year") else { return nil }
        let record = FiscalYearRecord()
        record.year = try row.decode(column: "year", as: Int.self)
        record.isOpen = try row.decode(column: "is_open", as: Bool.self)
        record.defaultDepartment = try Self.text(row, "default_department")
        record.defaultProject = try Self.text(row, "default_project")
        record.deadline = try Self.text(row, "deadline")
        return record.fiscalYear
    }

    private static func text(_ row: any SQLRow, _ column: String) throws -> String? {
        try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self)
    }
}
