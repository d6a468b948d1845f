/// A fiscal year (年度) as the administrator manages it: whether units may file for it,
/// and the framework a new evaluation of each kind starts from.
public struct FiscalYear: Codable, Sendable, Hashable {
    public var year: Int
    /// True while new evaluations may be created for the year (填报中); false when closed.
    public var isOpen: Bool
    /// Default framework id per kind (`departmentWide`, `project`); a kind may have none.
    public var defaults: [EvaluationKind: String]

    public init(year: Int, isOpen: Bool = true, defaults: [EvaluationKind: String] = [:]) {
        self.year = year
        self.isOpen = isOpen
        self.defaults = defaults
    }

    /// The default framework of `kind`, if one is set.
    public func defaultFramework(_ kind: EvaluationKind) -> String? { defaults[kind] }

    /// 填报中 or 已关闭.
    public var stateLabel: String { isOpen ? "填报中" : "已关闭" }
}
