/// What accumulates while one evaluation is scored.
struct ScoringRun {
    // The parts of the evaluation scoring reads (copying the whole evaluation
    // would retain every one of its strings).
    let figures: Figures
    let indicators: [String: IndicatorInput]
    let targets: [Target]
    let parameters: FrameworkParameters
    var findings = FindingList()
    var computed: ComputedList
    /// The scored tree, depth first.
    var tree: ScoredRecords
    var excluded: [String] = []
    /// Sum of the maxima of excluded leaves.
    var excludedMax = ExactDecimal.zero
    /// Sum of leaf scores before rounding (grade).
    var unroundedSum = ExactDecimal.zero
    /// Sum of leaf scores as shown, rounded to 0.01 (total).
    var roundedSum = ExactDecimal.zero
    /// Names and maxima of the excluded leaves, for the explanation.
    var excludedLeaves: [(name: String, max: ExactDecimal)] = []

    /// The unit's input per framework leaf (by leaf index; empty when not given).
    let inputs: LeafInputs
    /// The value of every figure the formulas read, by `FigureTable` slot.
    let figureValues: [ExactDecimal?]

    init(
        evaluation: Evaluation, parameters: FrameworkParameters, inputs: LeafInputs,
        figureValues: [ExactDecimal?], facts: [NodeFacts], recordCapacity: Int, formulaCount: Int
    ) {
        tree = ScoredRecords(facts: facts, notes: inputs.notes, capacity: recordCapacity)
        computed = ComputedList(table: figureValues, capacity: formulaCount)
        figures = evaluation.figures
        indicators = evaluation.indicators
        targets = evaluation.targets
        self.parameters = parameters
        self.inputs = inputs
        self.figureValues = figureValues
        findings.reserveCapacity(16)
    }

    /// Records a not-applicable leaf (`facts`, at `index` in the tree's facts) and appends its record.
    mutating func exclude(_ facts: NodeFacts, at index: Int32) {
        excluded.append(facts.id)
        excludedMax += facts.max
        excludedLeaves.append((facts.name, facts.max))
        tree.append(
            ScoredRecord(
                facts: index, notApplicable: true, end: Int32(tree.count + 1),
                explanation: .notApplicable))
    }
}
