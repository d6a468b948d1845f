/// A performance target declaration (绩效目标申报表, cycle.md §1): the department-wide
/// table of a unit and year (部门整体绩效目标表) or the table of one project
/// (项目支出绩效目标申报表). Its rows are the `Target`s the self-evaluation judges later.
public struct TargetDeclaration: Codable, Sendable, Hashable {
    public var scope: DeclarationScope
    /// 单位名称.
    public var unit: String
    public var fiscalYear: Int
    /// 项目名称 (`scope: project` only).
    public var project: String?
    /// 项目属性: 新增 | 延续 (audit practice also uses 经常性 | 一次性).
    public var projectAttribute: String?
    /// 行业 (e.g. 政务服务): selects the indicators the library marks as required.
    public var sector: String?
    /// 实施期.
    public var period: DeclarationPeriod?
    /// 资金情况 in 万元.
    public var funds: DeclaredFunds?
    /// 总体目标.
    public var overallGoal: String?
    /// 年度目标.
    public var annualGoal: String?
    /// 绩效指标, in the order of the table.
    public var rows: [DeclaredRow]
    /// Last year's actual values by indicator name (`targets.regression`).
    public var previous: [PreviousActual]

    public init(
        scope: DeclarationScope, unit: String, fiscalYear: Int, project: String? = nil,
        projectAttribute: String? = nil, sector: String? = nil, period: DeclarationPeriod? = nil,
        funds: DeclaredFunds? = nil, overallGoal: String? = nil, annualGoal: String? = nil,
        rows: [DeclaredRow] = [], previous: [PreviousActual] = []
    ) {
        self.scope = scope
        self.unit = unit
        self.fiscalYear = fiscalYear
        self.project = project
        self.projectAttribute = projectAttribute
        self.sector = sector
        self.period = period
        self.funds = funds
        self.overallGoal = overallGoal
        self.annualGoal = annualGoal
        self.rows = rows
        self.previous = previous
    }

    /// The targets the self-evaluation starts with.
    public var targets: [Target] { rows.map(\.target) }
}

/// Whose targets a declaration holds.
public enum DeclarationScope: String, Codable, Sendable, CaseIterable {
    case department, project

    /// The table's Chinese name.
    public var label: String {
        self == .department ? "部门整体绩效目标表" : "项目支出绩效目标申报表"
    }
}

/// One row of the indicator table: the shared `Target` plus what only a declaration carries.
public struct DeclaredRow: Codable, Sendable, Hashable {
    public var target: Target
    /// False when the row gave no 指标性质 (then `target.direction` is only a stand-in).
    public var directionStated: Bool
    /// 指标解释 / 指标值说明.
    public var explanation: String?
    /// 评（扣）分标准.
    public var standard: String?

    public init(target: Target, directionStated: Bool = true, explanation: String? = nil, standard: String? = nil) {
        self.target = target
        self.directionStated = directionStated
        self.explanation = explanation
        self.standard = standard
    }
}

/// 实施期: first and last day.
public struct DeclarationPeriod: Codable, Sendable, Hashable {
    public var start: CalendarDate
    public var end: CalendarDate

    public init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }
}

/// Last year's actual value of one indicator.
public struct PreviousActual: Codable, Sendable, Hashable {
    public var name: String
    public var value: ExactDecimal

    public init(name: String, value: ExactDecimal) {
        self.name = name
        self.value = value
    }
}
