import FluentKit
import FluentSQL
import JixiaoCore

/// The list page's facts in one statement: four `SELECT`s (the counts as
/// `FluentEvaluationRepository.counts` sums them, the rounds and rectifications as `TodoCountQuery`
/// counts them, the fiscal years) and, when asked, the page of rows as
/// `FluentEvaluationRepository.list` reads it, joined by `UNION ALL`, each row tagged with its part
/// and ordered as a whole. On PostgreSQL a statement is a round trip with its own bind, execute and
/// sync on both sides; five of them cost more CPU than their work. Every part is indexed
/// (migrations 014, 018, 019, 031).
public struct ListPageFactsQuery: ListPageFactsRepository {
    let database: any Database
    /// Where the statement runs (the direct SQLite reader, PostgreSQL's prepared statements); `database` when nil.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    public func facts(
        unitCodes: [String]?, roundStatuses: [EvaluationStatus], rectificationStatuses: [RectificationStatus],
        rows filter: EvaluationFilter?
    ) async throws -> ListPageFacts {
        var facts = ListPageFacts(counts: [], years: [], roundCounts: [:], rectifications: 0)
        guard let sql = reader ?? database as? any SQLDatabase else { return facts }
        let query = Self.query(
            unitCodes: unitCodes, roundStatuses: roundStatuses.map(\.rawValue),
            rectificationStatuses: rectificationStatuses.map(\.rawValue),
            rows: filter.map { FluentEvaluationRepository.listQuery($0, on: sql).query })
        var listRows: [any SQLRow] = []
        for row in try await sql.raw(query).all() {
            if try row.decode(column: "part", as: String.self) == "l" {
                listRows.append(row)
            } else {
                try Self.add(row, to: &facts)
            }
        }
        facts.rows = try FluentEvaluationRepository.summaries(listRows)
        // Newest year first, as the separate reads order them; a year's statuses in their own order.
        facts.counts.sort { ($0.fiscalYear, $1.status.order) > ($1.fiscalYear, $0.status.order) }
        facts.years.sort { $0.year > $1.year }
        return facts
    }

    static func query(
        unitCodes: [String]?, roundStatuses: [String], rectificationStatuses: [String], rows: (any SQLExpression)? = nil
    ) -> SQLQueryString {
        // Typed NULLs: PostgreSQL resolves a UNION's column types branch by branch. Every branch has
        // the facts' columns, then the list's (`summaryColumns` but `fiscal_year` and `status`).
        let noYear: SQLQueryString = "CAST(NULL AS BIGINT)"
        let noYearColumns: SQLQueryString = """
            CAST(NULL AS BOOLEAN), CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT)
            """
        let noRow: SQLQueryString = """
            , CAST(NULL AS UUID), CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), \
            CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), \
            CAST(NULL AS BIGINT), CAST(NULL AS TIMESTAMPTZ)
            """
        var units: SQLQueryString = ""
        if let unitCodes { units = " AND unit_code IN (\(binds: unitCodes))" }
        let counts = FluentEvaluationRepository.countsTable(EvaluationFilter(unitCodes: unitCodes))
        var query: SQLQueryString = """
            SELECT 'c' AS part, fiscal_year, status, CAST(SUM(n) AS BIGINT) AS n, \
            CAST(NULL AS BOOLEAN) AS is_open, CAST(NULL AS TEXT) AS default_department, \
            CAST(NULL AS TEXT) AS default_project, CAST(NULL AS TEXT) AS deadline, \
            CAST(NULL AS UUID) AS id, CAST(NULL AS TEXT) AS unit_code, CAST(NULL AS TEXT) AS unit_name, \
            CAST(NULL AS TEXT) AS kind, CAST(NULL AS TEXT) AS framework_id, CAST(NULL AS TEXT) AS title, \
            CAST(NULL AS TEXT) AS total, CAST(NULL AS TEXT) AS grade, CAST(NULL AS BIGINT) AS error_count, \
            CAST(NULL AS BIGINT) AS warning_count, CAST(NULL AS BIGINT) AS version, \
            CAST(NULL AS TIMESTAMPTZ) AS updated_at \
            FROM \(ident: counts) WHERE 1 = 1\(units) GROUP BY fiscal_year, status HAVING SUM(n) > 0 \
            UNION ALL SELECT 'y', year, CAST(NULL AS TEXT), \(noYear), is_open, \
            default_department, default_project, deadline\(noRow) FROM \(ident: FiscalYearRecord.schema)
            """
        if !roundStatuses.isEmpty {
            query += """
                 UNION ALL SELECT 'r', \(noYear), status, COUNT(*), \(noYearColumns)\(noRow) \
                FROM \(ident: MonitoringRoundRecord.schema) \
                WHERE status IN (\(literals: roundStatuses, joinedBy: ", "))\(units) GROUP BY status
                """
        }
        if !rectificationStatuses.isEmpty {
            query += """
                 UNION ALL SELECT 'x', \(noYear), CAST(NULL AS TEXT), COUNT(*), \(noYearColumns)\(noRow) \
                FROM \(ident: RectificationRecord.schema) \
                WHERE status IN (\(literals: rectificationStatuses, joinedBy: ", "))\(units)
                """
        }
        if let rows {
            // The page chosen in its own query (order, limit, offset or cursor), then ordered again as
            // a whole: a union's rows come in no promised order.
            query += """
                 UNION ALL SELECT 'l', fiscal_year, status, \(noYear), \(noYearColumns), id, unit_code, unit_name, \
                kind, framework_id, title, total, grade, error_count, warning_count, version, updated_at \
                FROM (\(rows)) AS page ORDER BY part, updated_at DESC, id DESC
                """
        }
        return query
    }

    private static func add(_ row: any SQLRow, to facts: inout ListPageFacts) throws {
        func text(_ column: String) throws -> String? {
            try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self)
        }
        switch try row.decode(column: "part", as: String.self) {
        case "c":
            guard let status = EvaluationStatus(rawValue: try row.decode(column: "status", as: String.self)) else { return }
            facts.counts.append(
                StatusCount(
                    fiscalYear: try row.decode(column: "fiscal_year", as: Int.self), status: status,
                    count: try row.decode(column: "n", as: Int.self)))
        case "y":
            facts.years.append(
                FiscalYearRecord.fiscalYear(
                    year: try row.decode(column: "fiscal_year", as: Int.self), isOpen: try row.decode(column: "is_open", as: Bool.self),
                    defaultDepartment: try text("default_department"), defaultProject: try text("default_project"),
                    deadline: try text("deadline")))
        case "r":
            guard let status = EvaluationStatus(rawValue: try row.decode(column: "status", as: String.self)) else { return }
            facts.roundCounts[status] = try row.decode(column: "n", as: Int.self)
        default:
            facts.rectifications = try row.decode(column: "n", as: Int.self)
        }
    }
}

extension EvaluationStatus {
    /// The status's place in `allCases`.
    fileprivate var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
