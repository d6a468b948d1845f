import Foundation
import JixiaoCore
import Vapor

/// The one create and step of rectifications for pages and the API: roles and scope
/// (`RectificationRules`, `UserAccount.mayRead`), the subject looked up (its unit and year are
/// taken from it, never typed), bounds and dates, the version read.
struct RectificationService {
    let req: Request

    /// A new item as posted: the subject by kind and id, a round's target row, requirement and deadline.
    struct Command: Content, Sendable {
        var kind: String
        var subject: String
        var target: Int?
        var requirement: String
        var deadline: String
    }

    enum Failure: Error {
        case refused(RectificationRefusal)
        case notFound
        case conflict(current: Int)
    }

    /// Raises an item as `user` (the bureau), `today` in UTC+8.
    func raise(_ command: Command, by user: UserAccount, today: CalendarDate = Deadlines.today()) async throws -> StoredRectification {
        guard RectificationRules.mayRaise(user) else {
            throw Failure.refused(
                RectificationRefusal(field: "status", message: RectificationMessages.notAllowed(.raise, status: .open)))
        }
        guard let kind = RectificationSubject.Kind(rawValue: command.kind) else {
            throw Failure.refused(RectificationRefusal(field: "kind", message: RectificationMessages.subjectKindUnknown))
        }
        guard let found = try await RectificationSubjects(req: req).find(kind, id: command.subject, target: command.target),
            user.mayRead(unitCode: found.unitCode)
        else { throw Failure.notFound }
        do {
            let requirement = try RectificationRules.requirement(command.requirement)
            let deadline = try RectificationRules.deadline(command.deadline, fiscalYear: found.fiscalYear, today: today)
            let subject = try found.subject()
            return try await req.rectifications.create(
                Rectification(
                    subject: subject, unitCode: found.unitCode, unitName: found.unitName, fiscalYear: found.fiscalYear,
                    requirement: requirement, deadline: deadline, raisedBy: user.displayName, raisedAt: Date()))
        } catch let refusal as RectificationRefusal {
            throw Failure.refused(refusal)
        }
    }

    /// The item `id` when `user` may read it (its unit in scope), else nil.
    func readable(_ id: String, by user: UserAccount) async throws -> StoredRectification? {
        guard let stored = try await req.rectifications.find(id: id), user.mayRead(unitCode: stored.item.unitCode) else { return nil }
        return stored
    }

    /// Takes `action` on item `id` at `version` (nil: the current one).
    func step(
        _ id: String, _ action: RectificationAction, text: String?, version: Int?, by user: UserAccount
    ) async throws -> StoredRectification {
        guard let stored = try await readable(id, by: user) else { throw Failure.notFound }
        do {
            let next = try stored.item.applying(action, text: text, by: user, at: Date())
            return try await req.rectifications.update(id: id, expectedVersion: version ?? stored.version, item: next)
        } catch let refusal as RectificationRefusal {
            throw Failure.refused(refusal)
        } catch RepositoryError.versionConflict(_, let current) {
            throw Failure.conflict(current: current)
        }
    }

    /// The items in `user`'s scope matching `filter` (its units narrowed to the user's own).
    func list(_ filter: RectificationFilter, for user: UserAccount) async throws -> [StoredRectification] {
        var filter = filter
        if !user.role.seesAllUnits {
            filter.unitCodes = (filter.unitCodes ?? [user.unitCode]).filter { $0 == user.unitCode }
        }
        return try await req.rectifications.list(filter)
    }

    /// What waits on `user`'s side and the other's: every item not closed in scope, page `page`
    /// (earliest deadline first), with how many there are and how many are overdue, counted in SQL.
    func pending(for user: UserAccount, page: Int = 1, today: CalendarDate) async throws -> (
        part: TodoPart<StoredRectification>, overdue: Int
    ) {
        let unit = user.role.seesAllUnits ? nil : user.unitCode
        let total = try await req.todoCounts.rectificationCount(unitCode: unit, statuses: Self.pendingStatuses)
        guard total > 0 else { return (TodoPart(page: page), 0) }
        let filter = RectificationFilter(
            statuses: Self.pendingStatuses, limit: TodoPart<StoredRectification>.per,
            offset: TodoPart<StoredRectification>.offset(page: page))
        let rows = try await list(filter, for: user)
        let overdue = try await req.todoCounts.overdueRectificationCount(unitCode: unit, today: today)
        return (TodoPart(rows: rows, total: total, page: page), overdue)
    }

    /// The statuses of the items still to act on (`/todo`, the home page's count).
    static let pendingStatuses: [RectificationStatus] = [.open, .answered]
}
