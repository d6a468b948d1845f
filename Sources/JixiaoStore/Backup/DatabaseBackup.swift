import Foundation

/// The whole database as one JSON document (backup, and moving between SQLite and
/// PostgreSQL). Every table that holds data is here, rows sorted by id; dates are
/// whole milliseconds since 1970 so that they survive both databases unchanged.
/// Sessions and failed-login records are transient and are not included.
public struct DatabaseBackup: Codable, Sendable, Equatable {
    public static let currentFormat = "jixiao-backup-5"
    /// Formats `restore` reads (format 1 lacks the administration tables and `disabled`,
    /// format 2 the attachments, format 3 the target declarations, format 4 the monitoring rounds).
    public static let readableFormats: Set<String> = [
        "jixiao-backup-1", "jixiao-backup-2", "jixiao-backup-3", "jixiao-backup-4", currentFormat,
    ]

    public var format: String
    public var units: [UnitRow]
    public var users: [UserRow]
    public var apiTokens: [TokenRow]
    public var evaluations: [EvaluationRow]
    public var versions: [VersionRow]
    public var history: [HistoryRow]
    public var fiscalYears: [FiscalYearRow]
    public var frameworks: [FrameworkRow]
    public var adminLog: [AdminLogRow]
    /// 佐证材料 with their bytes (format 3).
    public var attachments: [AttachmentRow] = []
    /// 绩效目标申报表 and their history (format 4).
    public var declarations: [DeclarationRow] = []
    public var declarationHistory: [DeclarationHistoryRow] = []
    /// 运行监控表, their history and the monitoring dates (format 5, migration 025; optional keys).
    public var monitoringRounds: [MonitoringRoundRow] = []
    public var monitoringHistory: [MonitoringHistoryRow] = []
    public var monitoringDates: [MonitoringDateRow] = []
    /// Monitoring thresholds and result-use rules per year (migration 027; optional key).
    public var yearSettings: [YearSettingsRow] = []
    /// 整改 items (migration 026; optional key).
    public var rectifications: [RectificationRow] = []

    public struct UnitRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var code: String
        public var name: String
        public var region: String?
        public var parentCode: String?
    }

    public struct UserRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var username: String
        public var displayName: String
        public var role: String
        public var unitCode: String
        public var passwordHash: String
        public var createdAt: Int64?
        /// Absent in format 1 (read as enabled).
        public var disabled: Bool?
    }

    public struct TokenRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var userID: UUID
        public var name: String
        public var tokenHash: String
        public var createdAt: Int64?
    }

    public struct EvaluationRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var unitCode: String
        public var unitName: String
        public var fiscalYear: Int
        public var kind: String
        public var status: String
        public var frameworkID: String
        public var title: String
        public var total: String?
        public var grade: String?
        public var errorCount: Int
        public var warningCount: Int
        public var version: Int
        /// The evaluation document, as stored (JSON text).
        public var document: String
        public var updatedBy: String
        public var createdAt: Int64
        public var updatedAt: Int64
    }

    public struct VersionRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var evaluationID: UUID
        public var version: Int
        public var document: String
    }

    public struct HistoryRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var evaluationID: UUID
        public var version: Int
        public var changedBy: String
        public var changedAt: Int64
        public var field: String
        public var label: String
        public var oldValue: String?
        public var newValue: String?
    }

    /// The backup as stable JSON text (sorted keys, pretty-printed).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a backup; throws when the JSON does not match the format.
    public static func read(_ data: Data) throws -> DatabaseBackup {
        try JSONDecoder().decode(DatabaseBackup.self, from: data)
    }
}

/// Dates as whole milliseconds since 1970.
enum BackupTime {
    static func ms(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }
}
