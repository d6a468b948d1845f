import FluentKit

/// 007: `evaluation_versions`, one document per saved version.
struct CreateEvaluationVersions: AsyncMigration {
    var name: String { "007-CreateEvaluationVersions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(VersionRecord.schema)
            .id()
            .field("evaluation_id", .uuid, .required, .references(EvaluationRecord.schema, "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("document", .sql(unsafeRaw: "TEXT"), .required)
            .unique(on: "evaluation_id", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(VersionRecord.schema).delete()
    }
}
