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

    /// Prepares `framework` for scoring (parses every formula once).
    public init(framework: Framework) {
        self.framework = framework
        var leaves: [(id: String, name: String)] = []
        var roots: [CompiledIndicator] = []
        for indicator in framework.indicators {
            roots.append(CompiledIndicator(indicator, parameters: framework.parameters, kind: framework.kind,
                                           leaves: &leaves))
        }
        self.roots = roots
        inputIndex = InputIndex(leaves: leaves)
    }

    /// Scores one evaluation: the scored tree, the total, the grade and the findings.
    public func score(_ evaluation: Evaluation) -> ScoreResult {
        var run = ScoringRun(evaluation: evaluation, parameters: framework.parameters,
                             inputs: inputIndex.inputs(of: evaluation.indicators))
        var nodes: [ScoredNode] = []
        nodes.reserveCapacity(roots.count)
        for root in roots { nodes.append(scoreNode(root, level: 1, &run)) }
        return finish(nodes, run)
    }

    func scoreNode(_ node: CompiledIndicator, level: Int, _ run: inout ScoringRun) -> ScoredNode {
        if node.fromTargets { return scoreTargetHeading(node, level: level, &run) }
        if node.children.isEmpty { return scoreLeaf(node, level: level, &run) }
        var children: [ScoredNode] = []
        children.reserveCapacity(node.children.count)
        for child in node.children { children.append(scoreNode(child, level: level + 1, &run)) }
        return Self.heading(id: node.id, name: node.name, level: level, max: node.max, children: children)
    }

    /// A heading whose score is the sum of its children's scores.
    static func heading(id: String, name: String, level: Int, max: ExactDecimal, children: [ScoredNode]) -> ScoredNode {
        var sum = ExactDecimal.zero
        var uncomputed: Int32 = 0
        var excluded: Int32 = 0
        for child in children {
            if child.notApplicable { excluded += 1 } else if let score = child.score { sum += score } else { uncomputed += 1 }
        }
        let allExcluded = !children.isEmpty && Int(excluded) == children.count
        let explanation = allExcluded ? ScoringMessages.notApplicable
            : Explanation(storage: .heading(sum: sum, max: max, uncomputed: uncomputed, excluded: excluded))
        return ScoredNode(id: id, name: name, level: level, max: max, score: allExcluded ? nil : sum,
                          explanationParts: explanation, notApplicable: allExcluded, children: children)
    }
}
