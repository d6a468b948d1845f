/// An indicator framework (指标体系): a tree of indicators with maxima and
/// scoring rules, loaded from data (YAML/JSON/CSV), never hard-coded.
public struct Framework: Codable, Sendable, Hashable {
    /// Stable id, e.g. `guangdong-county-department`.
    public var id: String
    /// Chinese title.
    public var title: String
    public var kind: EvaluationKind
    /// Region it applies to (e.g. 广东省, 全国).
    public var region: String
    /// First fiscal year it applies to.
    public var year: Int
    /// Document number or URL it comes from.
    public var source: String
    /// The framework's total, normally 100.
    public var total: ExactDecimal
    /// Open choices (反向 formula, execution-rate denominator, …).
    public var parameters: FrameworkParameters
    /// Top-level (一级) indicators.
    public var indicators: [Indicator]

    public init(
        id: String, title: String, kind: EvaluationKind, region: String, year: Int,
        source: String, total: ExactDecimal = 100,
        parameters: FrameworkParameters = FrameworkParameters(), indicators: [Indicator]
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.region = region
        self.year = year
        self.source = source
        self.total = total
        self.parameters = parameters
        self.indicators = indicators
    }
}

/// The framework-level choices that `frameworks.md` leaves open.
public struct FrameworkParameters: Codable, Sendable, Hashable {
    /// Formula for 反向 (≤, ＜) proportional scoring when actual exceeds target.
    public var inverseFormula: InverseFormula
    /// Figure used as the denominator of 预算执行率 (default `budgetAdjusted`, 全年预算数).
    public var executionDenominator: String
    /// Ratio of a 正向 target at or above which a 偏差原因 is required (default 1.3).
    public var overshootExplanationRatio: ExactDecimal
    /// Whether results far above target lose points (default false).
    public var penaliseOvershoot: Bool

    public init(
        inverseFormula: InverseFormula = .ratio, executionDenominator: String = "budgetAdjusted",
        overshootExplanationRatio: ExactDecimal = ExactDecimal(units: 1_300_000_000),
        penaliseOvershoot: Bool = false
    ) {
        self.inverseFormula = inverseFormula
        self.executionDenominator = executionDenominator
        self.overshootExplanationRatio = overshootExplanationRatio
        self.penaliseOvershoot = penaliseOvershoot
    }
}

/// The two 反向 formulas found in use.
public enum InverseFormula: String, Codable, Sendable, CaseIterable {
    /// target / actual × max.
    case ratio
    /// (1 − (actual − target) / target) × max, 0 at twice the target.
    case linear
}
