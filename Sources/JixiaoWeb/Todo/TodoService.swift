import Foundation
import JixiaoCore
import Vapor

/// Builds the to-do list of the signed-in user from the database (counts from the count
/// tables, rows from the list query, deadlines from the fiscal years): nothing is cached, so
/// every process shows the same.
struct TodoService {
    let req: Request
    /// Rows shown per group on the to-do page.
    static let rowsPerGroup = 100

    /// The whole list (`/todo`).
    func list(for user: UserAccount) async throws -> TodoList {
        let scope = Self.scope(user)
        let counts = try await req.evaluations.counts(EvaluationFilter(unitCodes: scope))
        let groups = try await TodoList.groups(for: user.role, counts: counts) { status in
            try await req.evaluations.list(EvaluationFilter(unitCodes: scope, status: status, limit: Self.rowsPerGroup))
        }
        return try await finish(groups, counts: counts, years: try await req.fiscalYears.all(), user: user)
    }

    /// The home page's short version from the facts the list page read (`ListPageFacts`: its
    /// counts, the fiscal years, and the rounds and 整改 items counted in SQL as `/todo` lists them,
    /// `roundsToAct` and `RectificationService.pending`, without reading their documents).
    func summary(for user: UserAccount, facts: ListPageFacts) async throws -> TodoList {
        let groups = await TodoList.groups(for: user.role, counts: facts.counts) { _ in [] }
        var list = try await finish(groups, counts: facts.counts, years: facts.years, user: user)
        list.monitoringRounds = facts.roundCounts.values.reduce(0, +)
        list.rectifications = facts.rectifications
        return list
    }

    /// The home page's `ListPageFacts` for `user`, with the page of rows `rows` when given.
    func facts(for user: UserAccount, rows: EvaluationFilter? = nil) async throws -> ListPageFacts {
        try await req.listPageFacts.facts(
            unitCodes: Self.scope(user), roundStatuses: Self.roundStatuses(for: user),
            rectificationStatuses: RectificationService.pendingStatuses, rows: rows)
    }

    /// The statuses of the monitoring rounds `user` acts on (`Request.roundsToAct`). A round in the
    /// user's scope is of their own unit or needs no own-unit rule (`Workflow.rules`: the finance
    /// bureau's rules need none, an administrator passes them), so the status alone decides.
    static func roundStatuses(for user: UserAccount) -> [EvaluationStatus] {
        Todo.statuses(for: user.role).filter { status in
            Workflow.actions(for: user, status: status, unitCode: user.unitCode).contains(where: RoundText.actions.contains)
        }
    }

    private func finish(
        _ groups: [TodoList.Group], counts: [StatusCount], years: [FiscalYear], user: UserAccount
    ) async throws -> TodoList {
        let deadlines = Deadlines(years: years)
        let mine = Set(Todo.statuses(for: user.role))
        let overdue = deadlines.overdueCount(counts.filter { mine.contains($0.status) })
        return TodoList(
            groups: groups, deadlines: deadlines, overdue: overdue,
            copyable: try await copyable(for: user, openYears: Set(years.filter(\.isOpen).map(\.year))))
    }

    /// Last year's evaluations of the filer's unit with no counterpart in an open year yet.
    private func copyable(for user: UserAccount, openYears: Set<Int>) async throws -> [EvaluationSummary] {
        guard user.role == .filer, !openYears.isEmpty else { return [] }
        let years = openYears.flatMap { [$0, $0 - 1] }
        var rows: [EvaluationSummary] = []
        for year in Set(years) {
            rows += try await req.evaluations.list(
                EvaluationFilter(
                    unitCodes: [user.unitCode], fiscalYear: year,
                    limit: ListPage.maxPer))
        }
        return CarryForward.candidates(rows, openYears: openYears)
    }

    /// The units whose evaluations the user sees (nil: all).
    static func scope(_ user: UserAccount) -> [String]? { user.role.seesAllUnits ? nil : [user.unitCode] }
}

extension Request {
    var todo: TodoService { TodoService(req: self) }
}
