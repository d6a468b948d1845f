import FluentKit
import FluentSQL

/// 003: the `evaluations` table and the indexes of its lists.
struct CreateEvaluations: AsyncMigration {
    var name: String { "003-CreateEvaluations" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EvaluationRecord.schema)
            .id()
            .field("unit_code", .string, .required)
            .field("unit_name", .string, .required)
            .field("fiscal_year", .int, .required)
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("framework_id", .string, .required)
            .field("title", .string, .required)
            .field("total", .string)
            .field("grade", .string)
            .field("error_count", .int, .required)
            .field("warning_count", .int, .required)
            .field("version", .int, .required)
            .field("document", .sql(unsafeRaw: "TEXT"), .required)
            .field("updated_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "evaluations_unit_year_status")
            .on(EvaluationRecord.schema).column("unit_code").column("fiscal_year").column("status").run()
        try await sql.create(index: "evaluations_updated_at")
            .on(EvaluationRecord.schema).column("updated_at").run()
        try await sql.create(index: "evaluations_year_status")
            .on(EvaluationRecord.schema).column("fiscal_year").column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EvaluationRecord.schema).delete()
    }
}
