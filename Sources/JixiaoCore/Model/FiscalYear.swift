/// A fiscal year (年度) as the administrator manages it: whether units may file for it,
/// the framework a new evaluation of each kind starts from, and its filing deadline.
public struct FiscalYear: Codable, Sendable, Hashable {
    public var year: Int
    /// True while new evaluations may be created for the year (填报中); false when closed.
    public var isOpen: Bool
    /// Default framework id per kind (`departmentWide`, `project`); a kind may have none.
    public var defaults: [EvaluationKind: String]
    /// 填报截止日期: the last day units should file for the year; nil when none is set.
    public var deadline: CalendarDate?

    public init(
        year: Int, isOpen: Bool = true, defaults: [EvaluationKind: String] = [:],
        deadline: CalendarDate? = nil
    ) {
        self.year = year
        self.isOpen = isOpen
        self.defaults = defaults
        self.deadline = deadline
    }

    /// The default framework of `kind`, if one is set.
    public func defaultFramework(_ kind: EvaluationKind) -> String? { defaults[kind] }

    /// 填报中 or 已关闭.
    public var stateLabel: String { isOpen ? "填报中" : "已关闭" }
}
