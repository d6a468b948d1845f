import FluentKit
import FluentSQL
import Foundation

/// Why a backup could not be imported.
public enum BackupError: Error, Sendable, Equatable {
    /// Imports go into an empty database only, so nothing is merged by accident.
    case databaseNotEmpty
    case unknownFormat(String)
}

extension DatabaseBackup {
    /// Reads every table of `db`.
    public static func export(from db: any Database) async throws -> DatabaseBackup {
        let units = try await UnitRecord.query(on: db).all().compactMap { r in
            r.id.map { UnitRow(id: $0, code: r.code, name: r.name, region: r.region, parentCode: r.parentCode) }
        }
        let users = try await UserRecord.query(on: db).all().compactMap { r in
            r.id.map {
                UserRow(
                    id: $0, username: r.username, displayName: r.displayName, role: r.role, unitCode: r.unitCode,
                    passwordHash: r.passwordHash, createdAt: r.createdAt.map(BackupTime.ms), disabled: r.disabled)
            }
        }
        let tokens = try await ApiTokenRecord.query(on: db).all().compactMap { r in
            r.id.map {
                TokenRow(
                    id: $0, userID: r.userID, name: r.name, tokenHash: r.tokenHash,
                    createdAt: r.createdAt.map(BackupTime.ms))
            }
        }
        let evaluations = try await EvaluationRecord.query(on: db).all().compactMap { r in
            r.id.map {
                EvaluationRow(
                    id: $0, unitCode: r.unitCode, unitName: r.unitName, fiscalYear: r.fiscalYear, kind: r.kind,
                    status: r.status, frameworkID: r.frameworkID, title: r.title, total: r.total, grade: r.grade,
                    errorCount: r.errorCount, warningCount: r.warningCount, version: r.version,
                    document: r.document, updatedBy: r.updatedBy, createdAt: BackupTime.ms(r.createdAt),
                    updatedAt: BackupTime.ms(r.updatedAt))
            }
        }
        let versions = try await VersionRecord.query(on: db).all().compactMap { r in
            r.id.map { VersionRow(id: $0, evaluationID: r.evaluationID, version: r.version, document: r.document) }
        }
        let history = try await HistoryRecord.query(on: db).all().compactMap { r in
            r.id.map {
                HistoryRow(
                    id: $0, evaluationID: r.ownerID, version: r.version, changedBy: r.changedBy,
                    changedAt: BackupTime.ms(r.changedAt), field: r.field, label: r.label,
                    oldValue: r.oldValue, newValue: r.newValue)
            }
        }
        let admin = try await exportAdmin(from: db)
        let declarations = try await exportDeclarations(from: db)
        var backup = DatabaseBackup(
            format: currentFormat, units: units.sorted { $0.id.uuidString < $1.id.uuidString },
            users: users.sorted { $0.id.uuidString < $1.id.uuidString },
            apiTokens: tokens.sorted { $0.id.uuidString < $1.id.uuidString },
            evaluations: evaluations.sorted { $0.id.uuidString < $1.id.uuidString },
            versions: versions.sorted { $0.id.uuidString < $1.id.uuidString },
            history: history.sorted { $0.id.uuidString < $1.id.uuidString },
            fiscalYears: admin.years, frameworks: admin.frameworks, adminLog: admin.log,
            attachments: try await exportAttachments(from: db),
            declarations: declarations.0, declarationHistory: declarations.1)
        (backup.monitoringRounds, backup.monitoringHistory, backup.monitoringDates) = try await exportMonitoring(from: db)
        backup.yearSettings = try await exportYearSettings(from: db)
        backup.rectifications = try await exportRectifications(from: db)
        return backup
    }

    /// Writes every row into `db`, which must hold no unit, user, evaluation, year or framework yet.
    public func restore(into db: any Database) async throws {
        guard Self.readableFormats.contains(format) else { throw BackupError.unknownFormat(format) }
        let units = try await UnitRecord.query(on: db).count(), users = try await UserRecord.query(on: db).count()
        let evaluations = try await EvaluationRecord.query(on: db).count()
        let admin =
            try await FiscalYearRecord.query(on: db).count() + FrameworkRecord.query(on: db).count()
            + AttachmentRecord.query(on: db).count() + DeclarationRecord.query(on: db).count()
            + MonitoringRoundRecord.query(on: db).count()
        guard units + users + evaluations + admin == 0 else { throw BackupError.databaseNotEmpty }
        try await db.writeTransaction { db in
            for row in self.units { try await row.record.create(on: db) }
            for row in self.users {
                try await row.record.create(on: db)
                try await UserRecord.query(on: db).filter(\.$id == row.id)
                    .set(\.$createdAt, to: row.createdAt.map(BackupTime.date)).update()
            }
            for row in apiTokens {
                try await row.record.create(on: db)
                try await ApiTokenRecord.query(on: db).filter(\.$id == row.id)
                    .set(\.$createdAt, to: row.createdAt.map(BackupTime.date)).update()
            }
            // A backup of a database that held duplicates (before migration 017) restores
            // whole: the unique index comes back afterwards only when there are none.
            if let sql = db as? any SQLDatabase {
                try await sql.drop(index: DuplicateEvaluations.indexName).ifExists().run()
            }
            for row in self.evaluations { try await row.record.create(on: db) }
            for row in versions { try await row.record.create(on: db) }
            for row in history { try await row.record.create(on: db) }
            try await restoreAdmin(into: db)
            try await restoreAttachments(into: db)
            try await restoreDeclarations(into: db)
            try await restoreMonitoring(into: db)
            try await restoreYearSettings(into: db)
            try await restoreRectifications(into: db)
        }
        if let sql = db as? any SQLDatabase { try await DuplicateEvaluations.checkAtStartup(sql, logger: db.logger) }
    }
}
