import JixiaoCore
import JixiaoStore
import Vapor

// The read lives beside the controllers: views take values and never import the store.
extension DashboardMonitoring {
    /// The year's latest submitted round per unit, lit under the year's thresholds.
    static func load(_ req: Request, year: Int) async throws -> DashboardMonitoring {
        let thresholds = try await req.yearSettings.thresholds(for: year)
        let rounds = try await ResultUseQuery(database: req.db).latestRounds(year: year)
        var result = DashboardMonitoring()
        for (_, state) in rounds.sorted(by: { $0.key < $1.key }) {
            let lit = RoundLights(state.round, thresholds: thresholds)
            if let overall = lit.overall { result.lights[overall, default: 0] += 1 }
            if let rate = lit.budgetRate {
                result.points.append(
                    Point(unit: state.round.unit, asOf: lit.asOf.iso, rate: rate, time: lit.timeProgress, light: lit.budget))
            }
        }
        return result
    }
}
