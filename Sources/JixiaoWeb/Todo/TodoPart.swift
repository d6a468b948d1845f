import Foundation

/// A group of the to-do page paged on its own (monitoring rounds, 整改 items): one page of
/// rows selected in the store, and how many there are in all, counted by the same filter as the
/// home page's count, so the heading and the home page agree however many there are.
struct TodoPart<Row: Sendable>: Sendable {
    var rows: [Row] = []
    var total = 0
    /// 1-based.
    var page = 1

    /// Rows per page (as the evaluations' groups).
    static var per: Int { TodoService.rowsPerGroup }

    /// The first row of `page` (pages past the last are empty, not an error).
    static func offset(page: Int) -> Int { (max(page, 1) - 1) * per }

    var pageCount: Int { max(1, (total + Self.per - 1) / Self.per) }
}

extension BoundedInt {
    /// The page of the to-do page's monitoring rounds.
    static let roundsPage = BoundedInt(field: "rounds-page", label: "运行监控表页码", range: 1...100_000)
    /// The page of the to-do page's 整改 items.
    static let rectificationsPage = BoundedInt(field: "rectifications-page", label: "整改事项页码", range: 1...100_000)
}
