import FluentKit
import Foundation
import JixiaoCore

/// The administration log on Fluent (`admin_log`): every change to units, users, years and frameworks.
public struct FluentAdminLog: AdminLogRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func record(_ entry: AdminLogEntry) async throws {
        try await AdminLogRecord(at: entry.at, by: entry.by, action: entry.action, detail: entry.detail).create(on: database)
    }

    public func recent(limit: Int) async throws -> [AdminLogEntry] {
        try await AdminLogRecord.query(on: database).sort(\.$changedAt, .descending).limit(limit).all().map {
            AdminLogEntry(at: $0.changedAt, by: $0.changedBy, action: $0.action, detail: $0.detail)
        }
    }
}
