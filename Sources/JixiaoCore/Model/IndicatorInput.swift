/// What the evaluator enters for one framework indicator.
///
/// Which fields matter depends on the leaf's rule: `checklist` reads `checked`
/// or `breaches`, `qualitative` reads `outcome` and `selfScore`, `manual` reads
/// `selfScore` and `note`; every rule compares `selfScore` with the computed score.
public struct IndicatorInput: Codable, Sendable, Hashable {
    /// The unit's own score for this indicator (自评得分).
    public var selfScore: ExactDecimal?
    /// Checklist items the unit ticks (by item name).
    public var checked: [String]?
    /// Number of breaches found, for deduction checklists.
    public var breaches: Int?
    /// Outcome chosen for a qualitative indicator.
    public var outcome: QualitativeOutcome?
    /// 偏差原因分析及改进措施, or the justification of a manual score.
    public var note: String?
    /// The indicator does not apply to this unit (excluded; total rescaled).
    public var notApplicable: Bool?

    public init(
        selfScore: ExactDecimal? = nil, checked: [String]? = nil, breaches: Int? = nil,
        outcome: QualitativeOutcome? = nil, note: String? = nil, notApplicable: Bool? = nil
    ) {
        self.selfScore = selfScore
        self.checked = checked
        self.breaches = breaches
        self.outcome = outcome
        self.note = note
        self.notApplicable = notApplicable
    }
}
