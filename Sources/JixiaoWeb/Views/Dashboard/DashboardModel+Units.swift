import JixiaoCore

extension DashboardModel {
    /// The per-unit charts draw every unit up to this many; past it only the extremes (the highest
    /// and lowest rates, the largest gaps) with a link to every unit's table (`DashboardUnitsPage`):
    /// a province's 10,000 units made several MB of HTML on every request.
    static let unitsShown = 50
}
