import FluentKit
import Foundation
import JixiaoCore

/// Each unit's report uploads within a rolling window in `report_uploads` (migration 020).
public struct FluentReportUploadRepository: ReportUploadRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// The row is written before counting, and taken back when over: two processes racing for
    /// the last place may both be refused, but more than `limit` are never admitted.
    public func admit(unitCode: String, limit: Int, window: TimeInterval, at date: Date = Date()) async throws -> Bool {
        let since = date.addingTimeInterval(-window)
        try await ReportUploadRecord.query(on: database).filter(\.$uploadedAt < since).delete()
        let row = ReportUploadRecord(unitCode: unitCode, uploadedAt: date)
        try await row.create(on: database)
        let count = try await used(unitCode: unitCode, since: since)
        guard count > limit else { return true }
        try await row.delete(on: database)
        return false
    }

    public func used(unitCode: String, since date: Date) async throws -> Int {
        try await ReportUploadRecord.query(on: database)
            .filter(\.$unitCode == unitCode).filter(\.$uploadedAt >= date).count()
    }

    public func earliest(unitCode: String, since date: Date) async throws -> Date? {
        try await ReportUploadRecord.query(on: database)
            .filter(\.$unitCode == unitCode).filter(\.$uploadedAt >= date).min(\.$uploadedAt)
    }
}
