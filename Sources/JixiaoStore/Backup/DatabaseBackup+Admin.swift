import FluentKit
import Foundation

// The tables of the administration part: fiscal years, uploaded frameworks, the admin log.
extension DatabaseBackup {
    public struct FiscalYearRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var year: Int
        public var isOpen: Bool
        public var defaultDepartment: String?
        public var defaultProject: String?
        public var updatedBy: String
        public var updatedAt: Int64
        /// 填报截止日期 (ISO date); absent in older backups.
        public var deadline: String? = nil
    }

    public struct FrameworkRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var frameworkID: String
        public var title: String
        public var kind: String
        public var version: Int
        public var format: String
        public var fileName: String
        public var sourceText: String
        public var document: String
        public var uploadedBy: String
        public var uploadedAt: Int64
    }

    public struct AdminLogRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var changedAt: Int64
        public var changedBy: String
        public var action: String
        public var detail: String
    }

    enum CodingKeys: String, CodingKey {
        case format, units, users, apiTokens, evaluations, versions, history, fiscalYears, frameworks, adminLog, attachments
        case declarations, declarationHistory
        case monitoringRounds, monitoringHistory, monitoringDates
        case yearSettings
        case rectifications
    }

    /// Reads a backup; the tables added after format 1 may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        units = try c.decode([UnitRow].self, forKey: .units)
        users = try c.decode([UserRow].self, forKey: .users)
        apiTokens = try c.decode([TokenRow].self, forKey: .apiTokens)
        evaluations = try c.decode([EvaluationRow].self, forKey: .evaluations)
        versions = try c.decode([VersionRow].self, forKey: .versions)
        history = try c.decode([HistoryRow].self, forKey: .history)
        fiscalYears = try c.decodeIfPresent([FiscalYearRow].self, forKey: .fiscalYears) ?? []
        frameworks = try c.decodeIfPresent([FrameworkRow].self, forKey: .frameworks) ?? []
        adminLog = try c.decodeIfPresent([AdminLogRow].self, forKey: .adminLog) ?? []
        attachments = try c.decodeIfPresent([AttachmentRow].self, forKey: .attachments) ?? []
        declarations = try c.decodeIfPresent([DeclarationRow].self, forKey: .declarations) ?? []
        declarationHistory = try c.decodeIfPresent([DeclarationHistoryRow].self, forKey: .declarationHistory) ?? []
        monitoringRounds = try c.decodeIfPresent([MonitoringRoundRow].self, forKey: .monitoringRounds) ?? []
        monitoringHistory = try c.decodeIfPresent([MonitoringHistoryRow].self, forKey: .monitoringHistory) ?? []
        monitoringDates = try c.decodeIfPresent([MonitoringDateRow].self, forKey: .monitoringDates) ?? []
        yearSettings = try c.decodeIfPresent([YearSettingsRow].self, forKey: .yearSettings) ?? []
        rectifications = try c.decodeIfPresent([RectificationRow].self, forKey: .rectifications) ?? []
    }

    static func exportAdmin(from db: any Database) async throws
        -> (years: [FiscalYearRow], frameworks: [FrameworkRow], log: [AdminLogRow])
    {
        let years = try await FiscalYearRecord.query(on: db).all().compactMap { r in
            r.id.map {
                FiscalYearRow(
                    id: $0, year: r.year, isOpen: r.isOpen, defaultDepartment: r.defaultDepartment,
                    defaultProject: r.defaultProject, updatedBy: r.updatedBy,
                    updatedAt: BackupTime.ms(r.updatedAt), deadline: r.deadline)
            }
        }
        let frameworks = try await FrameworkRecord.query(on: db).all().compactMap { r in
            r.id.map {
                FrameworkRow(
                    id: $0, frameworkID: r.frameworkID, title: r.title, kind: r.kind, version: r.version,
                    format: r.format, fileName: r.fileName, sourceText: r.sourceText,
                    document: r.document, uploadedBy: r.uploadedBy,
                    uploadedAt: BackupTime.ms(r.uploadedAt))
            }
        }
        let log = try await AdminLogRecord.query(on: db).all().compactMap { r in
            r.id.map {
                AdminLogRow(
                    id: $0, changedAt: BackupTime.ms(r.changedAt), changedBy: r.changedBy,
                    action: r.action, detail: r.detail)
            }
        }
        return (
            years.sorted { $0.id.uuidString < $1.id.uuidString },
            frameworks.sorted { $0.id.uuidString < $1.id.uuidString },
            log.sorted { $0.id.uuidString < $1.id.uuidString }
        )
    }

    func restoreAdmin(into db: any Database) async throws {
        for row in fiscalYears {
            let r = FiscalYearRecord()
            r.id = row.id; r.year = row.year; r.isOpen = row.isOpen; r.defaultDepartment = row.defaultDepartment
            r.defaultProject = row.defaultProject; r.updatedBy = row.updatedBy; r.updatedAt = BackupTime.date(row.updatedAt)
            r.deadline = row.deadline
            try await r.create(on: db)
        }
        for row in frameworks {
            let r = FrameworkRecord()
            r.id = row.id; r.frameworkID = row.frameworkID; r.title = row.title; r.kind = row.kind; r.version = row.version
            r.format = row.format; r.fileName = row.fileName; r.sourceText = row.sourceText; r.document = row.document
            r.uploadedBy = row.uploadedBy; r.uploadedAt = BackupTime.date(row.uploadedAt)
            try await r.create(on: db)
        }
        for row in adminLog {
            let r = AdminLogRecord(
                at: BackupTime.date(row.changedAt), by: row.changedBy, action: row.action,
                detail: row.detail)
            r.id = row.id
            try await r.create(on: db)
        }
    }
}
