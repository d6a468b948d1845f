import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// `/metrics` tells the database pool's use (`DatabasePoolProbe`): connections in use and idle,
/// requests waiting, the limit; read from the pool itself when scraped.
@Suite("Database pool in /metrics", .timeLimit(.minutes(10)))
struct DatabasePoolMetricsTests {
    @Test(
        "a connection held shows as in use and is idle again once given back; the limit is per loop times loops",
        arguments: TestDatabase.all)
    func poolUse(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            app.services.settings.metrics = .token(MetricsTests.token)
            let loops = Array(app.eventLoopGroup.makeIterator()).count
            let perLoop = app.services.settings.database.isPostgres ? app.services.settings.connectionsPerLoop : 1
            // when
            let before = try await MetricsTests.scrape(app)
            let during = try await app.db.withConnection { _ in try await MetricsTests.scrape(app) }
            let after = try await MetricsTests.scrape(app)
            // then
            let inUse = "jixiao_db_pool_connections{state=\"in_use\"}", idle = "jixiao_db_pool_connections{state=\"idle\"}"
            #expect(Self.value(inUse, in: before) == 0, "\(before)")
            #expect(Self.value(inUse, in: during) == 1, "\(during)")
            #expect(Self.value(inUse, in: after) == 0)
            #expect((Self.value(idle, in: after) ?? 0) >= 1)
            #expect(Self.value("jixiao_db_pool_waiting", in: during) == 0)
            #expect(Self.value("jixiao_db_pool_max_connections", in: after) == Double(loops * perLoop))
            #expect(during.contains("# TYPE jixiao_db_pool_connections gauge"))
            for line in during.split(separator: "\n") { #expect(try MetricsTests.isPrometheusLine(String(line)), "\(line)") }
        }
    }

    /// The value of the sample `series` (name and labels as written), nil when absent.
    static func value(_ series: String, in text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.dropFirst(series.count + 1)) }
    }
}
