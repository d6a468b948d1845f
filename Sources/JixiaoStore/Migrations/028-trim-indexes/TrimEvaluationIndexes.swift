import FluentKit
import FluentSQL

/// 028: fewer indexes for every save to write. A save rewrites `updated_at`, so it writes an entry
/// in every index of `evaluations` on PostgreSQL (no HOT update) and in each index over a changed
/// column on SQLite. Dropped: 024's two covering indexes, which the grouped dashboard queries read
/// until the sums and findings were kept by triggers and which nothing reads since (`EXPLAIN`,
/// docs/performance.md), and 003's `(updated_at)`, a prefix of 018's `(updated_at, id)`. The read
/// of the rows whose numbers did not fit 024's columns gets a partial index holding only those.
struct TrimEvaluationIndexes: AsyncMigration {
    var name: String { "028-TrimEvaluationIndexes" }

    static let spillIndex = "evaluations_dashboard_spill"

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in AddDashboardColumns.indexes where index.name != "evaluations_year_kind" {
            try await sql.drop(index: index.name).run()
        }
        try await sql.drop(index: "evaluations_updated_at").run()
        // The same text on SQLite and PostgreSQL; a query uses it when it says `dashboard_spill = 1`.
        try await sql.raw("CREATE INDEX \(ident: Self.spillIndex) ON evaluations (fiscal_year) WHERE dashboard_spill = 1").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: Self.spillIndex).run()
        try await sql.create(index: "evaluations_updated_at").on(EvaluationRecord.schema).column("updated_at").run()
        for index in AddDashboardColumns.indexes where index.name != "evaluations_year_kind" {
            var create = sql.create(index: index.name).on(EvaluationRecord.schema)
            for column in index.columns { create = create.column(column) }
            try await create.run()
        }
    }
}
