import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

extension FluentEvaluationRepository {
    /// Appends one history row per change, stamped with the record's version, and
    /// keeps the document of that version.
    static func record(_ changes: [FieldChange], of record: EvaluationRecord, on db: any Database) async throws {
        guard let id = record.id else { return }
        try await VersionRecord(evaluationID: id, version: record.version, document: record.document).create(on: db)
        for change in changes {
            try await HistoryRecord(owner: id, version: record.version, by: record.updatedBy, at: record.updatedAt, change: change)
                .create(on: db)
        }
    }

    /// An evaluation with nothing entered, so that creation records every filled field.
    static func empty(like e: Evaluation) -> Evaluation {
        Evaluation(kind: e.kind, unit: e.unit, fiscalYear: e.fiscalYear, frameworkID: e.frameworkID, status: e.status)
    }
}
