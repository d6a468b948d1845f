/// One self-evaluation (自评) of one unit for one fiscal year: the figures, the
/// targets, the evaluator's inputs per indicator, and the narrative.
///
/// Scores are never stored here: they are computed from this value by the
/// scoring engine against the framework named by `frameworkID`.
public struct Evaluation: Codable, Sendable, Hashable {
    /// Stable id (assigned by the store; free text in files).
    public var id: String?
    public var kind: EvaluationKind
    public var unit: Unit
    /// 年度, e.g. 2023.
    public var fiscalYear: Int
    /// Id of the framework it is scored against, e.g. `guangdong-county-department`.
    public var frameworkID: String
    public var status: EvaluationStatus
    /// 填报人, 联系电话, 填报日期.
    public var filing: Filing
    /// For project evaluations: the project's name and owners.
    public var project: ProjectInfo?
    /// Entered figures by name (see `FigureCatalog`); money in 万元.
    public var figures: Figures
    /// Declared targets and their outcomes.
    public var targets: [Target]
    /// What the evaluator says per framework indicator (self-score, checklist, outcome, note).
    public var indicators: [String: IndicatorInput]
    /// The report's narrative sections, in order.
    public var narrative: [NarrativeSection]
    /// Self-assessed total stated by the unit (自评得分), if any.
    public var statedTotal: ExactDecimal?
    /// The finance bureau's review (财政复核得分, return reason); nil until it reviews.
    public var review: Review?

    public init(
        id: String? = nil, kind: EvaluationKind, unit: Unit, fiscalYear: Int,
        frameworkID: String, status: EvaluationStatus = .draft, filing: Filing = Filing(),
        project: ProjectInfo? = nil, figures: Figures = Figures(), targets: [Target] = [],
        indicators: [String: IndicatorInput] = [:], narrative: [NarrativeSection] = [],
        statedTotal: ExactDecimal? = nil, review: Review? = nil
    ) {
        self.id = id
        self.kind = kind
        self.unit = unit
        self.fiscalYear = fiscalYear
        self.frameworkID = frameworkID
        self.status = status
        self.filing = filing
        self.project = project
        self.figures = figures
        self.targets = targets
        self.indicators = indicators
        self.narrative = narrative
        self.statedTotal = statedTotal
        self.review = review
    }
}

/// Who filed the evaluation and when.
public struct Filing: Codable, Sendable, Hashable {
    /// 填报人.
    public var filedBy: String?
    /// 联系电话.
    public var phone: String?
    /// 填报日期 as an ISO date (2024-04-15).
    public var filedOn: String?

    public init(filedBy: String? = nil, phone: String? = nil, filedOn: String? = nil) {
        self.filedBy = filedBy
        self.phone = phone
        self.filedOn = filedOn
    }
}

/// The header of a project self-evaluation table.
public struct ProjectInfo: Codable, Sendable, Hashable {
    /// 项目名称.
    public var name: String
    /// 主管部门.
    public var department: String?
    /// 实施单位.
    public var implementer: String?
    /// 年度总体目标 (预期目标).
    public var overallGoal: String?
    /// 实际完成情况.
    public var overallOutcome: String?

    public init(
        name: String, department: String? = nil, implementer: String? = nil,
        overallGoal: String? = nil, overallOutcome: String? = nil
    ) {
        self.name = name
        self.department = department
        self.implementer = implementer
        self.overallGoal = overallGoal
        self.overallOutcome = overallOutcome
    }
}

/// One section of the report narrative (e.g. 部门职能, 存在问题及改进意见).
public struct NarrativeSection: Codable, Sendable, Hashable {
    /// Section key from `ReportSection` (e.g. `functions`), or a free key.
    public var key: String
    /// Heading as shown.
    public var title: String
    /// The unit's text; empty means not written yet.
    public var text: String

    public init(key: String, title: String, text: String) {
        self.key = key
        self.title = title
        self.text = text
    }
}
