import FluentKit
import Foundation

// The per-year monitoring thresholds and result-use rules (migration 027; an optional key:
// older backups lack it and restore with the defaults).
extension DatabaseBackup {
    public struct YearSettingsRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var fiscalYear: Int
        /// `MonitoringThresholds` as JSON text, as stored.
        public var thresholds: String
        /// `ResultUseRules` as JSON text, as stored.
        public var resultRules: String
        public var updatedBy: String
        public var updatedAt: Int64
    }

    static func exportYearSettings(from db: any Database) async throws -> [YearSettingsRow] {
        try await YearSettingsRecord.query(on: db).all().compactMap { r in
            r.id.map {
                YearSettingsRow(
                    id: $0, fiscalYear: r.fiscalYear, thresholds: r.thresholds, resultRules: r.resultRules,
                    updatedBy: r.updatedBy, updatedAt: BackupTime.ms(r.updatedAt))
            }
        }.sorted { $0.id.uuidString < $1.id.uuidString }
    }

    func restoreYearSettings(into db: any Database) async throws {
        for row in yearSettings {
            let r = YearSettingsRecord()
            r.id = row.id; r.fiscalYear = row.fiscalYear; r.thresholds = row.thresholds; r.resultRules = row.resultRules
            r.updatedBy = row.updatedBy; r.updatedAt = BackupTime.date(row.updatedAt)
            try await r.create(on: db)
        }
    }
}
