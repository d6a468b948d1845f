import Foundation
import JixiaoCore
import Vapor

/// The one way a monitoring round is created, changed or moved through its review, for the pages
/// and the API alike: scope, the lock rules, the workflow rules, versions and history.
struct MonitoringService {
    let req: Request

    /// Values that could not be used are named by field (`asOf`, `declaration`, `targets.0.actual` …).
    typealias Failure = DocumentFailure<RoundText>

    /// The round `id` when `user` may read it; 404 otherwise (outside the scope too).
    func readable(_ id: String?, by user: UserAccount) async throws -> StoredMonitoringRound {
        guard let id, let stored = try await req.monitoringRounds.find(id: id), user.mayRead(unitCode: stored.state.unitCode)
        else { throw Abort(.notFound, reason: RoundText.notFound) }
        return stored
    }

    /// A new round of the accepted declaration `declarationID` at `asOf` (one of the year's dates).
    func create(declarationID: String, asOf text: String, by user: UserAccount) async throws -> StoredMonitoringRound {
        guard let declaration = try await req.declarations.find(id: declarationID),
            user.mayRead(unitCode: declaration.state.unitCode)
        else { throw Failure.invalid(["declaration": RoundText.declarationNotFound]) }
        guard user.mayEdit(unitCode: declaration.state.unitCode) else {
            throw Failure.refused(RoundText.refusal(.otherUnit), .forbidden)
        }
        let year = declaration.state.inForce?.fiscalYear ?? declaration.state.declaration.fiscalYear
        let asOf: CalendarDate
        switch MonitoringStart.date(text, fiscalYear: year) {
        case .success(let date): asOf = date
        case .failure(let refusal): throw Failure.invalid(["asOf": refusal.message])
        }
        let earlier = try await req.monitoringRounds.list(unitCode: declaration.state.unitCode, fiscalYear: year, limit: 1000)
            .filter { $0.state.declarationID == declarationID && $0.state.round.asOf < asOf }
            .max { $0.state.round.asOf < $1.state.round.asOf }
        let dates = try await req.monitoringRounds.dates(fiscalYear: year)
        switch MonitoringStart.round(
            from: declaration.state, declarationID: declarationID, asOf: asOf, dates: dates, earlier: earlier?.state.round)
        {
        case .failure(.notAccepted): throw Failure.invalid(["declaration": MonitoringStartRefusal.notAccepted.message])
        case .failure(let refusal): throw Failure.invalid(["asOf": refusal.message])
        case .success(let state):
            do {
                return try await req.monitoringRounds.create(state, by: user.displayName)
            } catch RepositoryError.duplicate(let existing) {
                throw Failure.duplicate(existing)
            }
        }
    }

    /// Saves new content: the unit's editors, while draft or returned; unit, year, project and date kept.
    func save(_ round: MonitoringRound, to stored: StoredMonitoringRound, version: Int?, by user: UserAccount) async throws
        -> StoredMonitoringRound
    {
        guard user.mayEdit(unitCode: stored.state.unitCode) else { throw Failure.refused(RoundText.refusal(.otherUnit), .forbidden) }
        guard Workflow.mayChangeContent(stored.state.status) else { throw Failure.refused(RoundText.locked, .conflict) }
        let old = stored.state.round
        guard round.fiscalYear == old.fiscalYear, round.asOf == old.asOf, (round.project ?? "") == (old.project ?? "") else {
            throw Failure.refused(RoundText.keyChanged, .unprocessableEntity)
        }
        var state = stored.state
        state.round = round
        state.round.unit = old.unit
        return try await write(state, over: stored, version: version, by: user)
    }

    /// A workflow step (提交, 部门审核通过/退回, 财政审核通过/退回); `reason` for a return or an approval's comment.
    func step(_ action: WorkflowAction, on stored: StoredMonitoringRound, reason: String?, version: Int?, by user: UserAccount)
        async throws -> StoredMonitoringRound
    {
        guard RoundText.actions.contains(action) else {
            throw Failure.refused(RoundText.refusal(.notAllowed(action, stored.state.status)), .conflict)
        }
        var state = stored.state
        switch Workflow.decide(action, from: state.status, by: user, unitCode: state.unitCode, reason: reason) {
        case .success(let next): state.status = next
        case .failure(let error):
            switch error {
            case .wrongRole, .otherUnit: throw Failure.refused(RoundText.refusal(error), .forbidden)
            default: throw Failure.refused(RoundText.refusal(error), .conflict)
            }
        }
        if action == .submit, try await req.roundAnalysis(stored.state).hasErrors {
            throw Failure.refused(RoundText.submitBlocked, .unprocessableEntity)
        }
        let text = reason?.trimmedSpaces
        if action.returnsToUnit { state.review.returnReason = text }
        if action == .approve || action == .accept { state.review.comment = (text ?? "").isEmpty ? nil : text }
        return try await write(state, over: stored, version: version, by: user)
    }

    private func write(_ state: MonitoringRoundState, over stored: StoredMonitoringRound, version: Int?, by user: UserAccount)
        async throws -> StoredMonitoringRound
    {
        do {
            return try await req.monitoringRounds.update(
                id: stored.id, expectedVersion: version ?? stored.version, state: state, by: user.displayName,
                changes: MonitoringDiff.changes(from: stored.state, to: state))
        } catch RepositoryError.versionConflict(_, let current) {
            throw Failure.conflict(current)
        } catch RepositoryError.duplicate(let existing) {
            throw Failure.duplicate(existing)
        }
    }
}
