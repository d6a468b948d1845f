/// A monitoring round (绩效运行监控, cycle.md §3): one unit (or one of its projects) and
/// fiscal year, with budget execution and each declared target's progress up to `asOf`.
public struct MonitoringRound: Sendable, Hashable {
    /// 单位名称.
    public var unit: String
    public var fiscalYear: Int
    /// 项目名称 when a project is monitored; nil for the unit as a whole.
    public var project: String?
    /// The day the data run to (typically 07-31).
    public var asOf: CalendarDate
    public var budget: MonitoredBudget
    public var targets: [MonitoredTarget]

    public init(
        unit: String, fiscalYear: Int, project: String? = nil, asOf: CalendarDate,
        budget: MonitoredBudget, targets: [MonitoredTarget] = []
    ) {
        self.unit = unit
        self.fiscalYear = fiscalYear
        self.project = project
        self.asOf = asOf
        self.budget = budget
        self.targets = targets
    }

    /// m, the months of the fiscal year elapsed at `asOf`: the month of `asOf` (data to the
    /// end of July → 7); 0 before the year, 12 after it.
    public var months: Int {
        if asOf.year < fiscalYear { return 0 }
        if asOf.year > fiscalYear { return 12 }
        return Swift.min(Swift.max(asOf.month, 0), 12)
    }

    /// True when `asOf` is a real day inside the fiscal year.
    public var asOfInYear: Bool { asOf.isValid && asOf.year == fiscalYear }

    /// Who is monitored, for messages: the unit, and the project when there is one.
    public var subject: String { project.map { "\(unit)「\($0)」" } ?? unit }
}
