import FluentKit
import Foundation

// Monitoring rounds, their history and the monitoring dates (format 5, migration 025): optional
// keys on read, so backups made before them still restore.
extension DatabaseBackup {
    public struct MonitoringRoundRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var unitCode: String
        public var fiscalYear: Int
        public var title: String
        public var asOf: String
        public var declarationID: String
        public var status: String
        public var version: Int
        /// The Core `MonitoringRoundState` as JSON, as stored.
        public var document: String
        public var updatedBy: String
        public var updatedAt: Int64
    }

    public struct MonitoringHistoryRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var roundID: UUID
        public var version: Int
        public var changedBy: String
        public var changedAt: Int64
        public var field: String
        public var label: String
        public var oldValue: String?
        public var newValue: String?
    }

    public struct MonitoringDateRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var fiscalYear: Int
        public var asOf: String
        public var updatedBy: String
        public var updatedAt: Int64
    }

    static func exportMonitoring(from db: any Database) async throws
        -> (rounds: [MonitoringRoundRow], history: [MonitoringHistoryRow], dates: [MonitoringDateRow])
    {
        let rounds = try await MonitoringRoundRecord.query(on: db).all().compactMap { r in
            r.id.map {
                MonitoringRoundRow(
                    id: $0, unitCode: r.unitCode, fiscalYear: r.fiscalYear, title: r.title, asOf: r.asOf,
                    declarationID: r.declarationID, status: r.status, version: r.version, document: r.document,
                    updatedBy: r.updatedBy, updatedAt: BackupTime.ms(r.updatedAt))
            }
        }
        let history = try await MonitoringHistoryRecord.query(on: db).all().compactMap { r in
            r.id.map {
                MonitoringHistoryRow(
                    id: $0, roundID: r.ownerID, version: r.version, changedBy: r.changedBy,
                    changedAt: BackupTime.ms(r.changedAt), field: r.field, label: r.label, oldValue: r.oldValue,
                    newValue: r.newValue)
            }
        }
        let dates = try await MonitoringDateRecord.query(on: db).all().compactMap { r in
            r.id.map {
                MonitoringDateRow(
                    id: $0, fiscalYear: r.fiscalYear, asOf: r.asOf, updatedBy: r.updatedBy, updatedAt: BackupTime.ms(r.updatedAt))
            }
        }
        return (
            rounds.sorted { $0.id.uuidString < $1.id.uuidString }, history.sorted { $0.id.uuidString < $1.id.uuidString },
            dates.sorted { $0.id.uuidString < $1.id.uuidString }
        )
    }

    func restoreMonitoring(into db: any Database) async throws {
        for row in monitoringRounds {
            let r = MonitoringRoundRecord()
            r.id = row.id
            r.unitCode = row.unitCode
            r.fiscalYear = row.fiscalYear
            r.title = row.title
            r.asOf = row.asOf
            r.declarationID = row.declarationID
            r.status = row.status
            r.version = row.version
            r.document = row.document
            r.updatedBy = row.updatedBy
            r.updatedAt = BackupTime.date(row.updatedAt)
            try await r.create(on: db)
        }
        for row in monitoringHistory {
            let r = MonitoringHistoryRecord()
            r.id = row.id
            r.ownerID = row.roundID
            r.version = row.version
            r.changedBy = row.changedBy
            r.changedAt = BackupTime.date(row.changedAt)
            r.field = row.field
            r.label = row.label
            r.oldValue = row.oldValue
            r.newValue = row.newValue
            try await r.create(on: db)
        }
        for row in monitoringDates {
            let r = MonitoringDateRecord()
            r.id = row.id
            r.fiscalYear = row.fiscalYear
            r.asOf = row.asOf
            r.updatedBy = row.updatedBy
            r.updatedAt = BackupTime.date(row.updatedAt)
            try await r.create(on: db)
        }
    }
}
