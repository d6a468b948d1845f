import Foundation

/// Where web sessions live (in the database, so that every process sees a sign-out at once;
/// implemented in plain SQL in JixiaoStore).
public protocol SessionRepository: Sendable {
    /// Reads the session `key` with its user (nil when there is none) and hands it to `done`,
    /// exactly once. A callback rather than `async`: on the page-request path, a read that is
    /// complete on return (the direct SQLite reader) calls `done` before returning, so the
    /// caller starts no task.
    func read(key: String, then done: @escaping @Sendable (Result<StoredSession?, any Error>) -> Void)
    func create(key: String, data: [String: String], userID: UUID?, at date: Date) async throws
    func update(key: String, data: [String: String], userID: UUID?) async throws
    /// Records that the session was used at `date` (for the idle limit).
    func touch(key: String, at date: Date) async throws
    func delete(key: String) async throws
    /// Deletes every session of user `id`, but the one with key `kept` (the changer's own).
    func delete(userID id: UUID, except kept: String?) async throws
    /// Deletes every session created before `createdBefore` or last used before `seenBefore`.
    func deleteExpired(createdBefore: Date, seenBefore: Date) async throws
}
