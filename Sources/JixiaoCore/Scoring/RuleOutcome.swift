/// What one rule says about one leaf, before the scorer clamps, rounds and
/// compares it with the unit's self-score.
struct RuleOutcome: Sendable {
    /// The score before clamping and rounding; nil when it cannot be computed.
    var score: ExactDecimal?
    /// How it was obtained, with the numbers (when `score` is not nil).
    var explanation: Explanation
    /// True when the score is the unit's own judgement (manual, qualitative), so
    /// comparing it with the self-score says nothing.
    var isSelfAssessed = false
    // What most outcomes lack, kept out of line: every leaf creates, copies and
    // frees an outcome, and each optional string or array costs on each of those.
    private var details: Details?

    private final class Details: Sendable {
        let reason: String?
        let missingField: String?
        let findings: [Finding]
        let noteRequiredBecause: Explanation?

        init(reason: String?, missingField: String?, findings: [Finding], noteRequiredBecause: Explanation?) {
            self.reason = reason
            self.missingField = missingField
            self.findings = findings
            self.noteRequiredBecause = noteRequiredBecause
        }
    }

    init(score: ExactDecimal?, explanation: Explanation) {
        self.score = score
        self.explanation = explanation
    }

    /// Why it cannot be computed (`缺少数据“编制数”`), when `score` is nil.
    var reason: String? { details?.reason }

    /// When `score` is nil: the field whose absence prevents it (`indicators.x.selfScore`).
    var missingField: String? { details?.missingField }

    /// Problems the rule found in the inputs (`indicator.invalid` …).
    var findings: [Finding] {
        get { details?.findings ?? [] }
        set {
            guard details != nil || !newValue.isEmpty else { return }
            details = Details(
                reason: reason, missingField: missingField, findings: newValue,
                noteRequiredBecause: noteRequiredBecause)
        }
    }

    /// `findings`, nil when there are none (without making an empty array).
    var findingsIfAny: [Finding]? {
        guard let found = details?.findings, !found.isEmpty else { return nil }
        return found
    }

    /// A reason a 偏差原因 is required even at full score (result far above target).
    var noteRequiredBecause: Explanation? {
        get { details?.noteRequiredBecause }
        set {
            details = Details(
                reason: reason, missingField: missingField, findings: findings,
                noteRequiredBecause: newValue)
        }
    }

    /// A computed score.
    static func scored(_ score: ExactDecimal, _ explanation: Explanation) -> RuleOutcome {
        RuleOutcome(score: score, explanation: explanation)
    }

    /// A score that cannot be computed, for `reason`, because `field` is missing.
    static func missing(_ reason: String, field: String?) -> RuleOutcome {
        var outcome = RuleOutcome(score: nil, explanation: "")
        outcome.details = Details(reason: reason, missingField: field, findings: [], noteRequiredBecause: nil)
        return outcome
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
    // Unowned: the scorer's compiled node (or the target being scored) keeps the
    // info alive while the leaf is scored, and a leaf input is never kept beyond.
    // What outlives the scoring (findings, explanations) takes its own reference.
    unowned(unsafe) let info: LeafInfo
    // What the unit entered, field by field: copying a whole `IndicatorInput`
    // (two references) per leaf showed in the profile, and no rule reads the note.
    /// The unit's own score for the leaf.
    let selfScore: ExactDecimal?
    let outcome: QualitativeOutcome?
    let breaches: Int?
    let checked: [String]?
    /// The value of the leaf's formula (an optional `Computation` was copied and
    /// freed through the runtime's generic witnesses).
    let value: LeafValue
    /// The formula with its numbers, when it has a value.
    let formula: FormulaText?
    /// `figures.<id>` of the first missing figure of the formula, if any.
    let missingFigureField: String?

    var name: String { info.name }
    var max: ExactDecimal { info.max }
    /// `indicators.<id>`, the prefix of the field locations of findings.
    var field: String { info.field }
    var style: ValueStyle { info.style }

    /// States the value: `结转结余率 = 年末结转结余 12 ÷ 支出合计 300 = 4.00%`; else names the leaf.
    var lead: Explanation.Part { formula.map { .formula($0) } ?? .text(info.name) }

    func show(_ value: ExactDecimal) -> Explanation.Part { style.part(value) }

    init(
        info: LeafInfo, selfScore: ExactDecimal?, outcome: QualitativeOutcome?, breaches: Int?, checked: [String]?,
        value: LeafValue, formula: FormulaText?, missingFigureField: String?
    ) {
        self.info = info
        self.selfScore = selfScore
        self.outcome = outcome
        self.breaches = breaches
        self.checked = checked
        self.value = value
        self.formula = formula
        self.missingFigureField = missingFigureField
    }

    /// A leaf without a formula, from what the unit entered (nil: nothing).
    init(info: LeafInfo, input: IndicatorInput?) {
        self.init(
            info: info, selfScore: input?.selfScore, outcome: input?.outcome, breaches: input?.breaches,
            checked: input?.checked, value: .noFormula, formula: nil,
            missingFigureField: nil)
    }

    /// The leaf's numeric value, or the outcome explaining why there is none.
    func requireValue() -> Result<ExactDecimal, RuleOutcomeError> {
        switch value {
        case .noFormula: return .failure(RuleOutcomeError(outcome: .missing(ScoringMessages.noFormula, field: nil)))
        case .computed(.value(let number)): return .success(number)
        case .computed(.bool): return .failure(RuleOutcomeError(outcome: .missing(ScoringMessages.notANumber, field: nil)))
        case .computed(.notComputable(let reason)):
            return .failure(RuleOutcomeError(outcome: .missing(reason, field: missingFigureField)))
        }
    }
}

/// A leaf's value: none for want of a formula (the commonest, without a string to
/// retain), else what its formula computed.
enum LeafValue {
    case noFormula
    case computed(Computation)
}

/// Carries an outcome out of a `Result` when a rule cannot proceed.
struct RuleOutcomeError: Error {
    let outcome: RuleOutcome
}
