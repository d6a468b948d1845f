import Foundation
import JixiaoCore

/// What the signed-in user has to act on (待办): one group per status of `Todo.duties`,
/// with the count over the user's scope and the first rows, plus last year's evaluations
/// a filer can copy into an open year.
struct TodoList: Sendable {
    struct Group: Sendable {
        var status: EvaluationStatus
        var count: Int
        var rows: [EvaluationSummary]
        var title: String { Todo.title(status) }
    }

    var groups: [Group]
    var deadlines: Deadlines
    /// Rows of `groups` and counts that are overdue.
    var overdue: Int
    /// Last year's evaluations the user may copy into this year (filers only).
    var copyable: [EvaluationSummary]
    /// Monitoring rounds and 整改 items to act on, counted as the to-do page lists them
    /// (`roundsToAct`, `RectificationService.pending`); the home page's summary sets them.
    var monitoringRounds = 0
    var rectifications = 0

    var total: Int { groups.reduce(0) { $0 + $1.count } + monitoringRounds + rectifications }

    /// The to-do groups of `role` from `counts` (by year and status, over the user's scope);
    /// `rows` gives each group's first rows (empty for the home page's short version).
    static func groups(
        for role: Role, counts: [StatusCount],
        rows: (EvaluationStatus) async throws -> [EvaluationSummary]
    ) async rethrows -> [Group] {
        var groups: [Group] = []
        for status in Todo.statuses(for: role) {
            let count = counts.filter { $0.status == status }.reduce(0) { $0 + $1.count }
            groups.append(Group(status: status, count: count, rows: count == 0 ? [] : try await rows(status)))
        }
        return groups
    }
}
