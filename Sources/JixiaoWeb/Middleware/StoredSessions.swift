import Foundation
import JixiaoCore
import Vapor

/// Sessions in the database (`sessions`, read together with their user in one query):
/// several processes may serve the same database, so nothing about a session lives in
/// memory, and logout or expiry takes effect on the next request everywhere.
/// A request that did not change its session writes nothing (on SQLite a write per page
/// view would serialise them); only `seen_at` is refreshed, at most every `touchInterval`.
///
/// Future-based (`SessionDriver`): reading a session and keeping an unchanged one start no task
/// (with the direct SQLite reader the read is complete on return); writes run in a task.
struct StoredSessions: SessionDriver {
    /// A session is refused (and deleted) this long after sign-in, whatever its use.
    static let absoluteLimit: TimeInterval = 8 * 3600
    /// …or when it was not used for this long (measured to within `touchInterval`).
    static let idleLimit: TimeInterval = 2 * 3600
    static let touchInterval: TimeInterval = 5 * 60

    /// The session data as read, to tell whether the request changed it.
    struct LoadedKey: StorageKey { typealias Value = SessionData }
    /// The session's user, read with the session.
    struct UserKey: StorageKey { typealias Value = UserAccount }
    /// The user's unread messages, counted in the session's query (for the top bar).
    struct UnreadKey: StorageKey { typealias Value = Int }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        request.eventLoop.makeFutureWithTask { try await create(data, for: request) }
    }

    private func create(_ data: SessionData, for request: Request) async throws -> SessionID {
        let id = SessionID(string: Data([UInt8].random(count: 32)).base64EncodedString())
        request.storage[LoadedKey.self] = data
        // Vapor starts an empty session for every stale cookie: nothing to keep until it holds data.
        guard !data.snapshot.isEmpty else { return id }
        let sessions = request.sessions
        let now = Date()
        // New sessions are rare next to reads: the moment to clean up expired ones.
        try await sessions.deleteExpired(
            createdBefore: now.addingTimeInterval(-Self.absoluteLimit),
            seenBefore: now.addingTimeInterval(-Self.idleLimit))
        try await sessions.create(key: id.string, data: data.snapshot, userID: Self.userID(data), at: now)
        return id
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        let sessions = request.sessions
        return request.eventLoop.future { sessions.read(key: sessionID.string, then: $0) }.flatMap { stored in
            guard let stored else { return request.eventLoop.makeSucceededFuture(nil) }
            let now = Date()
            if Self.isExpired(stored, at: now) {
                return request.eventLoop.makeFutureWithTask { try await sessions.delete(key: sessionID.string) }.map { nil }
            }
            let data = SessionData(initialData: stored.data)
            request.storage[LoadedKey.self] = data
            request.storage[UserKey.self] = stored.user
            request.storage[UnreadKey.self] = stored.unread
            guard now.timeIntervalSince(stored.seenAt) > Self.touchInterval else {
                return request.eventLoop.makeSucceededFuture(data)
            }
            return request.eventLoop.makeFutureWithTask { try await sessions.touch(key: sessionID.string, at: now) }.map { data }
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        guard request.storage[LoadedKey.self] != data else { return request.eventLoop.makeSucceededFuture(sessionID) }
        return request.eventLoop.makeFutureWithTask { try await update(sessionID, to: data, for: request) }
    }

    private func update(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        try await request.sessions
            .update(key: sessionID.string, data: data.snapshot, userID: Self.userID(data))
        request.storage[LoadedKey.self] = data
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        request.eventLoop.makeFutureWithTask { try await request.sessions.delete(key: sessionID.string) }
    }

    static func isExpired(_ session: StoredSession, at now: Date) -> Bool {
        now.timeIntervalSince(session.createdAt) > absoluteLimit || now.timeIntervalSince(session.seenAt) > idleLimit
    }

    private static func userID(_ data: SessionData) -> UUID? {
        data[SessionUserMiddleware.sessionKey].flatMap(UUID.init(uuidString:))
    }
}
