import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The save, without a read of its own: the caller read the row at `stored.version`, and the
/// write's `WHERE version = ?` proves it is still that row, so the history computed from it is
/// exact. PostgreSQL runs `EvaluationSave.postgresStatement` (one statement, prepared on the
/// hot-read database); SQLite the update and the inserts in one write transaction, on the file's
/// `SQLiteWriter` when there is a direct reader (else through Fluent).
extension FluentEvaluationRepository {
    public func update(
        _ stored: StoredEvaluation, expectedVersion: Int, evaluation: Evaluation, metrics: EvaluationMetrics,
        by user: String, changes: [FieldChange]
    ) async throws -> StoredEvaluation {
        guard let uuid = UUID(uuidString: stored.id) else { throw RepositoryError.notFound(id: stored.id) }
        guard expectedVersion == stored.version else {
            throw RepositoryError.versionConflict(expected: expectedVersion, current: stored.version)
        }
        let record = EvaluationRecord()
        record.id = uuid
        try record.apply(evaluation, metrics: metrics, by: user)
        record.version = expectedVersion + 1
        record.updatedAt = Date()
        let save = EvaluationSave(
            record: record, expected: expectedVersion, changes: changes,
            keyChanged: DuplicateEvaluations.key(of: record) != DuplicateEvaluations.key(of: stored.evaluation))
        let written: Bool
        do {
            written = try await write(save)
        } catch {
            // A concurrent save that took the new key first: the unique index refused this one.
            if save.keyChanged, let existing = try? await Self.existingID(like: record, on: database) {
                throw RepositoryError.duplicate(existingID: existing)
            }
            throw error
        }
        guard written else { throw try await refusal(of: save) }
        let id = uuid.uuidString.lowercased()
        var saved = evaluation
        saved.id = id
        return StoredEvaluation(id: id, version: record.version, updatedAt: record.updatedAt, updatedBy: user, evaluation: saved)
    }

    /// Runs the save; false when its row was not at the expected version (or the key was taken).
    private func write(_ save: EvaluationSave) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        if sql.dialect.name == "postgresql" {
            return try await !(reader ?? sql).raw(try save.postgresStatement()).all().isEmpty
        }
        // Inside an outer write transaction (which holds the gate) the save joins it below instead.
        if let direct = reader as? DirectSQLiteDatabase, SQLiteWriteGate.connection == nil {
            // Serialized here; the statements (one history row each: texts that stay prepared) run on the writer's thread.
            let statements = try ([save.update(returning: #""version""#), save.versionInsert] + save.historyInserts(rowsPerStatement: 1))
                .map(direct.statement)
            return try await direct.pool.writer.transaction { connection in
                var written = false
                try connection.query(statements[0].sql, binds: statements[0].binds) { _ in written = true }
                guard written else { return false }
                for statement in statements.dropFirst() { try connection.query(statement.sql, binds: statement.binds) { _ in } }
                return true
            }
        }
        return try await database.writeTransaction { db in
            guard let sql = db as? any SQLDatabase,
                try await !sql.raw(save.update(returning: #""version""#)).all().isEmpty
            else { return false }
            try await sql.raw(save.versionInsert).run()
            for insert in save.historyInserts() { try await sql.raw(insert).run() }
            return true
        }
    }

    /// Why a save wrote nothing: the row is gone, at another version, or its new key is taken.
    private func refusal(of save: EvaluationSave) async throws -> RepositoryError {
        let id = save.record.id ?? UUID()
        guard let sql = reader ?? database as? any SQLDatabase,
            let row = try await sql.select().column("version").from(EvaluationRecord.schema).where("id", .equal, id).first()
        else { return .notFound(id: id.uuidString.lowercased()) }
        let current = try row.decode(column: "version", as: Int.self)
        if current == save.expected, save.keyChanged, let existing = try await Self.existingID(like: save.record, on: database) {
            return .duplicate(existingID: existing)
        }
        return .versionConflict(expected: save.expected, current: current)
    }
}
