import FluentKit
import FluentSQL

/// 023: `target_declarations` (绩效目标申报表, issue 16: one per unit, year, scope and title,
/// by a unique index) and `declaration_history` (one row per changed field per save).
struct CreateDeclarations: AsyncMigration {
    var name: String { "023-CreateDeclarations" }

    func prepare(on database: any Database) async throws {
        try await database.schema(DeclarationRecord.schema)
            .id()
            .field("unit_code", .string, .required)
            .field("fiscal_year", .int, .required)
            .field("scope", .string, .required)
            .field("title", .string, .required)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("document", .sql(unsafeRaw: "TEXT"), .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "unit_code", "fiscal_year", "scope", "title", name: "target_declarations_key")
            .create()
        try await database.schema(DeclarationHistoryRecord.schema)
            .id()
            .field(
                "declaration_id", .uuid, .required,
                .references(DeclarationRecord.schema, "id", onDelete: .cascade)
            )
            .field("version", .int, .required)
            .field("changed_by", .string, .required)
            .field("changed_at", .datetime, .required)
            .field("field", .string, .required)
            .field("label", .string, .required)
            .field("old_value", .sql(unsafeRaw: "TEXT"))
            .field("new_value", .sql(unsafeRaw: "TEXT"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "target_declarations_year")
            .on(DeclarationRecord.schema).column("fiscal_year").column("updated_at").run()
        try await sql.create(index: "declaration_history_declaration")
            .on(DeclarationHistoryRecord.schema).column("declaration_id").column("version").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DeclarationHistoryRecord.schema).delete()
        try await database.schema(DeclarationRecord.schema).delete()
    }
}
