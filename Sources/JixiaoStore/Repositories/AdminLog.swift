import FluentKit
import Foundation

/// One line of the administration log, as pages show it.
public struct AdminLogEntry: Sendable, Equatable {
    public var at: Date
    public var by: String
    public var action: String
    public var detail: String
}

/// The administration log: every change to units, users, years and frameworks.
public struct AdminLog: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func record(by user: String, _ action: String, _ detail: String, at date: Date = Date()) async throws {
        try await AdminLogRecord(at: date, by: user, action: action, detail: detail).create(on: database)
    }

    /// The newest `limit` entries, newest first.
    public func recent(limit: Int = 50) async throws -> [AdminLogEntry] {
        try await AdminLogRecord.query(on: database).sort(\.$changedAt, .descending).limit(limit).all().map {
            AdminLogEntry(at: $0.changedAt, by: $0.changedBy, action: $0.action, detail: $0.detail)
        }
    }
}
