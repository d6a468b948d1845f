import FluentKit

/// 027: `year_settings` (issue 17): per fiscal year, the monitoring thresholds and the
/// result-use rules an administrator set, each as JSON text; one row per year (unique).
struct CreateYearSettings: AsyncMigration {
    var name: String { "027-CreateYearSettings" }

    func prepare(on database: any Database) async throws {
        try await database.schema(YearSettingsRecord.schema)
            .id()
            .field("fiscal_year", .int, .required)
            .field("thresholds", .sql(unsafeRaw: "TEXT"), .required)
            .field("result_rules", .sql(unsafeRaw: "TEXT"), .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "fiscal_year", name: "year_settings_year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(YearSettingsRecord.schema).delete()
    }
}
