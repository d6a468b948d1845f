import FluentKit
import FluentSQL

/// 020: `report_uploads` (each unit's report uploads of the last day, for the per-unit
/// quota every process counts alike).
struct CreateReportUploads: AsyncMigration {
    var name: String { "020-CreateReportUploads" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReportUploadRecord.schema)
            .id()
            .field("unit_code", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "report_uploads_unit")
            .on(ReportUploadRecord.schema).column("unit_code").column("uploaded_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportUploadRecord.schema).delete()
    }
}
