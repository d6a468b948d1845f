import FluentPostgresDriver
import FluentSQLiteDriver
import NIOConcurrencyHelpers
import NIOCore

/// How much of Fluent's connection pool is in use, for `/metrics`. Neither Fluent nor AsyncKit
/// (whose `EventLoopConnectionPool` Fluent's SQLite and PostgreSQL drivers use) tells: the
/// counts are private to each event loop's pool. So the probe keeps the driver the database was
/// made with (`Configuration`) and, when asked, reads each loop's counts on that loop (where the
/// pool changes them) by reflection: open connections, idle ones, requests waiting for one, the
/// limit. When a newer AsyncKit keeps them under other names, `figures()` is nil (and
/// `MetricsTests` fails) rather than a guess.
public final class DatabasePoolProbe: Sendable {
    /// The pool's use summed over the event loops.
    public struct Figures: Sendable, Equatable {
        /// Connections open (in use or idle).
        public var open = 0
        /// Open connections no request holds.
        public var idle = 0
        /// Requests waiting for a connection (every connection of their loop in use).
        public var waiting = 0
        /// The most connections the pool opens.
        public var limit = 0
        /// Connections a request holds now.
        public var inUse: Int { open - idle }
    }

    private let driver = NIOLockedValueBox<(any DatabaseDriver)?>(nil)

    public init() {}

    /// Nil before the database was first used, or when the pool's counts cannot be read.
    public func figures() async -> Figures? {
        guard let driver = driver.withLockedValue({ $0 }), let pool = Mirror(reflecting: driver).descendant("pool") else {
            return nil
        }
        switch pool {
        case let pool as EventLoopGroupConnectionPool<PostgresConnectionSource>: return await Self.figures(of: pool)
        case let pool as EventLoopGroupConnectionPool<SQLiteConnectionSource>: return await Self.figures(of: pool)
        default: return nil
        }
    }

    func keep(_ made: any DatabaseDriver) { driver.withLockedValue { $0 = made } }

    private static func figures<Source>(of group: EventLoopGroupConnectionPool<Source>) async -> Figures? {
        var total = Figures()
        for loop in group.eventLoopGroup.makeIterator() {
            let pool = LoopPool(pool: group.pool(for: loop))
            guard let one = try? await loop.submit({ try pool.counts() }).get() else { return nil }
            total.open += one.open
            total.idle += one.idle
            total.waiting += one.waiting
            total.limit += one.limit
        }
        return total
    }

    // The pool is not Sendable: it is only read on its own event loop, inside `submit`.
    private struct LoopPool: @unchecked Sendable {
        let pool: AnyObject

        func counts() throws -> Figures {
            let fields = Dictionary(Mirror(reflecting: pool).children.compactMap { child in child.label.map { ($0, child.value) } }) {
                first, _ in first
            }
            guard let open = fields["activeConnections"] as? Int, let limit = fields["maxConnections"] as? Int,
                let idle = fields["available"].map({ Mirror(reflecting: $0).children.count }),
                let waiting = fields["waiters"].map({ Mirror(reflecting: $0).children.count })
            else { throw Unreadable() }
            return Figures(open: open, idle: idle, waiting: waiting, limit: limit)
        }
    }

    private struct Unreadable: Error {}

    /// A database configuration that makes its driver through `inner` and keeps it for the probe;
    /// the databases it gives are the inner driver's own (`PostgresDatabase`, `SQLDatabase` as before).
    struct Configuration: DatabaseConfiguration {
        var inner: any DatabaseConfiguration
        let probe: DatabasePoolProbe

        var middleware: [any AnyModelMiddleware] {
            get { inner.middleware }
            set { inner.middleware = newValue }
        }

        func makeDriver(for databases: Databases) -> any DatabaseDriver {
            let driver = inner.makeDriver(for: databases)
            probe.keep(driver)
            return driver
        }
    }
}
