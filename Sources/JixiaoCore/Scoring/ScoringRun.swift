/// What accumulates while one evaluation is scored.
struct ScoringRun {
    let evaluation: Evaluation
    let parameters: FrameworkParameters
    var findings: [Finding] = []
    var computed: [ComputedValue] = []
    var excluded: [String] = []
    /// Sum of the maxima of excluded leaves.
    var excludedMax = ExactDecimal.zero
    /// Sum of leaf scores before rounding (grade).
    var unroundedSum = ExactDecimal.zero
    /// Sum of leaf scores as shown, rounded to 0.01 (total).
    var roundedSum = ExactDecimal.zero
    /// Names and maxima of the excluded leaves, for the explanation.
    var excludedNames: [String] = []

    init(evaluation: Evaluation, parameters: FrameworkParameters) {
        self.evaluation = evaluation
        self.parameters = parameters
    }

    /// The unit's input for a leaf, by id, else by name.
    func input(id: String, name: String) -> IndicatorInput? {
        evaluation.indicators[id] ?? (name != id ? evaluation.indicators[name] : nil)
    }

    /// Records a not-applicable leaf and returns its node.
    mutating func exclude(id: String, name: String, level: Int, max: ExactDecimal, ruleKind: String?) -> ScoredNode {
        excluded.append(id)
        excludedMax += max
        excludedNames.append(name + "（" + DecimalText.points(max) + " 分）")
        return ScoredNode(id: id, name: name, level: level, max: max, score: nil,
                          explanation: ScoringMessages.notApplicable, ruleKind: ruleKind, notApplicable: true)
    }
}
