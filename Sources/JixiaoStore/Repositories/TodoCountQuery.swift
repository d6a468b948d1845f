import FluentKit
import FluentSQL
import JixiaoCore

/// The to-do summary's counts of monitoring rounds and rectifications in SQL (`COUNT(*)` over
/// the columns, no document read), on the request's reader when it has one.
public struct TodoCountQuery: TodoCountRepository {
    let database: any Database
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    public func roundCounts(unitCode: String?, statuses: [EvaluationStatus]) async throws -> [EvaluationStatus: Int] {
        guard !statuses.isEmpty, let sql = reader ?? database as? any SQLDatabase else { return [:] }
        var select = sql.select().column("status").column(SQLRaw("COUNT(*)"), as: "n")
            .from(MonitoringRoundRecord.schema).where("status", .in, statuses.map(\.rawValue)).groupBy("status")
        if let unitCode { select = select.where("unit_code", .equal, unitCode) }
        var counts: [EvaluationStatus: Int] = [:]
        for row in try await select.all() {
            guard let status = EvaluationStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            counts[status] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    public func rectificationCount(unitCode: String?, statuses: [RectificationStatus]) async throws -> Int {
        guard !statuses.isEmpty, let sql = reader ?? database as? any SQLDatabase else { return 0 }
        var select = sql.select().column(SQLRaw("COUNT(*)"), as: "n")
            .from(RectificationRecord.schema).where("status", .in, statuses.map(\.rawValue))
        if let unitCode { select = select.where("unit_code", .equal, unitCode) }
        return try await select.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    public func overdueRectificationCount(unitCode: String?, today: CalendarDate) async throws -> Int {
        guard let sql = reader ?? database as? any SQLDatabase else { return 0 }
        // The deadline column is ISO text, so it compares as a date.
        var select = sql.select().column(SQLRaw("COUNT(*)"), as: "n").from(RectificationRecord.schema)
            .where("status", .equal, RectificationStatus.open.rawValue).where("deadline", .lessThan, today.iso)
        if let unitCode { select = select.where("unit_code", .equal, unitCode) }
        return try await select.first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
