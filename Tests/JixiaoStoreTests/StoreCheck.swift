import FluentKit
import Testing

/// One repository check, run on each database by the suites below.
struct StoreCheck: Sendable, CustomTestStringConvertible {
    var name: String
    var run: @Sendable (any Database) async throws -> Void

    var testDescription: String { name }

    static let all: [StoreCheck] =
        FiscalYearChecks.all + AdminLogChecks.all + YearSettingsChecks.all + UnitChecks.all + AccountChecks.all
        + TokenChecks.all + FrameworkChecks.all + EvaluationChecks.all + DeclarationChecks.all + RectificationChecks.all
        + MonitoringRoundChecks.all
}

@Suite("Repositories on SQLite", .timeLimit(.minutes(10)))
struct SQLiteRepositoryTests {
    @Test("each repository check", arguments: StoreCheck.all)
    func check(_ check: StoreCheck) async throws {
        _ = try await withStore(.sqlite) { try await check.run($0) }
    }
}

@Suite(
    "Repositories on PostgreSQL", .enabled(if: StoreDatabase.postgresRequired, StoreDatabase.postgresSkipReason), .timeLimit(.minutes(10)))
struct PostgresRepositoryTests {
    @Test("each repository check", arguments: StoreCheck.all)
    func check(_ check: StoreCheck) async throws {
        _ = try await withStore(.postgres) { try await check.run($0) }
    }
}
