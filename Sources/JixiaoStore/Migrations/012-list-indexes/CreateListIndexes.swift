import FluentKit
import FluentSQL

/// 012: indexes in the order of the evaluation lists (`WHERE unit_code … ORDER BY updated_at`,
/// `WHERE fiscal_year … AND status … ORDER BY updated_at`), so a page is read off the index
/// instead of sorting every matching row.
struct CreateListIndexes: AsyncMigration {
    var name: String { "012-CreateListIndexes" }

    static let indexes: [(name: String, columns: [String])] = [
        ("evaluations_unit_updated", ["unit_code", "updated_at"]),
        ("evaluations_year_status_updated", ["fiscal_year", "status", "updated_at"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            var create = sql.create(index: index.name).on(EvaluationRecord.schema)
            for column in index.columns { create = create.column(column) }
            try await create.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
    }
}
