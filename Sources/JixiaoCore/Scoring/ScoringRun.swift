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
    var excludedLeaves: [(name: String, max: ExactDecimal)] = []

    /// The unit's input per framework leaf (by leaf index).
    let inputs: [IndicatorInput?]

    init(evaluation: Evaluation, parameters: FrameworkParameters, inputs: [IndicatorInput?]) {
        self.evaluation = evaluation
        self.parameters = parameters
        self.inputs = inputs
    }

    /// Records a not-applicable leaf and returns its node.
    mutating func exclude(id: String, name: String, level: Int, max: ExactDecimal, ruleKind: String?) -> ScoredNode {
        excluded.append(id)
        excludedMax += max
        excludedLeaves.append((name, max))
        return ScoredNode(id: id, name: name, level: level, max: max, score: nil,
                          explanationParts: ScoringMessages.notApplicable, ruleKind: ruleKind, notApplicable: true)
    }
}
