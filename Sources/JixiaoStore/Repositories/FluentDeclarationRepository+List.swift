import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The declarations list in plain SQL, for the hot-read database: every single evaluation's
/// analysis (`target.changed`, so every save) reads its unit's declarations of the year, and
/// through Fluent that was the save's one statement not prepared on PostgreSQL.
extension FluentDeclarationRepository {
    static func list(unitCode: String?, fiscalYear: Int?, limit: Int, on sql: any SQLDatabase) async throws -> [StoredDeclaration] {
        let select = sql.select().column("id").column("version").column("updated_at").column("updated_by").column("document")
            .from(DeclarationRecord.schema)
        if let unitCode { select.where("unit_code", .equal, unitCode) }
        if let fiscalYear { select.where("fiscal_year", .equal, fiscalYear) }
        let rows = try await select.orderBy("updated_at", .descending).orderBy("id", .descending)
            .limit(max(1, min(limit, 1000))).all()
        return try rows.map { row in
            StoredDeclaration(
                // As text: both drivers give a UUID column as text.
                id: try row.decode(column: "id", as: String.self).lowercased(),
                version: try row.decode(column: "version", as: Int.self),
                updatedAt: try row.decode(column: "updated_at", as: Date.self),
                updatedBy: try row.decode(column: "updated_by", as: String.self),
                state: try JSONDecoder().decode(
                    DeclarationState.self, from: Data(try row.decode(column: "document", as: String.self).utf8)))
        }
    }
}
