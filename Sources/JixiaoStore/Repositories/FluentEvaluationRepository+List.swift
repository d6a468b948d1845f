import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The list reads, on every list page and API call: plain SQL over the indexed columns
/// (never the documents), rows decoded column by column rather than through Fluent's
/// reflection-based model decoding, which cost more than the query itself.
extension FluentEvaluationRepository {
    static let summaryColumns = [
        "id", "unit_code", "unit_name", "fiscal_year", "kind", "status", "framework_id",
        "title", "total", "grade", "error_count", "warning_count", "version", "updated_at",
    ]
    /// `summaryColumns` quoted once (both dialects quote identifiers with `"`): serializing
    /// fourteen identifiers on every list request cost more than the query's own preparation.
    static let summaryColumnList = SQLRaw(summaryColumns.map { "\"\($0)\"" }.joined(separator: ", "))

    public func list(_ filter: EvaluationFilter) async throws -> [EvaluationSummary] {
        guard let sql = reader ?? database as? any SQLDatabase else { return [] }
        return try Self.summaries(try await Self.listQuery(filter, on: sql).all())
    }

    /// The page and its total in one query: the total is a subquery over `evaluation_counts`
    /// on every row (evaluated once). Only a page past the end asks for the counts apart.
    public func page(_ filter: EvaluationFilter) async throws -> (rows: [EvaluationSummary], total: Int) {
        guard let sql = reader ?? database as? any SQLDatabase else { return ([], 0) }
        let total = SQLSubqueryBuilder()
        Self.where(filter, total.column(SQLRaw("CAST(COALESCE(SUM(n), 0) AS BIGINT)")).from(Self.countsTable(filter)))
        let rows = try await Self.listQuery(filter, on: sql).column(total.query, as: "total_rows").all()
        guard let first = rows.first else { return ([], try await counts(filter).reduce(0) { $0 + $1.count }) }
        return (try Self.summaries(rows), try first.decode(column: "total_rows", as: Int.self))
    }

    /// The page's query (also the list part of `ListPageFactsQuery`).
    static func listQuery(_ filter: EvaluationFilter, on sql: any SQLDatabase) -> SQLSelectBuilder {
        let select = Self.where(filter, sql.select().column(Self.summaryColumnList).from(EvaluationRecord.schema))
            .orderBy("updated_at", .descending).orderBy("id", .descending)
            .limit(filter.limit)
        guard let after = filter.after else { return select.offset(filter.offset) }
        // The cursor row's own values, read in the query: no timestamp round-trips through
        // text or floating point (rows saved in one batch share `updated_at`). A cursor whose
        // row is gone compares with NULL and gives an empty page. Indexes: migration 018.
        let cursor = UUID(uuidString: after) ?? UUID()
        return select.where(
            SQLQueryString(
                #"("updated_at", "id") < (SELECT "updated_at", "id" FROM "evaluations" WHERE "id" = \#(bind: cursor))"#))
    }

    /// The counts to sum: per unit (014) for some units, per year only (019) for all.
    static func countsTable(_ filter: EvaluationFilter) -> String {
        filter.unitCodes == nil ? CreateEvaluationYearCounts.table : CreateEvaluationCounts.table
    }

    /// Counts by year and status from `evaluation_counts` or, for all units,
    /// `evaluation_year_counts` (kept by triggers, migrations 014 and 019).
    public func counts(_ filter: EvaluationFilter) async throws -> [StatusCount] {
        guard let sql = reader ?? database as? any SQLDatabase else { return [] }
        let select = sql.select()
            .column("fiscal_year").column("status")
            .column(SQLRaw("CAST(SUM(n) AS BIGINT)"), as: "n")
            .from(Self.countsTable(filter))
            .groupBy("fiscal_year").groupBy("status")
            .having(SQLRaw("SUM(n) > 0"))
            .orderBy("fiscal_year", .descending)
        return try await Self.where(filter, select).all().compactMap { row in
            let year = try row.decode(column: "fiscal_year", as: Int.self)
            let status = try row.decode(column: "status", as: String.self)
            let count = try row.decode(column: "n", as: Int.self)
            return EvaluationStatus(rawValue: status).map { StatusCount(fiscalYear: year, status: $0, count: count) }
        }
    }

    /// `select` restricted to the filter's units, year and status (columns both tables have).
    @discardableResult
    private static func `where`<Builder: SQLPredicateBuilder>(_ filter: EvaluationFilter, _ select: Builder) -> Builder {
        if let units = filter.unitCodes { select.where("unit_code", .in, units) }
        if let year = filter.fiscalYear { select.where("fiscal_year", .equal, year) }
        if let status = filter.status { select.where("status", .equal, status.rawValue) }
        return select
    }

    /// The rows as summaries, their cells read by position (`PositionalSQLRow`) on the hot readers.
    static func summaries(_ rows: [any SQLRow]) throws -> [EvaluationSummary] {
        guard let first = rows.first else { return [] }
        if first is PreparedPostgresRow { return try summaries(rows, as: PreparedPostgresRow.self) }
        if first is DirectSQLiteRow { return try summaries(rows, as: DirectSQLiteRow.self) }
        return try rows.map { try summary(row: NamedSQLRow(row: $0, names: summaryColumns), at: summaryPositions) }
    }

    /// Positions in a `NamedSQLRow` of `summaryColumns`.
    private static let summaryPositions = ColumnPositions(identity: summaryColumns.count)

    private static func summaries<Row: PositionalSQLRow>(_ rows: [any SQLRow], as type: Row.Type) throws -> [EvaluationSummary] {
        // One statement's rows: all of one type, with the same columns.
        guard let first = rows.first as? Row else { return [] }
        let positions = try ColumnPositions(summaryColumns, in: first)
        return try rows.map { row in
            guard let row = row as? Row else { throw ColumnPositions.Missing(column: "id") }
            return try summary(row: row, at: positions)
        }
    }

    /// The summary of `row`, whose cells of `summaryColumns` are at `p` (`p[i]`: the `i`-th column).
    static func summary<Row: PositionalSQLRow>(row: Row, at p: ColumnPositions) throws -> EvaluationSummary {
        // Not `String?.self`: naming an optional type looks its metadata up on every call.
        let total = try row.decodeNil(at: p[8]) ? nil : row.decode(at: p[8], as: String.self)
        let grade = try row.decodeNil(at: p[9]) ? nil : row.decode(at: p[9], as: String.self)
        return EvaluationSummary(
            // As text: both drivers give a UUID column as text, and decoding a `UUID` parses it.
            id: try row.decode(at: p[0], as: String.self).lowercased(),
            unitCode: try row.decode(at: p[1], as: String.self),
            unitName: try row.decode(at: p[2], as: String.self),
            fiscalYear: try row.decode(at: p[3], as: Int.self),
            kind: EvaluationKind(rawValue: try row.decode(at: p[4], as: String.self)) ?? .departmentWide,
            status: EvaluationStatus(rawValue: try row.decode(at: p[5], as: String.self)) ?? .draft,
            frameworkID: try row.decode(at: p[6], as: String.self),
            title: try row.decode(at: p[7], as: String.self),
            metrics: EvaluationMetrics(
                total: total.flatMap { ExactDecimal($0) }, grade: grade.flatMap(Grade.init(rawValue:)),
                errorCount: try row.decode(at: p[10], as: Int.self),
                warningCount: try row.decode(at: p[11], as: Int.self)),
            version: try row.decode(at: p[12], as: Int.self),
            updatedAt: try row.decode(at: p[13], as: Date.self))
    }
}
