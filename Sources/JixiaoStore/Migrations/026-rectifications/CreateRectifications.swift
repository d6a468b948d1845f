import FluentKit
import FluentSQL

/// 026: `rectifications` (整改, issue 17): the Core `Rectification` as JSON plus the columns the
/// lists filter and sort on (unit, year, status, subject, deadline as ISO text).
struct CreateRectifications: AsyncMigration {
    var name: String { "026-CreateRectifications" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RectificationRecord.schema)
            .id()
            .field("unit_code", .string, .required)
            .field("fiscal_year", .int, .required)
            .field("status", .string, .required)
            .field("subject_kind", .string, .required)
            .field("subject_id", .string, .required)
            .field("deadline", .string, .required)
            .field("raised_at", .datetime, .required)
            .field("version", .int, .required)
            .field("document", .sql(unsafeRaw: "TEXT"), .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "rectifications_unit_year")
            .on(RectificationRecord.schema).column("unit_code").column("fiscal_year").column("status").run()
        try await sql.create(index: "rectifications_year_status")
            .on(RectificationRecord.schema).column("fiscal_year").column("status").run()
        try await sql.create(index: "rectifications_subject")
            .on(RectificationRecord.schema).column("subject_kind").column("subject_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RectificationRecord.schema).delete()
    }
}
