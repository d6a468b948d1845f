import Foundation
import JixiaoCore

extension ScoreReport {
    /// Shapes `result` (of `evaluation` against `framework`) and `findings` (the analysis's:
    /// checks, then scoring) for output.
    public init(
        result: ScoreResult, findings found: [Finding], evaluation: Evaluation, framework: Framework,
        file: String? = nil
    ) {
        self.file = file
        self.framework = FrameworkRef(id: framework.id, title: framework.title)
        unit = evaluation.unit.name
        fiscalYear = evaluation.fiscalYear
        total = result.total
        maxTotal = result.maxTotal
        grade = result.grade.rawValue
        statedTotal = evaluation.statedTotal
        excluded = result.excluded
        var headings: [HeadingScore] = []
        var leaves: [LeafScore] = []
        for node in result.nodes { Self.collect(node, path: [], headings: &headings, leaves: &leaves) }
        self.headings = headings
        indicators = leaves
        computed = result.computed.map {
            ComputedEntry(name: $0.name, formula: $0.formula, value: $0.value, inputs: $0.inputs, reason: $0.reason)
        }
        findings = found.map {
            FindingEntry(
                rule: $0.rule, severity: $0.severity, message: $0.message, line: $0.location.line,
                field: $0.location.field)
        }
        summary = Summary(
            errors: found.filter { $0.severity == .error }.count,
            warnings: found.filter { $0.severity == .warning }.count,
            infos: found.filter { $0.severity == .info }.count)
    }

    private static func collect(
        _ node: ScoredNode, path: [String], headings: inout [HeadingScore],
        leaves: inout [LeafScore]
    ) {
        if node.children.isEmpty {
            leaves.append(
                LeafScore(
                    id: node.id, name: node.name, path: path, max: node.max, score: node.score,
                    selfScore: node.selfScore, rule: node.ruleKind, value: node.value?.value,
                    explanation: node.explanation, deviationNote: node.deviationNote,
                    notApplicable: node.notApplicable))
            return
        }
        headings.append(HeadingScore(id: node.id, name: node.name, level: node.level, max: node.max, score: node.score))
        for child in node.children { collect(child, path: path + [node.name], headings: &headings, leaves: &leaves) }
    }

    /// The report as pretty-printed JSON with sorted keys (stable output).
    public func json() throws -> String { try DocumentEncoding.json(self) }
}
