import JixiaoCore
import JixiaoStore
import Vapor
@testable import JixiaoWeb

/// Seeded data the tests use.
enum Fixtures {
    static let filerUnit = "wuhua-data"
    static let otherUnit = "xinfeng-service"

    /// Id of the seeded evaluation of unit `code`.
    static func evaluationID(_ app: Application, unit code: String = filerUnit) async throws -> String {
        let rows = try await FluentEvaluationRepository(database: app.db).list(EvaluationFilter(unitCodes: [code]))
        guard let id = rows.first?.id else { throw Abort(.notFound, reason: "no seeded evaluation for \(code)") }
        return id
    }

    /// A new API token for demo user `username`.
    static func token(_ app: Application, for username: String) async throws -> String {
        let accounts = AccountRepository(database: app.db)
        guard let user = try await accounts.user(username: username), let id = user.id else { throw Abort(.notFound) }
        let token = TokenAuthMiddleware.newToken()
        try await accounts.addToken(userID: id, name: "test", tokenHash: TokenAuthMiddleware.hash(token))
        return token
    }

    /// Demo user name of each role (the approver and filer belong to `filerUnit`).
    static func username(_ role: Role) -> String {
        switch role {
        case .admin: return "admin"
        case .reviewer: return "reviewer"
        case .filer: return "filer"
        case .approver: return "approver"
        }
    }
}
