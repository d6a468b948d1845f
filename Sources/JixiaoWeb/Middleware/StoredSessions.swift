import Fluent
import Foundation
import Vapor

/// Sessions in the database (Fluent's `_fluent_sessions` table), like Fluent's own
/// driver, except that a request which did not change its session writes nothing:
/// Vapor asks the driver to update the session after every response, and on SQLite
/// that write would serialise every page view.
struct StoredSessions: AsyncSessionDriver {
    /// The session data as read, to tell whether the request changed it.
    struct LoadedKey: StorageKey { typealias Value = SessionData }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let id = SessionID(string: Data([UInt8].random(count: 32)).base64EncodedString())
        try await SessionRecord(key: id, data: data).create(on: request.db)
        request.storage[LoadedKey.self] = data
        return id
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let data = try await SessionRecord.query(on: request.db).filter(\.$key == sessionID).first()?.data
        request.storage[LoadedKey.self] = data
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        guard request.storage[LoadedKey.self] != data else { return sessionID }
        try await SessionRecord.query(on: request.db).filter(\.$key == sessionID).set(\.$data, to: data).update()
        request.storage[LoadedKey.self] = data
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await SessionRecord.query(on: request.db).filter(\.$key == sessionID).delete()
    }
}
