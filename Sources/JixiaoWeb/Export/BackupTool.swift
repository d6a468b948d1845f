import Foundation
import JixiaoStore
import Vapor

/// `jixiao backup export|import`: the whole database as JSON, on the database the
/// environment names (`DATABASE_URL` or the SQLite file), to move between SQLite and
/// PostgreSQL. The import migrates an empty database first and never seeds it.
public enum BackupTool {
    /// The backup JSON of the configured database.
    public static func export(settings: AppSettings = .fromEnvironment()) async throws -> Data {
        try await withApp(settings) { app in try await DatabaseBackup.export(from: app.db).json() }
    }

    /// Imports backup JSON into the configured database, which must be empty.
    public static func restore(_ data: Data, settings: AppSettings = .fromEnvironment()) async throws {
        let backup = try DatabaseBackup.read(data)
        try await withApp(settings) { app in try await backup.restore(into: app.db) }
    }

    private static func withApp<T>(_ settings: AppSettings, _ body: (Application) async throws -> T) async throws -> T {
        var quiet = settings
        quiet.seedDemo = false
        let app = try await Application.make(Environment(name: "production", arguments: ["jixiao"]))
        app.logger.logLevel = .error
        do {
            try await configure(app, settings: quiet)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
