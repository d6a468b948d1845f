/// Scores evaluations against one framework.
///
/// Formulas are parsed once in `init`; `score(_:)` only evaluates them, and
/// explanations are kept as parts and rendered when read; `totals(_:)`
/// builds nothing but the total and grade (bulk work). Rules:
/// every leaf score is clamped to [0, max] and rounded half-up to 0.01; a heading's
/// score is the sum of its children's rounded scores; indicators marked not
/// applicable are excluded and the total is rescaled to the framework's total.
///
/// The total is the sum of the rounded (shown) leaf scores, so a table adds up;
/// `unroundedTotal` sums the unrounded leaf scores and the grade comes from it
/// (`frameworks.md`: "grade edges use the unrounded total"). Two leaves of 44.998
/// thus show 45.00 + 45.00 = 90.00 yet grade 良 (89.996 < 90); the result's
/// explanation says so when it happens.
///
/// When a leaf cannot be computed from the data (a missing figure, an unticked
/// checklist …) its score is nil with the reason, and a `figure.missing` finding
/// names what is missing. When the unit gave a self-score for that leaf, the
/// self-score is used as the leaf's score and the explanation says so
/// ("无法按数据计算（缺少…），采用自评得分 N 分"), so that a report's stated
/// self-scores still add up to its total.
public struct Scorer: Sendable {
    public let framework: Framework
    let roots: [CompiledIndicator]
    let inputIndex: InputIndex
    /// The figures the formulas read, looked up once per evaluation.
    let figureTable: FigureTable
    /// Leaves with a value formula (each adds one `computed` value).
    let formulaCount: Int
    /// Framework nodes (the records of an evaluation without targets).
    let recordCount: Int
    /// What every record of a framework node shows, by `CompiledIndicator.factsIndex`.
    let nodeFacts: [NodeFacts]

    /// Prepares `framework` for scoring (parses every formula once).
    public init(framework: Framework) {
        self.framework = framework
        var leaves: [(id: String, name: String)] = []
        var roots: [CompiledIndicator] = []
        var figureTable = FigureTable()
        var nodeFacts: [NodeFacts] = []
        for indicator in framework.indicators {
            roots.append(
                CompiledIndicator(
                    indicator, level: 1, parameters: framework.parameters, kind: framework.kind,
                    leaves: &leaves, figures: &figureTable, facts: &nodeFacts))
        }
        self.nodeFacts = nodeFacts
        self.roots = roots
        self.figureTable = figureTable
        inputIndex = InputIndex(leaves: leaves)
        func formulas(_ nodes: [CompiledIndicator]) -> Int {
            nodes.reduce(0) { $0 + ($1.value == nil ? 0 : 1) + formulas($1.children) }
        }
        formulaCount = formulas(roots)
        func count(_ nodes: [CompiledIndicator]) -> Int { nodes.reduce(0) { $0 + 1 + count($1.children) } }
        recordCount = count(roots)
    }

    /// Scores one evaluation: the scored tree, the total, the grade and the findings,
    /// built once.
    public func score(_ evaluation: Evaluation) -> ScoreResult {
        var recorded = record(evaluation)
        // The stated 自评总分 must be the total the items add up to (two decimals).
        if let stated = evaluation.statedTotal, stated.rounded(places: 2) != recorded.totals.total {
            recorded.findings.append(
                ScoringFinding.totalMismatch(
                    CheckMessages.totalMismatch(stated: stated, computed: recorded.totals.total), field: "statedTotal"))
        }
        return ScoreResult(recorded, frameworkID: framework.id)
    }

    /// The total and grade of one evaluation, building no tree, values or findings:
    /// for bulk rescoring (`jixiao bench score`).
    public func totals(_ evaluation: Evaluation) -> ScoreTotals { record(evaluation).totals }

    /// Scores one evaluation into the compact record form.
    func record(_ evaluation: Evaluation) -> RecordedScore {
        var run = ScoringRun(
            evaluation: evaluation, parameters: framework.parameters,
            inputs: inputIndex.inputs(of: evaluation.indicators),
            figureValues: figureTable.values(evaluation.figures), facts: nodeFacts,
            recordCapacity: recordCount, formulaCount: formulaCount)
        scoreNodes(roots, &run)
        return finish(consume run)
    }

    /// Appends the records of `node` and its subtree.
    func scoreNode(_ node: CompiledIndicator, _ run: inout ScoringRun) {
        if node.fromTargets { return scoreTargetHeading(node, &run) }
        if node.children.isEmpty { return scoreLeaf(node, &run) }
        let start = run.open(node.factsIndex)
        scoreNodes(node.children, &run)
        run.closeHeading(start)
    }

    /// Appends the records of `nodes` and their subtrees. Public API only: passing
    /// each node unretained through the standard library's underscored
    /// `_withUnsafeGuaranteedRef` saved 1–2% of the benchmark, not worth depending on
    /// an API that may change.
    @inline(__always)
    func scoreNodes(_ nodes: [CompiledIndicator], _ run: inout ScoringRun) {
        for index in nodes.indices { scoreNode(nodes[index], &run) }
    }
}
