/// One declared target in a monitoring round: the declared `Target` (name, levels, direction,
/// target value and unit, copied from the declaration) with its actual up to `asOf`
/// (`target.actualValue`, or for 定性 `target.outcome` and `target.actualText`) and what
/// the monitoring table adds.
public struct MonitoredTarget: Codable, Sendable, Hashable {
    public var target: Target
    /// True when the actual accumulates over the year (counts, amounts): it is compared
    /// with the part of the target the elapsed months stand for.
    public var cumulative: Bool
    /// 全年预计完成值 (a number, or text for 定性).
    public var expectedYearEndValue: ExactDecimal?
    public var expectedYearEndText: String?
    /// 全年完成目标可能性.
    public var likelihood: Likelihood?
    /// 偏差原因 (经费保障 制度保障 人员保障 硬件保障 其他 …).
    public var deviationReason: String?
    /// 纠偏措施.
    public var measures: String?

    public init(
        target: Target, cumulative: Bool = false, expectedYearEndValue: ExactDecimal? = nil,
        expectedYearEndText: String? = nil, likelihood: Likelihood? = nil,
        deviationReason: String? = nil, measures: String? = nil
    ) {
        self.target = target
        self.cumulative = cumulative
        self.expectedYearEndValue = expectedYearEndValue
        self.expectedYearEndText = expectedYearEndText
        self.likelihood = likelihood
        self.deviationReason = deviationReason
        self.measures = measures
    }

    /// 三级指标 name.
    public var name: String { target.name }
}

/// 预算执行 of a monitoring round, in 万元.
public struct MonitoredBudget: Codable, Sendable, Hashable {
    /// 年度预算数.
    public var annual: ExactDecimal
    /// 截至 asOf 已执行数.
    public var executed: ExactDecimal
    /// 全年预计执行数.
    public var expectedYearEnd: ExactDecimal?

    public init(annual: ExactDecimal, executed: ExactDecimal, expectedYearEnd: ExactDecimal? = nil) {
        self.annual = annual
        self.executed = executed
        self.expectedYearEnd = expectedYearEnd
    }
}
