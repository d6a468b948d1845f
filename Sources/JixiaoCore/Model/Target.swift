/// A declared performance target (绩效目标) with its actual outcome.
///
/// For project evaluations the targets are the leaves of the 产出/效益/满意度
/// part of the framework; for department-wide evaluations they describe the
/// year's targets and feed 绩效指标明确性 and the checks.
public struct Target: Codable, Sendable, Hashable {
    /// Stable id within the evaluation (defaults to `name`).
    public var id: String
    /// 一级指标 / 二级指标 (e.g. ["产出指标", "数量指标"]).
    public var levels: [String]
    /// 三级指标 name, e.g. 办件量.
    public var name: String
    public var direction: Direction
    /// 年度指标值; nil for qualitative targets or when not stated.
    public var targetValue: ExactDecimal?
    /// Text of a qualitative target (e.g. 有效提升).
    public var targetText: String?
    /// 度量单位, e.g. 件, %, 万元.
    public var unit: String?
    /// 实际完成值.
    public var actualValue: ExactDecimal?
    /// Text of a qualitative outcome.
    public var actualText: String?
    /// 分值 of this leaf when it is scored (project evaluations).
    public var maxScore: ExactDecimal?
    /// For qualitative targets: the evaluator's outcome choice.
    public var outcome: QualitativeOutcome?
    /// 偏差原因分析及改进措施.
    public var deviationNote: String?

    public init(
        id: String? = nil, levels: [String] = [], name: String, direction: Direction,
        targetValue: ExactDecimal? = nil, targetText: String? = nil, unit: String? = nil,
        actualValue: ExactDecimal? = nil, actualText: String? = nil,
        maxScore: ExactDecimal? = nil, outcome: QualitativeOutcome? = nil,
        deviationNote: String? = nil
    ) {
        self.id = id ?? name
        self.levels = levels
        self.name = name
        self.direction = direction
        self.targetValue = targetValue
        self.targetText = targetText
        self.unit = unit
        self.actualValue = actualValue
        self.actualText = actualText
        self.maxScore = maxScore
        self.outcome = outcome
        self.deviationNote = deviationNote
    }
}

/// The three outcomes of a qualitative (定性) indicator and their score bands.
public enum QualitativeOutcome: String, Codable, Sendable, CaseIterable {
    /// 达成年度指标: [80%, 100%] of the maximum.
    case achieved
    /// 部分达成年度指标并具有一定效果: [60%, 80%).
    case partlyAchieved
    /// 未达成年度指标且效果较差: [0, 60%).
    case notAchieved

    public var label: String {
        switch self {
        case .achieved: return "达成年度指标"
        case .partlyAchieved: return "部分达成年度指标并具有一定效果"
        case .notAchieved: return "未达成年度指标且效果较差"
        }
    }
}
