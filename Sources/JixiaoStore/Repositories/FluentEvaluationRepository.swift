import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// `EvaluationRepository` on Fluent (SQLite or PostgreSQL).
public struct FluentEvaluationRepository: EvaluationRepository {
    let database: any Database
    /// Where the list reads run (a `DirectSQLiteDatabase` on SQLite); `database` when nil.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    public func create(_ evaluation: Evaluation, metrics: EvaluationMetrics, by user: String) async throws -> StoredEvaluation {
        let record = EvaluationRecord()
        let now = Date()
        record.id = UUID()
        try record.apply(evaluation, metrics: metrics, by: user)
        record.version = 1
        record.createdAt = now
        record.updatedAt = now
        let changes = EvaluationDiff.changes(from: Self.empty(like: evaluation), to: evaluation)
        try await database.createUnique(
            existing: { try await Self.existingID(like: record, on: $0) },
            insert: { db in
                try await record.create(on: db)
                try await Self.record(changes, of: record, on: db)
            })
        return try record.stored()
    }

    public func document(id: String, version: Int) async throws -> Evaluation? {
        guard let uuid = UUID(uuidString: id),
            let row = try await VersionRecord.query(on: database)
                .filter(\.$evaluationID == uuid).filter(\.$version == version).first()
        else { return nil }
        return try EvaluationDocument.decode(row.document)
    }

    public func history(id: String) async throws -> [HistoryEntry] {
        guard let uuid = UUID(uuidString: id) else { return [] }
        return try await HistoryRecord.query(on: database)
            .filter(\.$ownerID == uuid)
            .sort(\.$version).sort(\.$field)
            .all()
            .map(\.entry)
    }
}
