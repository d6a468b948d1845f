import FluentKit
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

@Suite("Migrations", .timeLimit(.minutes(10)))
struct MigrationTests {
    @Test("every migration reverts, and the schema migrates again from nothing", arguments: TestDatabase.all)
    func revertAndMigrate(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: migrated and seeded by the helper
            #expect(try await UnitRecord.query(on: app.db).count() > 0)
            // when
            try await app.autoRevert()
            let afterRevert = try? await UnitRecord.query(on: app.db).count()
            try await app.autoMigrate()
            // then
            #expect(afterRevert == nil)
            #expect(try await UnitRecord.query(on: app.db).count() == 0)
            #expect(try await DemoData.seedIfEmpty(app))
        }
    }
}
