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
        do {
            try await database.writeTransaction { db in
                if let existing = try await Self.existingID(like: record, on: db) {
                    throw RepositoryError.duplicate(existingID: existing)
                }
                try await record.create(on: db)
                try await Self.record(changes, of: record, on: db)
            }
        } catch let error as RepositoryError {
            throw error
        } catch {
            // A concurrent create of the same key that won: the unique index refused this one.
            if let existing = try? await Self.existingID(like: record, on: database) {
                throw RepositoryError.duplicate(existingID: existing)
            }
            throw error
        }
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
