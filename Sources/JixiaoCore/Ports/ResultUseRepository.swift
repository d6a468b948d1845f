/// Where the use of results (结果应用) and the dashboard read the monitoring and rectification
/// side of a year: one query each, whatever the number of units (`ResultUseQuery` in JixiaoStore).
public protocol ResultUseRepository: Sendable {
    /// Per unit code, the latest round (by `asOf`) of the unit as a whole in `year`; draft
    /// rounds are left out (their figures are not reported yet).
    func latestRounds(year: Int) async throws -> [String: MonitoringRoundState]
    /// Per unit code, the rectifications of `year` not closed yet (待整改 and 已答复).
    func openRectifications(year: Int) async throws -> [String: Int]
}
