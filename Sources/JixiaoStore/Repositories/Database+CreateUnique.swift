import FluentKit
import JixiaoCore

extension Database {
    /// Runs `insert` in a write transaction unless `existing` finds a row of the same key, which
    /// is `RepositoryError.duplicate` with that row's id; also when a concurrent create of the key
    /// won and the unique index refused this one (evaluations, declarations, monitoring rounds).
    func createUnique(
        existing: @escaping @Sendable (any Database) async throws -> String?,
        insert: @escaping @Sendable (any Database) async throws -> Void
    ) async throws {
        do {
            try await writeTransaction { db in
                if let id = try await existing(db) { throw RepositoryError.duplicate(existingID: id) }
                try await insert(db)
            }
        } catch let error as RepositoryError {
            throw error
        } catch {
            // A concurrent create of the same key that won: the unique index refused this one.
            if let id = try? await existing(self) { throw RepositoryError.duplicate(existingID: id) }
            throw error
        }
    }
}
