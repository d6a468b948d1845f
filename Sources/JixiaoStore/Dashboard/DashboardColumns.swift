import JixiaoCore

/// The dashboard's numbers of one evaluation as whole units of 10⁻⁹ in integer columns
/// (`score_units`, `rate_units`, migration 024), so that SQL sums them exactly. A value beyond
/// ±`limit` is not stored: the row is marked `dashboard_spill` and the dashboard reads it whole
/// (so no sum over a year's rows can overflow a 64-bit integer).
struct DashboardColumns: Equatable {
    /// 1,000 (a score or a rate of 100,000 %) in units.
    static let limit: Int128 = 1_000 * ExactDecimal.one.units

    var scoreUnits: Int64?
    var rateUnits: Int64?
    var spill: Int
    /// The self-score (自评得分) as exact decimal text (`stated_total`, migration 028), for the per-unit chart.
    var statedTotal: String?

    init(
        total: ExactDecimal?, budgetAdjusted: ExactDecimal?, budgetExecuted: ExactDecimal?, statedTotal: ExactDecimal? = nil
    ) {
        let rate = DashboardRow.executionRate(budgetAdjusted: budgetAdjusted, budgetExecuted: budgetExecuted)
        func fitting(_ value: ExactDecimal?) -> Int64? {
            guard let units = value?.units, units.magnitude <= Self.limit.magnitude else { return nil }
            return Int64(units)
        }
        scoreUnits = fitting(total)
        rateUnits = fitting(rate)
        spill = (total != nil && scoreUnits == nil) || (rate != nil && rateUnits == nil) ? 1 : 0
        self.statedTotal = statedTotal?.description
    }

    init(_ evaluation: Evaluation, total: ExactDecimal?) {
        self.init(
            total: total, budgetAdjusted: evaluation.figures["budgetAdjusted"],
            budgetExecuted: evaluation.figures["budgetExecuted"], statedTotal: evaluation.statedTotal)
    }
}
