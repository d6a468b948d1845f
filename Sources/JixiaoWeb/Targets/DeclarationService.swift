import Foundation
import JixiaoCore
import Vapor

/// The one way a declaration is created, changed or moved through its review, for the pages
/// and the API alike: scope, the lock rules, the workflow rules, versions and history.
struct DeclarationService {
    let req: Request

    typealias Failure = DocumentFailure<DeclarationText>

    /// The declaration `id` when `user` may read it; 404 otherwise (outside the scope too).
    func readable(_ id: String?, by user: UserAccount) async throws -> StoredDeclaration {
        guard let id, let stored = try await req.declarations.find(id: id),
            user.mayRead(unitCode: stored.state.unitCode)
        else { throw Abort(.notFound, reason: DeclarationText.notFound) }
        return stored
    }

    func create(_ declaration: TargetDeclaration, unitCode: String, by user: UserAccount) async throws -> StoredDeclaration {
        guard user.mayEdit(unitCode: unitCode) else { throw Failure.refused(WorkflowError.otherUnit.message, .forbidden) }
        try check(declaration)
        if let refusal = try await yearRefusal(declaration.fiscalYear) { throw Failure.refused(refusal, .unprocessableEntity) }
        let declaration = try await withLastYear(declaration, unitCode: unitCode)
        do {
            return try await req.declarations.create(
                DeclarationState(unitCode: unitCode, declaration: declaration),
                by: user.displayName)
        } catch RepositoryError.duplicate(let existing) {
            throw Failure.duplicate(existing)
        }
    }

    /// Saves new content: the unit's editors, while draft or returned; unit, year, scope and project kept.
    func save(_ declaration: TargetDeclaration, to stored: StoredDeclaration, version: Int?, by user: UserAccount) async throws
        -> StoredDeclaration
    {
        guard user.mayEdit(unitCode: stored.state.unitCode) else { throw Failure.refused(WorkflowError.otherUnit.message, .forbidden) }
        guard Workflow.mayChangeContent(stored.state.status) else { throw Failure.refused(DeclarationText.locked, .conflict) }
        let old = stored.state.declaration
        guard declaration.scope == old.scope, declaration.fiscalYear == old.fiscalYear,
            (declaration.project ?? "") == (old.project ?? "")
        else { throw Failure.refused(DeclarationText.keyChanged, .unprocessableEntity) }
        try check(declaration)
        try await refuseClosedDraft(stored.state)
        var state = stored.state
        state.declaration = try await withLastYear(declaration, unitCode: stored.state.unitCode)
        return try await write(state, over: stored, version: version, by: user)
    }

    /// A workflow step; `rows` are the reviewer's verdicts (accept and return).
    func step(
        _ action: DeclarationAction, on stored: StoredDeclaration, reason: String?, rows: [Int: RowReview],
        version: Int?, by user: UserAccount
    ) async throws -> StoredDeclaration {
        let state = stored.state
        let status: EvaluationStatus
        switch DeclarationWorkflow.decide(action, from: state.status, by: user, unitCode: state.unitCode, reason: reason) {
        case .success(let next): status = next
        case .failure(let refusal):
            switch refusal {
            case .workflow(.wrongRole), .workflow(.otherUnit): throw Failure.refused(refusal.message, .forbidden)
            default: throw Failure.refused(refusal.message, .conflict)
            }
        }
        if action == .submit { try await refuseClosedDraft(state) }
        if action == .submit, try await req.declarationChecker().check(state.declaration).contains(where: { $0.severity == .error }) {
            throw Failure.refused(DeclarationText.submitBlocked, .unprocessableEntity)
        }
        let kept = rows.filter { $0.key >= 1 && $0.key <= state.declaration.rows.count }
        if action == .accept, let refusal = DeclarationWorkflow.acceptRefusal(kept) {
            throw Failure.refused(refusal, .conflict)
        }
        let next = DeclarationWorkflow.apply(action, to: state, status: status, reason: reason, rows: kept)
        return try await write(next, over: stored, version: version, by: user)
    }

    private func write(
        _ state: DeclarationState, over stored: StoredDeclaration, version: Int?,
        by user: UserAccount
    ) async throws -> StoredDeclaration {
        do {
            return try await req.declarations.update(
                id: stored.id, expectedVersion: version ?? stored.version, state: state,
                by: user.displayName,
                changes: DeclarationDiff.changes(from: stored.state, to: state))
        } catch RepositoryError.versionConflict(_, let current) {
            throw Failure.conflict(current)
        } catch RepositoryError.duplicate(let existing) {
            throw Failure.duplicate(existing)
        }
    }

    private func check(_ declaration: TargetDeclaration) throws {
        if declaration.scope == .project, (declaration.project ?? "").trimmedSpaces.isEmpty {
            throw Failure.invalid(["project": DeclarationText.projectRequired])
        }
        if declaration.rows.count > 200 { throw Failure.invalid(["targets": DeclarationText.rowsLimit]) }
        guard (2000...2100).contains(declaration.fiscalYear) else {
            throw Failure.invalid(["fiscalYear": BoundedInt.year.message])
        }
    }
}
