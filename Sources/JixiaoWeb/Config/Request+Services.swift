import FluentSQL
import JixiaoCore
import JixiaoStore
import Vapor

/// Application-wide services, set once in `configure`.
struct ServicesKey: StorageKey {
    struct Value: Sendable {
        var settings: AppSettings
        var analyzer: any EvaluationAnalyzer
        var importer: any ReportImporter
    }
}

extension Application {
    var services: ServicesKey.Value {
        get {
            guard let value = storage[ServicesKey.self] else {
                preconditionFailure("configure(_:settings:) sets the services before any request")
            }
            return value
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

/// The direct read connections to the SQLite file (none on PostgreSQL), set once in `configure`.
struct ReadPoolKey: StorageKey { typealias Value = SQLiteReadPool }

/// The prepared statements of the PostgreSQL connections (none on SQLite), set once in `configure`.
struct StatementCacheKey: StorageKey { typealias Value = PostgresStatementCache }

/// The request's Fluent database (`Request.database`).
struct RequestDatabaseKey: StorageKey { typealias Value = any Database }

extension Request {
    /// The request's Fluent database, made once: `Request.db` makes one on every use (a lock, a
    /// lookup and the driver's wrapper), and a list page builds its repositories and readers on it
    /// six times.
    var database: any Database {
        if let made = storage[RequestDatabaseKey.self] { return made }
        let made = db
        storage[RequestDatabaseKey.self] = made
        return made
    }

    var evaluations: any EvaluationRepository { FluentEvaluationRepository(database: database, reader: reader) }
    /// Users, tokens and failed sign-ins.
    var accounts: any AccountRepository { FluentAccountRepository(database: db, reader: reader) }
    var units: any UnitRepository { FluentAccountRepository(database: db, reader: reader) }
    var fiscalYears: any FiscalYearRepository { FluentFiscalYearRepository(database: database, reader: reader) }
    var adminLog: any AdminLogRepository { FluentAdminLog(database: db) }
    /// The uploaded frameworks as stored (`frameworks` finds any framework by id, built-ins first).
    var frameworkStore: any FrameworkRepository { FluentFrameworkRepository(database: db) }
    /// Web sessions (the read on the direct SQLite reader when there is one).
    var sessions: any SessionRepository { FluentSessionRepository(database: database, reader: reader) }
    /// The API token check (on the hot-read database, like the session read).
    var tokenCheck: any TokenCheckRepository { FluentAccountRepository(database: db, reader: reader) }
    /// The per-unit report upload quota.
    var reportUploads: any ReportUploadRepository { FluentReportUploadRepository(database: db) }
    /// A year's rows and summary for the dashboard and the exports.
    var dashboard: any DashboardRepository { DashboardQuery(database: db, reader: preparedReader) }
    /// The finance bureau's list, one page at a time.
    var reviewList: any ReviewListRepository { ReviewListQuery(database: db, reader: preparedReader) }
    /// The to-do summary's counts of monitoring rounds and rectifications.
    var todoCounts: any TodoCountRepository { TodoCountQuery(database: db, reader: preparedReader) }
    /// The list page's counts, fiscal years and to-do counts, in one statement (every part indexed).
    var listPageFacts: any ListPageFactsRepository { ListPageFactsQuery(database: database, reader: reader) }
    /// The hot reads' database: direct SQLite reads on this thread when the store is a SQLite file,
    /// named prepared statements on PostgreSQL.
    var reader: (any SQLDatabase)? {
        if let pool = application.storage[ReadPoolKey.self] {
            return DirectSQLiteDatabase(pool: pool, eventLoop: eventLoop, logger: logger)
        }
        return preparedReader
    }
    /// The reader on PostgreSQL only (named prepared statements), nil on SQLite: there the direct
    /// reader runs on the event loop, so reads that may take long (a province's dashboard, the
    /// review list, counts without an index) stay on Fluent's database, which runs them off it.
    var preparedReader: (any SQLDatabase)? {
        guard let cache = application.storage[StatementCacheKey.self], let sql = database as? any SQLDatabase else { return nil }
        return PreparedPostgresDatabase(database: sql, cache: cache)
    }
    var importer: any ReportImporter { application.services.importer }
    /// The session's CSRF token (created on first use).
    var csrf: String { CSRFMiddleware.token(for: self) }

    /// The evaluation `:id` if it exists and the user may read it; 404 otherwise
    /// (an evaluation outside the user's scope is not revealed).
    func readableEvaluation() async throws -> StoredEvaluation {
        let user = try requireUser()
        guard let id = parameters.get("id"), let stored = try await evaluations.find(id: id),
            user.mayRead(unitCode: stored.evaluation.unit.code ?? "")
        else {
            throw Abort(.notFound, reason: WebText.notFound)
        }
        return stored
    }

    /// The evaluation `:id` if the user may change it (404 outside scope, 403 when read-only).
    func editableEvaluation() async throws -> StoredEvaluation {
        let stored = try await readableEvaluation()
        let user = try requireUser()
        guard user.mayEdit(unitCode: stored.evaluation.unit.code ?? "") else {
            throw Abort(.forbidden, reason: WebText.forbidden)
        }
        return stored
    }
}
