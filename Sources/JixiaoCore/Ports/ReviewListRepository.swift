/// Where the finance bureau's list is read: one page of `DashboardRow`s for a
/// `ReviewListFilter` and how many rows match (implemented in SQL in JixiaoStore).
public protocol ReviewListRepository: Sendable {
    /// The rows of the filter's page, in its order.
    func rows(_ filter: ReviewListFilter) async throws -> [DashboardRow]
    /// How many rows match, at most `ReviewListFilter.countLimit`.
    func count(_ filter: ReviewListFilter) async throws -> Int
}
