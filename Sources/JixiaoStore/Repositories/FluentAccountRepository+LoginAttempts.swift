import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// Failed logins per (user name, client address), kept in the database so every process
/// throttles alike (`LoginThrottle` decides from them).
extension FluentAccountRepository {
    /// How many failures the pair had since `date`, and the latest.
    public func failedLogins(username: String, client: String, since date: Date) async throws -> (count: Int, last: Date?) {
        try await Self.failures(on: database, username: username, client: client, since: date)
    }

    /// Decides a try of the pair at `now` and, when it may go ahead, records it as a failure in the
    /// same write transaction (a success clears it); failures before the window are forgotten there too.
    ///
    /// The count, the decision and the new row are one step per pair in every process (SQLite's write
    /// lock; a transaction-level advisory lock on PostgreSQL), so tries sent at once are counted one by
    /// one: exactly `freeFailures` pass before the wait, and no failure is lost or counted twice.
    public func admitLogin(username: String, client: String, at now: Date, throttle: LoginThrottle) async throws -> LoginThrottle.Decision {
        try await database.writeTransaction { db in
            if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
                try await sql.raw(
                    "SELECT pg_advisory_xact_lock(\(bind: Self.loginLockClass), hashtext(\(bind: username + "\n" + client)))"
                ).run()
            }
            let windowStart = throttle.windowStart(at: now)
            let failures = try await Self.failures(on: db, username: username, client: client, since: windowStart)
            let decision = throttle.decide(failures: failures.count, lastFailure: failures.last, now: now)
            // A refused try adds no row, so waiting out the delay is enough.
            guard decision == .allow else { return decision }
            try await LoginAttemptRecord.query(on: db).filter(\.$attemptedAt < windowStart).delete()
            try await LoginAttemptRecord(username: username, client: client, attemptedAt: now).create(on: db)
            return decision
        }
    }

    /// Forgets the pair's failures (after it signed in).
    public func clearFailedLogins(username: String, client: String) async throws {
        try await database.writeTransaction { db in
            try await LoginAttemptRecord.query(on: db).filter(\.$username == username).filter(\.$client == client).delete()
        }
    }

    /// The first key of the sign-in advisory locks ("logi"); the startup lock uses the one-key form, a separate space.
    static let loginLockClass: Int32 = 0x6C6F_6769

    private static func failures(on db: any Database, username: String, client: String, since date: Date) async throws -> (
        count: Int, last: Date?
    ) {
        // Few rows: a throttled pair is refused without a new row.
        let times = try await LoginAttemptRecord.query(on: db)
            .filter(\.$username == username).filter(\.$client == client).filter(\.$attemptedAt >= date)
            .all(\.$attemptedAt)
        return (times.count, times.max())
    }
}
