import FluentKit
import Foundation

/// Failed logins per (user name, client address), kept in the database so every process
/// throttles alike (`LoginThrottle` decides from them).
extension FluentAccountRepository {
    /// How many failures the pair had since `date`, and the latest.
    public func failedLogins(username: String, client: String, since date: Date) async throws -> (count: Int, last: Date?) {
        // Few rows: a throttled pair is refused without a new row.
        let times = try await LoginAttemptRecord.query(on: database)
            .filter(\.$username == username).filter(\.$client == client).filter(\.$attemptedAt >= date)
            .all(\.$attemptedAt)
        return (times.count, times.max())
    }

    /// Records a failure of the pair at `date`, and forgets every failure before `forgetBefore`.
    public func recordFailedLogin(username: String, client: String, at date: Date, forgetBefore: Date) async throws {
        try await LoginAttemptRecord.query(on: database).filter(\.$attemptedAt < forgetBefore).delete()
        try await LoginAttemptRecord(username: username, client: client, attemptedAt: date).create(on: database)
    }

    /// Forgets the pair's failures (after it signed in).
    public func clearFailedLogins(username: String, client: String) async throws {
        try await LoginAttemptRecord.query(on: database).filter(\.$username == username).filter(\.$client == client).delete()
    }
}
