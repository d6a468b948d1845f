/// How a leaf is scored (`frameworks.md`, "Scoring rule kinds").
///
/// Values that are rates are fractions (1 = 100%); `per` of a threshold step is
/// in the same unit (0.01 = one percentage point).
public enum ScoringRule: Codable, Sendable, Hashable {
    /// 定量: full when the value meets `target` in `direction`, else proportional.
    /// `target` is a formula or a number; nil means the leaf's target comes from
    /// the evaluation (a project target).
    case proportional(direction: Direction, target: String?, inverse: InverseFormula?)
    /// Full within `standard` on `side`; beyond it deduct `deduct` points for every
    /// `per` (a started step counts when `partialSteps`), down to 0.
    case thresholdStep(
        standard: ExactDecimal, side: Direction, deduct: ExactDecimal, per: ExactDecimal,
        partialSteps: Bool)
    /// A lookup of ranges to scores; the first band that contains the value wins.
    case bands([Band])
    /// Named items each worth points; the unit ticks those it meets.
    case checklist([ChecklistItem])
    /// Start from the maximum and deduct `perBreach` for every breach, down to 0.
    case deductions(perBreach: ExactDecimal)
    /// 定性: an outcome and a score within its band.
    case qualitative
    /// A score entered by the evaluator, justified when below the maximum.
    case manual
}

/// One range of a `bands` rule. A nil end is open; `*Inclusive` says 含.
public struct Band: Codable, Sendable, Hashable {
    public var lower: ExactDecimal?
    public var lowerInclusive: Bool
    public var upper: ExactDecimal?
    public var upperInclusive: Bool
    public var score: ExactDecimal

    public init(
        lower: ExactDecimal? = nil, lowerInclusive: Bool = true, upper: ExactDecimal? = nil,
        upperInclusive: Bool = false, score: ExactDecimal
    ) {
        self.lower = lower
        self.lowerInclusive = lowerInclusive
        self.upper = upper
        self.upperInclusive = upperInclusive
        self.score = score
    }

    /// True when `value` lies in this band.
    public func contains(_ value: ExactDecimal) -> Bool {
        if let lower, lowerInclusive ? value < lower : value <= lower { return false }
        if let upper, upperInclusive ? value > upper : value >= upper { return false }
        return true
    }
}

/// One item of a checklist rule.
public struct ChecklistItem: Codable, Sendable, Hashable {
    public var name: String
    public var points: ExactDecimal

    public init(name: String, points: ExactDecimal) {
        self.name = name
        self.points = points
    }
}
