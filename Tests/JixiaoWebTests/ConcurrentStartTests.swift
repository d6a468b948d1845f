import FluentKit
import FluentSQL
import Foundation
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// Several server processes share one PostgreSQL: when they start together on an empty
/// database, one migrates and seeds while the others wait, and the data is seeded once.
@Suite("Concurrent first starts", .timeLimit(.minutes(10)))
struct ConcurrentStartTests {
    /// The PostgreSQL cases of the suite's databases (under CI a missing server is a case that fails).
    static var postgres: [TestDatabase] {
        TestDatabase.all.filter { if case .sqlite = $0 { false } else { true } }
    }

    @Test(
        "two servers starting together on one empty PostgreSQL migrate and seed it once",
        .enabled(if: !postgres.isEmpty, "需要 PostgreSQL（JIXIAO_TEST_POSTGRES_URL）"), arguments: postgres)
    func twoServersStartTogether(database: TestDatabase) async throws {
        guard case .postgres(let url) = database else {
            Issue.record("PostgreSQL 未配置：CI 需要 JIXIAO_TEST_POSTGRES_URL")
            return
        }
        try await PostgresSlots.shared.withSlot { try await Self.startTwo(server: url) }
    }

    static func startTwo(server url: String) async throws {
        let admin = try await Application.make(Environment(name: "testing", arguments: ["jixiao-tests"]))
        admin.logger.logLevel = .warning
        do {
            let scratch = try await ScratchPostgres.create(on: admin, server: url)
            // when: two servers start at the same moment
            async let first = Self.start(scratch.settings)
            async let second = Self.start(scratch.settings)
            let started = try await [first, second]
            // then: both are up, and the demo data is there once
            for (app, failure) in started {
                #expect(failure == nil)
                if failure == nil {
                    #expect(try await UnitRecord.query(on: app.db).count() == DemoData.units.count)
                    #expect(try await UserRecord.query(on: app.db).count() == DemoData.users.count)
                }
            }
            for (app, _) in started { try await app.asyncShutdown() }
            try await scratch.drop()
        } catch {
            try? await admin.asyncShutdown()
            throw error
        }
        try await admin.asyncShutdown()
    }

    /// A configured app and, when its start failed, the error (the app is returned
    /// either way so the test can shut it down).
    static func start(_ settings: AppSettings) async throws -> (Application, String?) {
        let app = try await Application.make(Environment(name: "testing", arguments: ["jixiao-tests"]))
        app.logger.logLevel = .critical
        do {
            try await configure(app, settings: settings)
            return (app, nil)
        } catch {
            return (app, String(describing: error))
        }
    }
}
