import FluentKit
import Foundation
import JixiaoCore

/// `MonitoringRoundRepository` on Fluent (SQLite or PostgreSQL): tables of migration 025,
/// rounds saved through `VersionedDocuments` like declarations.
public struct FluentMonitoringRoundRepository: MonitoringRoundRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    var documents: VersionedDocuments<MonitoringRoundRecord> { VersionedDocuments(database: database) }

    public func create(_ state: MonitoringRoundState, by user: String) async throws -> StoredMonitoringRound {
        let record = MonitoringRoundRecord()
        try record.apply(state, by: user)
        try await documents.create(record, changes: MonitoringDiff.creation(state))
        return try record.stored()
    }

    public func find(id: String) async throws -> StoredMonitoringRound? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await MonitoringRoundRecord.find(uuid, on: database)?.stored()
    }

    public func list(unitCode: String?, fiscalYear: Int?, limit: Int) async throws -> [StoredMonitoringRound] {
        var query = MonitoringRoundRecord.query(on: database)
        if let unitCode { query = query.filter(\.$unitCode == unitCode) }
        if let fiscalYear { query = query.filter(\.$fiscalYear == fiscalYear) }
        return try await query.sort(\.$updatedAt, .descending).sort(\.$id, .descending)
            .limit(max(1, min(limit, 5000))).all().map { try $0.stored() }
    }

    public func list(unitCode: String?, statuses: [EvaluationStatus], offset: Int, limit: Int) async throws -> [StoredMonitoringRound] {
        guard !statuses.isEmpty else { return [] }
        var query = MonitoringRoundRecord.query(on: database).filter(\.$status ~~ statuses.map(\.rawValue))
        if let unitCode { query = query.filter(\.$unitCode == unitCode) }
        return try await query.sort(\.$updatedAt, .descending).sort(\.$id, .descending)
            .offset(max(0, offset)).limit(max(1, min(limit, 5000))).all().map { try $0.stored() }
    }

    public func update(
        id: String, expectedVersion: Int, state: MonitoringRoundState, by user: String,
        changes: [FieldChange]
    ) async throws -> StoredMonitoringRound {
        try await documents.update(id: id, expectedVersion: expectedVersion, changes: changes) {
            try $0.apply(state, by: user)
        }.stored()
    }

    public func history(id: String) async throws -> [HistoryEntry] {
        try await documents.history(id: id)
    }

    public func dates(fiscalYear: Int) async throws -> [CalendarDate] {
        try await MonitoringDateRecord.query(on: database).filter(\.$fiscalYear == fiscalYear).sort(\.$asOf).all()
            .compactMap { CalendarDate($0.asOf) }
    }

    public func setDates(_ dates: [CalendarDate], fiscalYear: Int, by user: String, log: AdminLogEntry?) async throws {
        let unique = Array(Set(dates.map(\.iso))).sorted()
        try await database.writeTransaction { db in
            try await MonitoringDateRecord.query(on: db).filter(\.$fiscalYear == fiscalYear).delete()
            for iso in unique {
                let row = MonitoringDateRecord()
                row.fiscalYear = fiscalYear
                row.asOf = iso
                row.updatedBy = user
                row.updatedAt = Date()
                try await row.create(on: db)
            }
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }
}
