import FluentKit
import FluentSQL

/// 018: indexes in the exact order of every evaluation list (`ORDER BY updated_at DESC, id DESC`,
/// with `id` so that keyset pages — `(updated_at, id) < (…)` — are read off the index): all
/// units, one unit, one year, one year and status. They replace 012's two, which lacked `id`
/// and had none for the unfiltered list or a year alone (at 1,000,000 rows that sorted them all).
struct CreateKeysetIndexes: AsyncMigration {
    var name: String { "018-CreateKeysetIndexes" }

    static let indexes: [(name: String, columns: [String])] = [
        ("evaluations_updated_id", ["updated_at", "id"]),
        ("evaluations_unit_updated_id", ["unit_code", "updated_at", "id"]),
        ("evaluations_year_updated_id", ["fiscal_year", "updated_at", "id"]),
        ("evaluations_year_status_updated_id", ["fiscal_year", "status", "updated_at", "id"]),
        ("evaluations_status_updated_id", ["status", "updated_at", "id"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            var create = sql.create(index: index.name).on(EvaluationRecord.schema)
            for column in index.columns { create = create.column(column) }
            try await create.run()
        }
        for index in CreateListIndexes.indexes { try await sql.drop(index: index.name).run() }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
        try await CreateListIndexes().prepare(on: database)
    }
}
