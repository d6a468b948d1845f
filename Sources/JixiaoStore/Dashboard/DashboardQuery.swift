import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// Reads `DashboardRow`s of a fiscal year in one SQL query on SQLite or PostgreSQL.
public struct DashboardQuery: DashboardRepository {
    let database: any Database
    /// Where the SQL reads run when set (`Request.preparedReader`: prepared statements on
    /// PostgreSQL); else on `database`.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    /// Every evaluation of `year`, optionally only of the given units, statuses or kind, or only those
    /// whose numbers did not fit migration 024's columns (`spilled`), by unit code. Columns only: the
    /// self-score from 028's `stated_total`, the execution rate from 024's `rate_units`; the two budget
    /// figures are read from the document only for a row beyond 024's columns.
    public func rows(
        year: Int, unitCodes: [String]? = nil, statuses: [EvaluationStatus]? = nil,
        kind: EvaluationKind? = nil, spilled: Bool = false
    ) async throws -> [DashboardRow] {
        guard let sql = reader ?? database as? any SQLDatabase else { return [] }
        var select = Self.select(on: sql, year: year).orderBy("unit_code").orderBy("title")
        if let unitCodes { select = select.where("unit_code", .in, unitCodes) }
        if let statuses { select = select.where("status", .in, statuses.map(\.rawValue)) }
        if let kind { select = select.where("kind", .equal, kind.rawValue) }
        // A literal, so that SQLite too uses 028's partial index (`WHERE dashboard_spill = 1`).
        if spilled { select = select.where(SQLRaw("dashboard_spill = 1")) }
        return try await select.all().compactMap(Self.row)
    }

    /// The columns of a `DashboardRow` of the evaluations of `year` (`row(_:)` reads them).
    static func select(on sql: any SQLDatabase, year: Int) -> SQLSelectBuilder {
        let path = Self.jsonPath(dialect: sql.dialect.name)
        return sql.select()
            .columns(
                "id", "unit_code", "unit_name", "kind", "status", "title", "total", "grade",
                "error_count", "warning_count"
            )
            .column(SQLAlias(SQLIdentifier("stated_total"), as: SQLIdentifier("stated")))
            .column("rate_units")
            .column(SQLAlias(SQLRaw(Self.spilled(path("figures.budgetAdjusted"))), as: SQLIdentifier("budget")))
            .column(SQLAlias(SQLRaw(Self.spilled(path("figures.budgetExecuted"))), as: SQLIdentifier("executed")))
            .from(EvaluationRecord.schema)
            .where("fiscal_year", .equal, year)
    }

    /// `expression` for a row beyond 024's columns, else NULL (the document is not read).
    static func spilled(_ expression: String) -> String { "CASE WHEN dashboard_spill = 1 THEN \(expression) END" }

    /// The SQL text reading `path` (dot-separated keys) of the JSON document as text.
    static func jsonPath(dialect: String) -> (String) -> String {
        { path in
            let keys = path.split(separator: ".")
            if dialect == "sqlite" { return "json_extract(document, '$.\(keys.joined(separator: "."))')" }
            let inner = keys.dropLast().map { "->'\($0)'" }.joined()
            return "(document::jsonb)\(inner)->>'\(keys.last ?? "")'"
        }
    }

    static func row(_ row: any SQLRow) throws -> DashboardRow? {
        func text(_ column: String) throws -> String? {
            try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self)
        }
        func decimal(_ column: String) throws -> ExactDecimal? { try text(column).flatMap(ExactDecimal.init) }
        let id = try row.decode(column: "id", as: UUID.self)
        guard let kind = EvaluationKind(rawValue: try row.decode(column: "kind", as: String.self)),
            let status = EvaluationStatus(rawValue: try row.decode(column: "status", as: String.self))
        else { return nil }
        // 024's rate, where the query read it (the review list reads the figures instead).
        var rate: ExactDecimal?
        if row.contains(column: "rate_units"), try !row.decodeNil(column: "rate_units") {
            rate = ExactDecimal(units: Int128(try row.decode(column: "rate_units", as: Int64.self)))
        }
        return DashboardRow(
            id: id.uuidString.lowercased(), unitCode: try row.decode(column: "unit_code", as: String.self),
            unitName: try row.decode(column: "unit_name", as: String.self), kind: kind, status: status,
            title: try row.decode(column: "title", as: String.self), total: try decimal("total"),
            grade: try text("grade").flatMap(Grade.init(rawValue:)),
            errorCount: try row.decode(column: "error_count", as: Int.self),
            warningCount: try row.decode(column: "warning_count", as: Int.self),
            statedTotal: try decimal("stated"), budgetAdjusted: try decimal("budget"), budgetExecuted: try decimal("executed"),
            storedRate: rate)
    }
}

extension DashboardQuery {
    /// Every evaluation of `year` with its document (for exports), by unit code.
    public func documents(year: Int) async throws -> [StoredEvaluation] {
        try await EvaluationRecord.query(on: database).filter(\.$fiscalYear == year)
            .sort(\.$unitCode).sort(\.$title).all().map { try $0.stored() }
    }
}
