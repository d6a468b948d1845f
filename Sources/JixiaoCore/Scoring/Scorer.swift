/// Scores evaluations against one framework.
///
/// Formulas are parsed once in `init`; `score(_:)` only evaluates them, and
/// explanations are kept as parts and rendered when read. Rules:
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
            roots.append(CompiledIndicator(indicator, level: 1, parameters: framework.parameters, kind: framework.kind,
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

    /// Scores one evaluation: the scored tree, the total, the grade and the findings.
    public func score(_ evaluation: Evaluation) -> ScoreResult {
        var run = ScoringRun(evaluation: evaluation, parameters: framework.parameters,
                             inputs: inputIndex.inputs(of: evaluation.indicators),
                             figureValues: figureTable.values(evaluation.figures), facts: nodeFacts,
                             recordCapacity: recordCount, formulaCount: formulaCount)
        scoreNodes(roots, &run)
        var result = finish(consume run)
        // The stated 自评总分 must be the total the items add up to (two decimals).
        if let stated = evaluation.statedTotal, stated.rounded(places: 2) != result.total {
            result.findingList.append(ScoringFinding.totalMismatch(
                CheckMessages.totalMismatch(stated: stated, computed: result.total), field: "statedTotal"))
        }
        return result
    }

    /// Appends the records of `node` and its subtree.
    func scoreNode(_ node: CompiledIndicator, _ run: inout ScoringRun) {
        if node.fromTargets { return scoreTargetHeading(node, &run) }
        if node.children.isEmpty { return scoreLeaf(node, &run) }
        let start = run.open(node.factsIndex)
        scoreNodes(node.children, &run)
        run.closeHeading(start)
    }

    /// Appends the records of `nodes` and their subtrees. The nodes are the
    /// scorer's own (it keeps them alive), so they are passed on without
    /// retaining each: a retain and release per node showed in the profile.
    @inline(__always)
    func scoreNodes(_ nodes: [CompiledIndicator], _ run: inout ScoringRun) {
        nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices {
                Unmanaged.passUnretained(nodes[index])._withUnsafeGuaranteedRef { scoreNode($0, &run) }
            }
        }
    }
}
