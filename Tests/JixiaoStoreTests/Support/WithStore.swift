import FluentKit
import FluentSQL
import Foundation
import JixiaoStore
import Logging
import NIOCore
import NIOPosix
import Testing

/// Runs `body` on a freshly migrated, empty store database of `kind` (a temporary SQLite
/// file, or a scratch PostgreSQL database made and dropped around it).
func withStore<T>(_ kind: StoreDatabase, _ body: (any Database) async throws -> T) async throws -> T? {
    let threadPool = NIOThreadPool(numberOfThreads: 1)
    threadPool.start()
    let databases = Databases(threadPool: threadPool, on: MultiThreadedEventLoopGroup.singleton)
    let logger = Logger(label: "jixiao-store-tests")
    var cleanup: () async throws -> Void = {}
    func shutdown() async {
        await databases.shutdownAsync()
        try? await threadPool.shutdownGracefully()
    }
    switch kind {
    case .sqlite:
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-store-\(UUID().uuidString).sqlite").path
        try DatabaseSettings.sqlite(path: path).register(on: databases)
        cleanup = { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    case .postgres:
        guard let url = StoreDatabase.postgresURL else {
            Issue.record("CI=true but JIXIAO_TEST_POSTGRES_URL is not set: the PostgreSQL repository tests must run")
            await shutdown()
            return nil
        }
        let name = "jixiao_store_\(UUID().uuidString.prefix(8).lowercased())"
        let adminID = DatabaseID(string: "pgadmin")
        try DatabaseSettings.postgres(url: url).register(on: databases, as: adminID, isDefault: false, connectionsPerLoop: 1)
        guard let admin = databases.database(adminID, logger: logger, on: databases.eventLoopGroup.any()) as? any SQLDatabase
        else { throw StoreTestError.noAdminConnection }
        try await admin.raw("CREATE DATABASE \(unsafeRaw: name)").run()
        try DatabaseSettings.postgres(url: scratchURL(url, database: name)).register(on: databases, connectionsPerLoop: 2)
        cleanup = { try await admin.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() }
    }
    do {
        let eventLoop = databases.eventLoopGroup.any()
        let migrations = Migrations()
        migrations.add(StoreMigrations.all)
        let migrator = Migrator(
            databases: databases, migrations: migrations, logger: logger, on: eventLoop,
            migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
        guard let database = databases.database(logger: logger, on: eventLoop) else { throw StoreTestError.noAdminConnection }
        let result = try await body(database)
        try? await cleanup()  // tidying: a refused drop must not fail the test (see WithJixiaoApp)
        await shutdown()
        return result
    } catch {
        try? await cleanup()
        await shutdown()
        throw error
    }
}

enum StoreTestError: Error { case noAdminConnection }

/// `url` with its database name replaced.
private func scratchURL(_ url: String, database: String) -> String {
    guard var components = URLComponents(string: url) else { return url }
    components.path = "/" + database
    return components.string ?? url
}
