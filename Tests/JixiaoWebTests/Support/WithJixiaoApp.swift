import FluentKit
import FluentSQL
import Foundation
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Runs `body` against a freshly migrated and seeded app on `database` (scoring with
/// `analyzer` when given); always shuts the app down and removes its database.
func withJixiaoApp<T>(
    _ database: TestDatabase, analyzer: (any EvaluationAnalyzer)? = nil,
    _ body: (Application) async throws -> T
) async throws -> T? {
    guard case .postgres = database else { return try await runJixiaoApp(database, analyzer, body) }
    return try await PostgresSlots.shared.withSlot { try await runJixiaoApp(database, analyzer, body) }
}

private func runJixiaoApp<T>(
    _ database: TestDatabase, _ analyzer: (any EvaluationAnalyzer)?,
    _ body: (Application) async throws -> T
) async throws -> T? {
    let env = Environment(name: "testing", arguments: ["jixiao-tests"])
    let app = try await Application.make(env)
    app.logger.logLevel = .warning
    var cleanup: (() async throws -> Void)? = nil
    var removeFiles: (() -> Void)? = nil
    do {
        let settings: AppSettings
        switch database {
        case .postgresMissing:
            Issue.record("CI=true but JIXIAO_TEST_POSTGRES_URL is not set: PostgreSQL tests must run")
            try await app.asyncShutdown()
            return nil
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-test-\(UUID().uuidString).sqlite").path
            settings = AppSettings(database: .sqlite(path: path), bcryptCost: 4)
            removeFiles = {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        case .postgres(let url):
            let scratch = try await ScratchPostgres.create(on: app, server: url)
            cleanup = scratch.drop
            settings = scratch.settings
        }
        try await configure(app, settings: settings, analyzer: analyzer ?? AnalyzerFactory.make())
        let result = try await body(app)
        // Dropping the scratch database is tidying, not the test: WITH (FORCE) is refused now and then
        // while a server process of another role (autovacuum) is on it, and that must not fail the test.
        try? await cleanup?()
        try await app.asyncShutdown()
        removeFiles?()
        return result
    } catch {
        try? await cleanup?()
        try? await app.asyncShutdown()
        removeFiles?()
        throw error
    }
}

/// A database of its own for one PostgreSQL test, made through an admin connection of `app`.
enum ScratchPostgres {
    /// The new database's app settings, and how to drop it.
    static func create(on app: Application, server url: String) async throws
        -> (settings: AppSettings, drop: @Sendable () async throws -> Void)
    {
        let name = "jixiao_test_\(UUID().uuidString.prefix(8).lowercased())"
        let adminID = DatabaseID(string: "pgadmin")
        try DatabaseSettings.postgres(url: url).register(on: app.databases, as: adminID, isDefault: false, connectionsPerLoop: 1)
        guard let admin = app.db(adminID) as? any SQLDatabase else { throw Abort(.internalServerError) }
        try await admin.raw("CREATE DATABASE \(unsafeRaw: name)").run()
        var settings = AppSettings(database: .postgres(url: TestURL.url(url, database: name)), bcryptCost: 4)
        // Every PostgreSQL test runs its own app at the same time: keep them within max_connections.
        settings.connectionsPerLoop = 2
        return (settings, { try await admin.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() })
    }
}

private enum TestURL {
    /// `url` with its database name replaced.
    static func url(_ url: String, database: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + database
        return components.string ?? url
    }
}
