import FluentKit
import FluentSQL

/// 017: one evaluation per unit, year and kind (and project name for project evaluations:
/// the `title` column), as a unique index. A database that already holds duplicates
/// keeps them: they are listed in the log and the index waits until they are resolved
/// (`DuplicateEvaluations.checkAtStartup` creates it then); the repository refuses new
/// duplicates either way.
struct CreateUniqueEvaluationIndex: AsyncMigration {
    var name: String { "017-CreateUniqueEvaluationIndex" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await DuplicateEvaluations.checkAtStartup(sql, logger: database.logger)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: DuplicateEvaluations.indexName).ifExists().run()
    }
}
