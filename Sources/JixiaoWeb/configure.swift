import Fluent
import FluentSQLiteDriver
import JixiaoCore
import JixiaoStore
import Vapor

/// Sets up the database, sessions, middleware and routes of `app`; migrates and
/// seeds when the settings say so.
public func configure(
    _ app: Application, settings: AppSettings,
    analyzer: any EvaluationAnalyzer = AnalyzerFactory.make(),
    importer: any ReportImporter = ImporterFactory.make()
) async throws {
    // The blocking pool runs every SQLite statement, bcrypt and the offloaded parsing and
    // rendering. NIO's default is one thread per core; a statement waiting for SQLite's write
    // lock holds its thread, so a pool that small can be filled by waiters. Set before the
    // databases are registered, which take the pool they find.
    app.threadPool = NIOThreadPool(numberOfThreads: max(16, 4 * System.coreCount))
    app.services = .init(settings: settings, analyzer: analyzer, importer: importer)
    try settings.database.register(
        on: app.databases, connectionsPerLoop: settings.connectionsPerLoop, probe: app.requestMetrics.pool)
    for migration in StoreMigrations.all { app.migrations.add(migration) }

    app.passwords.use(.bcrypt(cost: settings.bcryptCost))
    _ = try DummyPassword.hash(cost: settings.bcryptCost)  // made now, not on the first unknown name
    app.sessions.use { _ in StoredSessions() }
    app.sessions.configuration.cookieName = "jixiao-session"
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(
            string: id.string, maxAge: Int(StoredSessions.absoluteLimit),
            path: "/", isSecure: settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
    app.routes.defaultMaxBodySize = "20mb"

    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: FieldNamingJSONDecoder(inner: decoder), for: .json)

    app.middleware = .init()
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(MetricsMiddleware(metrics: app.requestMetrics))
    // After the databases were registered (their shutdown is registered with them): it runs first.
    let drain = RequestDrain()
    app.storage[RequestDrain.Key.self] = drain
    app.lifecycle.use(RequestDrain.Lifecycle(drain: drain))
    app.middleware.use(RequestDrainMiddleware(drain: drain))
    app.middleware.use(SecurityHeadersMiddleware(strictTransport: settings.secureCookies))
    app.middleware.use(ErrorPageMiddleware())
    try routes(app)

    if case .sqlite = settings.database, let sql = app.db as? any SQLDatabase {
        // WAL lets readers proceed while one writer commits.
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    if case .sqlite(let path) = settings.database { app.storage[ReadPoolKey.self] = SQLiteReadPool(path: path) }
    if settings.database.isPostgres, settings.preparedStatements { app.storage[StatementCacheKey.self] = PostgresStatementCache() }
    app.storage[DashboardCache.Key.self] = DashboardCache()
    // Several processes may start together on one PostgreSQL: one migrates and seeds at a time.
    try await settings.database.withStartupLock(on: app.db) {
        if settings.autoMigrate { try await app.autoMigrate() }
        if settings.seedDemo { try await DemoData.seedIfEmpty(app) }
        // Duplicates made before migration 017 are listed in the log (never deleted); once
        // none are left, the unique index is created.
        if settings.autoMigrate, let sql = app.db as? any SQLDatabase {
            try await DuplicateEvaluations.checkAtStartup(sql, logger: app.logger)
        }
    }
}
