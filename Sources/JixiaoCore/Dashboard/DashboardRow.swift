/// The numbers of one evaluation the dashboard and the review queue need, read from
/// the indexed columns and a few paths of the JSON document (never the whole document).
public struct DashboardRow: Sendable, Hashable {
    public var id: String
    public var unitCode: String
    public var unitName: String
    public var kind: EvaluationKind
    public var status: EvaluationStatus
    public var title: String
    /// Computed total.
    public var total: ExactDecimal?
    public var grade: Grade?
    public var errorCount: Int
    public var warningCount: Int
    /// 自评得分 stated by the unit.
    public var statedTotal: ExactDecimal?
    /// 全年预算数 and 全年执行数, for the execution rate.
    public var budgetAdjusted: ExactDecimal?
    public var budgetExecuted: ExactDecimal?
    /// 预算执行率 as the store keeps it (computed from the two figures when it was saved), where the
    /// figures themselves were not read; `executionRate` prefers it.
    public var storedRate: ExactDecimal?

    public init(
        id: String, unitCode: String, unitName: String, kind: EvaluationKind, status: EvaluationStatus,
        title: String, total: ExactDecimal?, grade: Grade?, errorCount: Int, warningCount: Int,
        statedTotal: ExactDecimal?, budgetAdjusted: ExactDecimal?, budgetExecuted: ExactDecimal?,
        storedRate: ExactDecimal? = nil
    ) {
        self.id = id
        self.unitCode = unitCode
        self.unitName = unitName
        self.kind = kind
        self.status = status
        self.title = title
        self.total = total
        self.grade = grade
        self.errorCount = errorCount
        self.warningCount = warningCount
        self.statedTotal = statedTotal
        self.budgetAdjusted = budgetAdjusted
        self.budgetExecuted = budgetExecuted
        self.storedRate = storedRate
    }

    /// 预算执行率 = 全年执行数 / 全年预算数, nil when either is missing or the budget is zero.
    public var executionRate: ExactDecimal? {
        storedRate ?? Self.executionRate(budgetAdjusted: budgetAdjusted, budgetExecuted: budgetExecuted)
    }

    /// 预算执行率 of two figures (the stored columns of migration 024 are computed with it).
    public static func executionRate(budgetAdjusted: ExactDecimal?, budgetExecuted: ExactDecimal?) -> ExactDecimal? {
        guard let budgetAdjusted, let budgetExecuted else { return nil }
        return budgetExecuted.divided(by: budgetAdjusted)
    }

    /// Self-score minus computed score (positive: the unit scored itself higher).
    public var selfScoreGap: ExactDecimal? {
        guard let statedTotal, let total else { return nil }
        return statedTotal - total
    }
}
