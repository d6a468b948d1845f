/// What one rule says about one leaf, before the scorer clamps, rounds and
/// compares it with the unit's self-score.
struct RuleOutcome: Sendable {
    /// The score before clamping and rounding; nil when it cannot be computed.
    var score: ExactDecimal?
    /// How it was obtained, with the numbers (when `score` is not nil).
    var explanation: Explanation
    /// Why it cannot be computed (`缺少数据“编制数”`), when `score` is nil.
    var reason: String?
    /// When `score` is nil: the field whose absence prevents it (`indicators.x.selfScore`).
    var missingField: String?
    /// Problems the rule found in the inputs (`indicator.invalid` …).
    var findings: [Finding] = []
    /// True when the score is the unit's own judgement (manual, qualitative), so
    /// comparing it with the self-score says nothing.
    var isSelfAssessed = false
    /// A reason a 偏差原因 is required even at full score (result far above target).
    var noteRequiredBecause: String?

    /// A computed score.
    static func scored(_ score: ExactDecimal, _ explanation: Explanation) -> RuleOutcome {
        RuleOutcome(score: score, explanation: explanation)
    }

    /// A score that cannot be computed, for `reason`, because `field` is missing.
    static func missing(_ reason: String, field: String?) -> RuleOutcome {
        RuleOutcome(score: nil, explanation: "", reason: reason, missingField: field)
    }
}

/// How a leaf's values are shown: rates (fractions) as percentages, others as figures with a unit.
enum ValueStyle: Sendable {
    case rate
    case figure(unit: String)

    func part(_ value: ExactDecimal) -> Explanation.Part {
        switch self {
        case .rate: return .percent(value)
        case .figure(let unit): return .figure(value, unit: unit)
        }
    }

    var isRate: Bool {
        if case .rate = self { return true }
        return false
    }
}

/// What every rule may read about the leaf it scores.
struct LeafInput {
    let name: String
    let max: ExactDecimal
    /// `indicators.<id>`, the prefix of the field locations of findings.
    let field: String
    let input: IndicatorInput?
    /// The value of the leaf's formula; nil when it has none.
    let value: Computation?
    /// States the value: `结转结余率 = 年末结转结余 12 ÷ 支出合计 300 = 4.00%`.
    let lead: Explanation.Part
    /// `figures.<id>` of the first missing figure of the formula, if any.
    let missingFigureField: String?
    let style: ValueStyle

    func show(_ value: ExactDecimal) -> Explanation.Part { style.part(value) }

    /// The leaf's numeric value, or the outcome explaining why there is none.
    func requireValue() -> Result<ExactDecimal, RuleOutcomeError> {
        switch value {
        case .value(let number): return .success(number)
        case .bool: return .failure(RuleOutcomeError(outcome: .missing(ScoringMessages.notANumber, field: nil)))
        case .notComputable(let reason):
            return .failure(RuleOutcomeError(outcome: .missing(reason, field: missingFigureField)))
        case nil: return .failure(RuleOutcomeError(outcome: .missing(ScoringMessages.noFormula, field: nil)))
        }
    }
}

/// Carries an outcome out of a `Result` when a rule cannot proceed.
struct RuleOutcomeError: Error {
    let outcome: RuleOutcome
}
