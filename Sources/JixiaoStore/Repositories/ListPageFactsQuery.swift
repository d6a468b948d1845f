import FluentKit
import FluentSQL
import JixiaoCore

/// The list page's facts in one statement: four `SELECT`s (the counts as
/// `FluentEvaluationRepository.counts` sums them, the rounds and rectifications as `TodoCountQuery`
/// counts them, the fiscal years) joined by `UNION ALL`, each row tagged with its part. On
/// PostgreSQL a statement is a round trip with its own bind, execute and sync on both sides; four
/// of them cost more CPU than their work. Every part is indexed (migrations 014, 019, 031).
public struct ListPageFactsQuery: ListPageFactsRepository {
    let database: any Database
    /// Where the statement runs (the direct SQLite reader, PostgreSQL's prepared statements); `database` when nil.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    public func facts(
        unitCodes: [String]?, roundStatuses: [EvaluationStatus], rectificationStatuses: [RectificationStatus]
    ) async throws -> ListPageFacts {
        var facts = ListPageFacts(counts: [], years: [], roundCounts: [:], rectifications: 0)
        guard let sql = reader ?? database as? any SQLDatabase else { return facts }
        let query = Self.query(
            unitCodes: unitCodes, roundStatuses: roundStatuses.map(\.rawValue),
            rectificationStatuses: rectificationStatuses.map(\.rawValue))
        for row in try await sql.raw(query).all() {
            try Self.add(row, to: &facts)
        }
        // Newest year first, as the separate reads order them; a year's statuses in their own order.
        facts.counts.sort { ($0.fiscalYear, $1.status.order) > ($1.fiscalYear, $0.status.order) }
        facts.years.sort { $0.year > $1.year }
        return facts
    }

    static func query(unitCodes: [String]?, roundStatuses: [String], rectificationStatuses: [String]) -> SQLQueryString {
        // Typed NULLs: PostgreSQL resolves a UNION's column types branch by branch.
        let noYear: SQLQueryString = "CAST(NULL AS BIGINT)"
        let noYearColumns: SQLQueryString = """
            CAST(NULL AS BOOLEAN), CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT)
            """
        var units: SQLQueryString = ""
        if let unitCodes { units = " AND unit_code IN (\(binds: unitCodes))" }
        let counts = FluentEvaluationRepository.countsTable(EvaluationFilter(unitCodes: unitCodes))
        var query: SQLQueryString = """
            SELECT 'c' AS part, fiscal_year AS year, status, CAST(SUM(n) AS BIGINT) AS n, \
            CAST(NULL AS BOOLEAN) AS is_open, CAST(NULL AS TEXT) AS default_department, \
            CAST(NULL AS TEXT) AS default_project, CAST(NULL AS TEXT) AS deadline \
            FROM \(ident: counts) WHERE 1 = 1\(units) GROUP BY fiscal_year, status HAVING SUM(n) > 0 \
            UNION ALL SELECT 'y', year, CAST(NULL AS TEXT), \(noYear), is_open, \
            default_department, default_project, deadline FROM \(ident: FiscalYearRecord.schema)
            """
        if !roundStatuses.isEmpty {
            query += """
                 UNION ALL SELECT 'r', \(noYear), status, COUNT(*), \(noYearColumns) \
                FROM \(ident: MonitoringRoundRecord.schema) \
                WHERE status IN (\(literals: roundStatuses, joinedBy: ", "))\(units) GROUP BY status
                """
        }
        if !rectificationStatuses.isEmpty {
            query += """
                 UNION ALL SELECT 'x', \(noYear), CAST(NULL AS TEXT), COUNT(*), \(noYearColumns) \
                FROM \(ident: RectificationRecord.schema) \
                WHERE status IN (\(literals: rectificationStatuses, joinedBy: ", "))\(units)
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
                    fiscalYear: try row.decode(column: "year", as: Int.self), status: status,
                    count: try row.decode(column: "n", as: Int.self)))
        case "y":
            facts.years.append(
                FiscalYearRecord.fiscalYear(
                    year: try row.decode(column: "year", as: Int.self), isOpen: try row.decode(column: "is_open", as: Bool.self),
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
