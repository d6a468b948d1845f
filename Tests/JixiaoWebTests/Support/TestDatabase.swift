import Foundation
import JixiaoStore
import Testing

/// The databases every HTTP test runs on: SQLite always, PostgreSQL when
/// `JIXIAO_TEST_POSTGRES_URL` (or a postgres `DATABASE_URL`) is set. Under CI=true a
/// missing PostgreSQL is a failure, never a skip.
enum TestDatabase: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(url: String)
    /// CI without PostgreSQL: the test records an issue.
    case postgresMissing

    static var all: [TestDatabase] {
        let env = ProcessInfo.processInfo.environment
        if let url = env["JIXIAO_TEST_POSTGRES_URL"] ?? env["DATABASE_URL"].flatMap({ $0.hasPrefix("postgres") ? $0 : nil }) {
            return [.sqlite, .postgres(url: url)]
        }
        return env["CI"] == "true" ? [.sqlite, .postgresMissing] : [.sqlite]
    }

    var testDescription: String {
        switch self {
        case .sqlite: return "SQLite"
        case .postgres: return "PostgreSQL"
        case .postgresMissing: return "PostgreSQL (missing)"
        }
    }
}
