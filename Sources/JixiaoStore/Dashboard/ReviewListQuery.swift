import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The finance bureau's list in SQL: one page of `DashboardRow`s for a `ReviewListFilter`
/// and how many rows match (counted up to `countLimit`, so a count never scans a province).
/// Year and status use migration 018's `(fiscal_year, status, updated_at, id)` index; the
/// other conditions are checked on the rows of that range. Keyset pages compare
/// `(order expression…, id)` with the cursor row's own values, in every order.
public struct ReviewListQuery: ReviewListRepository {
    let database: any Database
    /// Where the SQL reads run when set (`Request.preparedReader`: prepared statements on
    /// PostgreSQL); else on `database`.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    /// Counts stop here: the page says 「10000 份以上」.
    public static let countLimit = ReviewListFilter.countLimit

    /// The rows of the page. The page is chosen on the indexed columns alone; the three JSON
    /// paths are read afterwards for its rows only (reading them in the sorted query parsed the
    /// document of every row of the year before the sort: 285 ms against 34 ms at 25,000 a year).
    public func rows(_ filter: ReviewListFilter) async throws -> [DashboardRow] {
        guard let sql = reader ?? database as? any SQLDatabase else { return [] }
        let order = Self.orderExpressions(filter.order, dialect: sql.dialect.name)
        var select = sql.select()
            .columns(
                "id", "unit_code", "unit_name", "kind", "status", "title", "total", "grade",
                "error_count", "warning_count")
        for name in ["stated", "budget", "executed"] { select = select.column(SQLAlias(SQLRaw("NULL"), as: SQLIdentifier(name))) }
        select = Self.where(filter, select.from(EvaluationRecord.schema))
        let direction = order.descending ? SQLDirection.descending : .ascending
        for expression in order.expressions { select = select.orderBy(SQLRaw(expression), direction) }
        select = select.orderBy(SQLColumn("id"), direction).limit(filter.limit)
        if let after = filter.after, let cursor = UUID(uuidString: after) {
            let columns = (order.expressions + ["\"id\""]).joined(separator: ", ")
            let comparison = order.descending ? "<" : ">"
            select = select.where(
                SQLQueryString(
                    "(\(unsafeRaw: columns)) \(unsafeRaw: comparison) (SELECT \(unsafeRaw: columns) FROM \"evaluations\" WHERE \"id\" = \(bind: cursor))"
                ))
        } else {
            select = select.offset(filter.offset)
        }
        var rows = try await select.all().compactMap(DashboardQuery.row)
        guard !rows.isEmpty else { return rows }
        let figures = try await documentFigures(ids: rows.compactMap { UUID(uuidString: $0.id) }, on: sql)
        for index in rows.indices {
            guard let values = figures[rows[index].id] else { continue }
            rows[index].statedTotal = values.stated
            rows[index].budgetAdjusted = values.budget
            rows[index].budgetExecuted = values.executed
        }
        return rows
    }

    /// 自评总分, 全年预算数 and 全年执行数 from the documents of `ids`.
    private func documentFigures(ids: [UUID], on sql: any SQLDatabase) async throws
        -> [String: (stated: ExactDecimal?, budget: ExactDecimal?, executed: ExactDecimal?)]
    {
        let path = DashboardQuery.jsonPath(dialect: sql.dialect.name)
        let rows = try await sql.select().column("id")
            .column(SQLAlias(SQLRaw(path("statedTotal")), as: SQLIdentifier("stated")))
            .column(SQLAlias(SQLRaw(path("figures.budgetAdjusted")), as: SQLIdentifier("budget")))
            .column(SQLAlias(SQLRaw(path("figures.budgetExecuted")), as: SQLIdentifier("executed")))
            .from(EvaluationRecord.schema).where("id", .in, ids).all()
        var out: [String: (stated: ExactDecimal?, budget: ExactDecimal?, executed: ExactDecimal?)] = [:]
        for row in rows {
            func decimal(_ column: String) throws -> ExactDecimal? {
                try row.decodeNil(column: column) ? nil : ExactDecimal(try row.decode(column: column, as: String.self))
            }
            let id = try row.decode(column: "id", as: UUID.self).uuidString.lowercased()
            out[id] = (try decimal("stated"), try decimal("budget"), try decimal("executed"))
        }
        return out
    }

    /// How many rows match, at most `countLimit`.
    public func count(_ filter: ReviewListFilter) async throws -> Int {
        guard let sql = reader ?? database as? any SQLDatabase else { return 0 }
        let inner = Self.where(filter, sql.select().column(SQLRaw("1"), as: "one").from(EvaluationRecord.schema))
            .limit(Self.countLimit)
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM (\(inner.query)) AS matched").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    static func `where`(_ f: ReviewListFilter, _ select: SQLSelectBuilder) -> SQLSelectBuilder {
        var select = select.where("fiscal_year", .equal, f.year)
        if let statuses = f.statuses { select = select.where("status", .in, statuses.map(\.rawValue)) }
        if let kind = f.kind { select = select.where("kind", .equal, kind.rawValue) }
        if let grade = f.grade { select = select.where("grade", .equal, grade.rawValue) }
        if let framework = f.frameworkID { select = select.where("framework_id", .equal, framework) }
        if let unit = f.unitCode { select = select.where("unit_code", .equal, unit) }
        if let search = f.search, !search.isEmpty {
            // A part of the name: no index can serve it; the year and status range narrow the rows.
            select = select.where(SQLQueryString("\"unit_name\" LIKE \(bind: "%" + Self.likeEscaped(search) + "%") ESCAPE '\\'"))
        }
        switch f.findings {
        case .error?: select = select.where("error_count", .greaterThan, 0)
        case .warning?: select = select.where("warning_count", .greaterThan, 0)
        case .none?: select = select.where("error_count", .equal, 0).where("warning_count", .equal, 0)
        case nil: break
        }
        return select
    }

    /// `text` with the LIKE wildcards taken literally.
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            if ch == "\\" || ch == "%" || ch == "_" { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// The SQL expressions of an order and its direction. Missing scores sort as -1000000
    /// (last when descending, first when ascending), as the page did before.
    static func orderExpressions(_ order: ReviewListFilter.Order, dialect: String) -> (expressions: [String], descending: Bool) {
        let number = dialect == "sqlite" ? "REAL" : "NUMERIC"
        let total = "COALESCE(CAST(\"total\" AS \(number)), -1000000)"
        switch order {
        case .unit: return (["\"unit_code\"", "\"kind\"", "\"title\""], false)
        case .updated: return (["\"updated_at\""], true)
        case .status: return (["\"status\"", "\"unit_code\""], false)
        case .scoreAscending: return ([total], false)
        case .scoreDescending: return ([total], true)
        case .grade: return (["COALESCE(\"grade\", '')", "\"unit_code\""], false)
        case .errors: return (["\"error_count\"", "\"warning_count\""], true)
        case .gap:
            let stated = "CAST(\(DashboardQuery.jsonPath(dialect: dialect)("statedTotal")) AS \(number))"
            return (["COALESCE(ABS(CAST(\"total\" AS \(number)) - \(stated)), -1000000)"], true)
        }
    }
}
