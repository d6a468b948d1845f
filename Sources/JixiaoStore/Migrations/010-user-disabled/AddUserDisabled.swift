import FluentKit
import FluentSQL

/// 010: `users.disabled`; a disabled user cannot sign in and its sessions and tokens stop working.
struct AddUserDisabled: AsyncMigration {
    var name: String { "010-AddUserDisabled" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UserRecord.schema)
            .field("disabled", .bool, .required, .sql(.default(false)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).deleteField("disabled").update()
    }
}
