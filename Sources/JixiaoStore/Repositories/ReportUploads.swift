import FluentKit
import Foundation

/// Each unit's report uploads within a rolling window, kept in the database so that every
/// process counts alike (the per-unit upload quota).
public struct ReportUploads: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Records an upload of `unitCode` at `date` when the unit has had fewer than `limit` in
    /// the `window` before it; true when recorded, false when the quota is used up.
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

    /// The uploads of `unitCode` since `date`.
    public func used(unitCode: String, since date: Date) async throws -> Int {
        try await ReportUploadRecord.query(on: database)
            .filter(\.$unitCode == unitCode).filter(\.$uploadedAt >= date).count()
    }
}
