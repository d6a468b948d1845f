import FluentKit

/// 008: `fiscal_years`, one row per year with its state and default frameworks.
struct CreateFiscalYears: AsyncMigration {
    var name: String { "008-CreateFiscalYears" }

    func prepare(on database: any Database) async throws {
        try await database.schema(FiscalYearRecord.schema)
            .id()
            .field("year", .int, .required)
            .field("is_open", .bool, .required)
            .field("default_department", .string)
            .field("default_project", .string)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FiscalYearRecord.schema).delete()
    }
}
