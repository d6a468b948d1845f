import Foundation
import JixiaoStore

/// Everything the app reads from its environment, read once at start.
public struct AppSettings: Sendable {
    /// Where the data lives (`DATABASE_URL` → PostgreSQL, else `jixiao.sqlite`).
    public var database: DatabaseSettings
    /// Seed demo units, users and evaluations into an empty database.
    public var seedDemo: Bool
    /// bcrypt cost for password hashes (lower only in tests).
    public var bcryptCost: Int
    /// Send cookies with `Secure` (behind HTTPS).
    public var secureCookies: Bool
    /// Run the migrations at start.
    public var autoMigrate: Bool
    /// Folder of example evaluation files (examples/*.yaml) seeded with the demo data.
    public var examplesFolder: String?
    /// PostgreSQL connections per event loop, one loop per core, so the pool is sized to the
    /// cores (`JIXIAO_DB_CONNECTIONS_PER_CORE`, 1–64, default 4; tests, many apps at once, use
    /// fewer). Keep processes × cores × this under the server's `max_connections`.
    public var connectionsPerLoop = 4
    /// Show filers' mobile numbers whole on public pages and downloads (`JIXIAO_PUBLIC_PHONES=1`);
    /// by default they are masked (137****1687, `PhoneMask`).
    public var publicPhones = false
    /// Take the client address (for login throttling) from the last `X-Forwarded-For` entry,
    /// which the reverse proxy in front appends (`JIXIAO_TRUST_PROXY=1`). Off by default:
    /// without a proxy the header is the client's to forge.
    public var trustForwardedFor = false
    /// Report uploads a unit may make in a rolling 24 hours (`JIXIAO_UPLOADS_PER_UNIT_PER_DAY`,
    /// 1–100000, default 100), counted in the database; one more is a 429.
    public var uploadsPerUnitPerDay = 100
    /// On PostgreSQL, run the hot reads (session, token, list, counts) as named prepared statements
    /// of each connection (`PreparedPostgresDatabase`); `JIXIAO_PG_PREPARED=0` turns it off (a pooler
    /// in transaction mode, such as PgBouncer before 1.21, cannot keep them).
    public var preparedStatements = true
    /// Who may read `/metrics` (`JIXIAO_METRICS=off`, `JIXIAO_METRICS_TOKEN`; by default this machine only).
    public var metrics = MetricsAccess.local

    public init(
        database: DatabaseSettings, seedDemo: Bool = true, bcryptCost: Int = 10,
        secureCookies: Bool = false, autoMigrate: Bool = true, examplesFolder: String? = nil
    ) {
        self.database = database
        self.seedDemo = seedDemo
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.autoMigrate = autoMigrate
        self.examplesFolder = examplesFolder
    }

    /// Settings from the process environment, with development defaults.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> AppSettings {
        var settings = AppSettings(
            database: .fromEnvironment(env),
            seedDemo: env["JIXIAO_SEED"] != "0",
            bcryptCost: env["JIXIAO_BCRYPT_COST"].flatMap(Int.init) ?? 10,
            secureCookies: env["JIXIAO_SECURE_COOKIES"] == "1",
            examplesFolder: env["JIXIAO_EXAMPLES"] ?? "examples")
        settings.trustForwardedFor = env["JIXIAO_TRUST_PROXY"] == "1"
        settings.publicPhones = env["JIXIAO_PUBLIC_PHONES"] == "1"
        settings.preparedStatements = env["JIXIAO_PG_PREPARED"] != "0"
        settings.metrics = .fromEnvironment(env)
        if let perCore = env["JIXIAO_DB_CONNECTIONS_PER_CORE"].flatMap(Int.init), (1...64).contains(perCore) {
            settings.connectionsPerLoop = perCore
        }
        if let uploads = env["JIXIAO_UPLOADS_PER_UNIT_PER_DAY"].flatMap(Int.init), (1...100_000).contains(uploads) {
            settings.uploadsPerUnitPerDay = uploads
        }
        return settings
    }
}
