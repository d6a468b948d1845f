import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Which database the store uses: a SQLite file (default) or PostgreSQL.
public enum DatabaseSettings: Sendable, Equatable {
    case sqlite(path: String)
    case sqliteMemory
    case postgres(url: String)

    /// `DATABASE_URL` (postgres://…) selects PostgreSQL; otherwise `jixiao.sqlite`
    /// in the working folder, or `JIXIAO_SQLITE` when set.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Self {
        if let url = env["DATABASE_URL"], url.hasPrefix("postgres") { return .postgres(url: url) }
        return .sqlite(path: env["JIXIAO_SQLITE"] ?? "jixiao.sqlite")
    }

    /// True for PostgreSQL.
    public var isPostgres: Bool { if case .postgres = self { return true } else { return false } }

    /// Registers the database in `databases` (as the default unless told otherwise); `probe`,
    /// when given, is told the pool the database's driver makes (`/metrics`).
    public func register(
        on databases: Databases, as id: DatabaseID? = nil, isDefault: Bool = true,
        connectionsPerLoop: Int = 4, probe: DatabasePoolProbe? = nil
    ) throws {
        let factory: DatabaseConfigurationFactory, defaultID: DatabaseID
        switch self {
        case .sqlite(let path):
            factory = .sqlite(.file(path), maxConnectionsPerEventLoop: 1, sqlLogLevel: nil)
            defaultID = .sqlite
        case .sqliteMemory:
            factory = .sqlite(.memory, maxConnectionsPerEventLoop: 1, sqlLogLevel: nil)
            defaultID = .sqlite
        case .postgres(let url):
            let config = try SQLPostgresConfiguration(url: url)
            factory = .postgres(
                configuration: config, maxConnectionsPerEventLoop: connectionsPerLoop,
                encodingContext: .default, decodingContext: .default, sqlLogLevel: .debug)
            defaultID = .psql
        }
        let configuration: any DatabaseConfiguration =
            probe.map { DatabasePoolProbe.Configuration(inner: factory.make(), probe: $0) } ?? factory.make()
        databases.use(configuration, as: id ?? defaultID, isDefault: isDefault)
    }
}
