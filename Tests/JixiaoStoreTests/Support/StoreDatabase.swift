import Foundation
import Testing

/// The databases the repository tests run on. SQLite always; PostgreSQL when
/// `JIXIAO_TEST_POSTGRES_URL` (or a postgres `DATABASE_URL`) is set. Without one the
/// PostgreSQL suite is skipped with its reason, except under CI=true, where it runs and fails.
enum StoreDatabase: Sendable {
    case sqlite
    case postgres

    static var postgresURL: String? {
        let env = ProcessInfo.processInfo.environment
        return env["JIXIAO_TEST_POSTGRES_URL"] ?? env["DATABASE_URL"].flatMap { $0.hasPrefix("postgres") ? $0 : nil }
    }

    /// True when the PostgreSQL suite must run: a server is given, or CI=true (where a missing one fails).
    static var postgresRequired: Bool {
        postgresURL != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    static let postgresSkipReason: Comment = "JIXIAO_TEST_POSTGRES_URL is not set (under CI=true this is a failure)"
}
