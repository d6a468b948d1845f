import FluentKit
import FluentSQL
import Foundation
import JixiaoStore
import Testing
import Vapor
@testable import JixiaoWeb

/// Several server processes share one PostgreSQL: when they start together on an empty
/// database, one migrates and seeds while the others wait, and the data is seeded once.
@Suite("Concurrent first starts")
struct ConcurrentStartTests {
    static var postgres: [String] {
        TestDatabase.all.compactMap { if case .postgres(let url) = $0 { return url } else { return nil } }
    }

    @Test("two servers starting together on one empty PostgreSQL migrate and seed it once", arguments: postgres)
    func twoServersStartTogether(url: String) async throws {
        let admin = try await Application.make(Environment(name: "testing", arguments: ["jixiao-tests"]))
        admin.logger.logLevel = .warning
        let name = "jixiao_start_\(UUID().uuidString.prefix(8).lowercased())"
        try DatabaseSettings.postgres(url: url).register(on: admin.databases, connectionsPerLoop: 1)
        let sql = try #require(admin.db as? any SQLDatabase)
        try await sql.raw("CREATE DATABASE \(unsafeRaw: name)").run()
        var components = try #require(URLComponents(string: url))
        components.path = "/" + name
        let settings = AppSettings(database: .postgres(url: try #require(components.string)), bcryptCost: 4)
        // when: two servers start at the same moment
        async let first = Self.start(settings)
        async let second = Self.start(settings)
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
        try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
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
