import JixiaoCore
import JixiaoFiles
import JixiaoStore
import Vapor

extension Request {
    var declarations: any DeclarationRepository { FluentDeclarationRepository(database: db) }
}

/// The one checker of the web app and API: the rules of `jixiao targets` over the built-in library.
enum DeclarationCheck {
    static let library: IndicatorLibrary = (try? LibraryReader.standard(extraFiles: [])) ?? IndicatorLibrary()
    static let checker = DeclarationChecker(library: library)

    static func findings(_ declaration: TargetDeclaration) -> [Finding] { checker.check(declaration) }
}

extension Request {
    /// The declarations waiting for `user` (to-do page): a status of the role's duties, in scope,
    /// with a step the user may take.
    func declarationsToAct(for user: UserAccount) async throws -> [StoredDeclaration] {
        let statuses = Todo.statuses(for: user.role)
        guard !statuses.isEmpty else { return [] }
        return try await declarations.list(unitCode: user.role.seesAllUnits ? nil : user.unitCode, fiscalYear: nil, limit: 200)
            .filter { stored in
                statuses.contains(stored.state.status)
                    && DeclarationWorkflow.actions(for: user, status: stored.state.status, unitCode: stored.state.unitCode)
                        .contains { $0 != .adjust }
            }
    }
}
