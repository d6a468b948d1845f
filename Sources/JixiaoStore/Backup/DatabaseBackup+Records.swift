import Foundation
import JixiaoCore

// Backup rows back to Fluent records (ids kept).
extension DatabaseBackup.UnitRow {
    var record: UnitRecord {
        let r = UnitRecord()
        r.id = id; r.code = code; r.name = name; r.region = region; r.parentCode = parentCode
        return r
    }
}

extension DatabaseBackup.UserRow {
    var record: UserRecord {
        let r = UserRecord()
        r.id = id; r.username = username; r.displayName = displayName; r.role = role; r.unitCode = unitCode
        r.passwordHash = passwordHash; r.disabled = disabled ?? false
        return r
    }
}

extension DatabaseBackup.TokenRow {
    var record: ApiTokenRecord {
        let r = ApiTokenRecord()
        r.id = id; r.userID = userID; r.name = name; r.tokenHash = tokenHash
        return r
    }
}

extension DatabaseBackup.EvaluationRow {
    var record: EvaluationRecord {
        let r = EvaluationRecord()
        r.id = id; r.unitCode = unitCode; r.unitName = unitName; r.fiscalYear = fiscalYear; r.kind = kind
        r.status = status; r.frameworkID = frameworkID; r.title = title; r.total = total; r.grade = grade
        r.errorCount = errorCount; r.warningCount = warningCount; r.version = version; r.document = document
        r.updatedBy = updatedBy; r.createdAt = BackupTime.date(createdAt); r.updatedAt = BackupTime.date(updatedAt)
        let evaluation = try? EvaluationDocument.decode(document)
        r.setDashboardColumns(
            DashboardColumns(
                total: total.flatMap { ExactDecimal($0) },
                budgetAdjusted: evaluation?.figures["budgetAdjusted"],
                budgetExecuted: evaluation?.figures["budgetExecuted"], statedTotal: evaluation?.statedTotal))
        return r
    }
}

extension DatabaseBackup.VersionRow {
    var record: VersionRecord {
        let r = VersionRecord()
        r.id = id; r.evaluationID = evaluationID; r.version = version; r.document = document
        return r
    }
}

extension DatabaseBackup.HistoryRow {
    var record: HistoryRecord {
        let r = HistoryRecord()
        r.id = id; r.ownerID = evaluationID; r.version = version; r.changedBy = changedBy
        r.changedAt = BackupTime.date(changedAt); r.field = field; r.label = label; r.oldValue = oldValue; r.newValue = newValue
        return r
    }
}
