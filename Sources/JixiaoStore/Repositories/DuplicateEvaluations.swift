import FluentKit
import FluentSQL
import JixiaoCore
import Logging

/// Evaluations that share unit, year, kind and title (the project name of a project
/// evaluation, else the kind's label): the key of the unique index of migration 017.
/// Duplicates made before the index are listed, never deleted.
public enum DuplicateEvaluations {
    public static let indexName = "evaluations_one_per_unit_year_kind"
    static let keyColumns = ["unit_code", "fiscal_year", "kind", "title"]

    /// One key held by more than one evaluation.
    public struct Group: Sendable, Hashable {
        public var unitCode: String
        public var fiscalYear: Int
        public var kind: String
        public var title: String
        public var count: Int
    }

    /// Every key held more than once, in key order.
    public static func find(_ sql: any SQLDatabase) async throws -> [Group] {
        let rows = try await sql.raw(
            """
            SELECT unit_code, fiscal_year, kind, title, COUNT(*) AS n FROM evaluations
            GROUP BY unit_code, fiscal_year, kind, title HAVING COUNT(*) > 1
            ORDER BY unit_code, fiscal_year, kind, title
            """
        ).all()
        return try rows.map {
            Group(
                unitCode: try $0.decode(column: "unit_code", as: String.self),
                fiscalYear: try $0.decode(column: "fiscal_year", as: Int.self),
                kind: try $0.decode(column: "kind", as: String.self),
                title: try $0.decode(column: "title", as: String.self),
                count: try $0.decode(column: "n", as: Int.self))
        }
    }

    /// Lists the duplicates in the log, or creates the unique index when there are none
    /// (idempotent: run by migration 017 and at every start-up). Returns the duplicates.
    @discardableResult
    public static func checkAtStartup(_ sql: any SQLDatabase, logger: Logger) async throws -> [Group] {
        let groups = try await find(sql)
        guard groups.isEmpty else {
            logger.warning(
                """
                有 \(groups.count) 组重复的评价（同一单位、年度和类型），未建立唯一索引，也未删除任何评价；\
                请合并或删除后重新启动：
                """)
            for g in groups {
                logger.warning("重复评价：单位 \(g.unitCode)，\(g.fiscalYear) 年，\(g.kind)，「\(g.title)」，共 \(g.count) 份")
            }
            return groups
        }
        // SQLKit's index builder has no IF NOT EXISTS; SQLite and PostgreSQL both take it.
        try await sql.raw(
            """
            CREATE UNIQUE INDEX IF NOT EXISTS \(unsafeRaw: indexName) ON evaluations \
            (\(unsafeRaw: keyColumns.joined(separator: ", ")))
            """
        ).run()
        return []
    }

    /// unit, year, kind and title of `record`: the key of the unique index.
    static func key(of record: EvaluationRecord) -> [String] {
        [record.unitCode, String(record.fiscalYear), record.kind, record.title]
    }

    /// The key a record of `evaluation` has.
    static func key(of evaluation: Evaluation) -> [String] {
        [
            EvaluationRecord.unitCode(of: evaluation), String(evaluation.fiscalYear), evaluation.kind.rawValue,
            EvaluationRecord.title(of: evaluation),
        ]
    }
}

extension FluentEvaluationRepository {
    /// The id of another evaluation with the key of `record`, if any.
    static func existingID(like record: EvaluationRecord, on db: any Database) async throws -> String? {
        var query = EvaluationRecord.query(on: db)
            .filter(\.$unitCode == record.unitCode).filter(\.$fiscalYear == record.fiscalYear)
            .filter(\.$kind == record.kind).filter(\.$title == record.title)
        if let id = record.id { query = query.filter(\.$id != id) }
        return try await query.first()?.id?.uuidString.lowercased()
    }
}
