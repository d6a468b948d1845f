import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// 024: the dashboard's numbers as integers (`DashboardColumns`: `score_units`, `rate_units`,
/// `dashboard_spill`) and indexes that cover its grouped queries, so the dashboard of a province
/// (125,000 evaluations a year) sums an index instead of reading every document. Existing rows
/// are filled here, 1,000 at a time, from their total and the two budget figures of the document.
struct AddDashboardColumns: AsyncMigration {
    var name: String { "024-AddDashboardColumns" }

    static let indexes: [(name: String, columns: [String])] = [
        (
            "evaluations_dashboard_scores",
            ["fiscal_year", "dashboard_spill", "status", "grade", "score_units", "rate_units"]
        ),
        ("evaluations_dashboard_findings", ["fiscal_year", "unit_code", "unit_name", "error_count", "warning_count"]),
        ("evaluations_year_kind", ["fiscal_year", "kind"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // One column a statement: SQLite's ALTER TABLE adds one.
        try await database.schema(EvaluationRecord.schema).field("score_units", .int64).update()
        try await database.schema(EvaluationRecord.schema).field("rate_units", .int64).update()
        try await database.schema(EvaluationRecord.schema)
            .field("dashboard_spill", .int, .required, .sql(.default(0))).update()
        try await Self.fill(database)
        for index in Self.indexes {
            var create = sql.create(index: index.name).on(EvaluationRecord.schema)
            for column in index.columns { create = create.column(column) }
            try await create.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
        // Plain SQL: Fluent's SQLite driver leaves a deleted field in place.
        for column in ["score_units", "rate_units", "dashboard_spill"] {
            try await sql.raw("ALTER TABLE evaluations DROP COLUMN \(unsafeRaw: column)").run()
        }
    }

    /// Fills the columns of every row that has a total or a budget figure, by id.
    static func fill(_ database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let path = DashboardQuery.jsonPath(dialect: sql.dialect.name)
        var after: UUID?
        while true {
            var select = sql.select().column("id").column("total")
                .column(SQLAlias(SQLRaw(path("figures.budgetAdjusted")), as: SQLIdentifier("budget")))
                .column(SQLAlias(SQLRaw(path("figures.budgetExecuted")), as: SQLIdentifier("executed")))
                .from(EvaluationRecord.schema).orderBy("id").limit(1_000)
            if let after { select = select.where("id", .greaterThan, after) }
            let rows = try await select.all()
            guard let last = rows.last else { return }
            after = try last.decode(column: "id", as: UUID.self)
            try await database.transaction { db in
                guard let tx = db as? any SQLDatabase else { return }
                for row in rows {
                    func decimal(_ column: String) throws -> ExactDecimal? {
                        try row.decodeNil(column: column) ? nil : ExactDecimal(try row.decode(column: column, as: String.self))
                    }
                    let columns = DashboardColumns(
                        total: try decimal("total"), budgetAdjusted: try decimal("budget"),
                        budgetExecuted: try decimal("executed"))
                    guard columns != DashboardColumns(total: nil, budgetAdjusted: nil, budgetExecuted: nil) else { continue }
                    try await tx.update(EvaluationRecord.schema)
                        .set("score_units", to: columns.scoreUnits).set("rate_units", to: columns.rateUnits)
                        .set("dashboard_spill", to: columns.spill)
                        .where("id", .equal, try row.decode(column: "id", as: UUID.self)).run()
                }
            }
        }
    }
}
