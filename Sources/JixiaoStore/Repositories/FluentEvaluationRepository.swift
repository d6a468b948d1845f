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

    public func find(id: String) async throws -> StoredEvaluation? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await EvaluationRecord.find(uuid, on: database)?.stored()
    }

    public func update(
        id: String, expectedVersion: Int, evaluation: Evaluation, metrics: EvaluationMetrics,
        by user: String, changes: [FieldChange]
    ) async throws -> StoredEvaluation {
        guard let uuid = UUID(uuidString: id) else { throw RepositoryError.notFound(id: id) }
        return try await database.writeTransaction { db in
            guard let record = try await EvaluationRecord.find(uuid, on: db) else { throw RepositoryError.notFound(id: id) }
            guard record.version == expectedVersion else {
                throw RepositoryError.versionConflict(expected: expectedVersion, current: record.version)
            }
            let key = DuplicateEvaluations.key(of: record)
            try record.apply(evaluation, metrics: metrics, by: user)
            // Only a change of unit, year, kind or project name can make a duplicate (those
            // made before migration 017 stay editable).
            if DuplicateEvaluations.key(of: record) != key, let existing = try await Self.existingID(like: record, on: db) {
                throw RepositoryError.duplicate(existingID: existing)
            }
            record.updatedAt = Date()
            // The version guard in the WHERE clause makes the check atomic across processes:
            // a concurrent writer that got here first leaves no row to update.
            let won = try await Self.compareAndSet(record, expected: expectedVersion, on: db)
            guard won else {
                let current = try await EvaluationRecord.find(uuid, on: db)?.version ?? expectedVersion
                throw RepositoryError.versionConflict(expected: expectedVersion, current: current)
            }
            record.version = expectedVersion + 1
            try await Self.record(changes, of: record, on: db)
            return try record.stored()
        }
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
            .filter(\.$evaluationID == uuid)
            .sort(\.$version).sort(\.$field)
            .all()
            .map {
                HistoryEntry(
                    at: $0.changedAt, by: $0.changedBy, version: $0.version,
                    change: FieldChange(field: $0.field, label: $0.label, old: $0.oldValue, new: $0.newValue))
            }
    }
}
