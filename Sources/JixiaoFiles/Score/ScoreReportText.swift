import JixiaoCore

/// A scored evaluation as text for the terminal: the computed values, the tree with each
/// leaf's score and explanation, the heading totals, the total and grade, the findings.
public enum ScoreReportText {
    /// `findings`: the analysis's (checks, then scoring).
    public static func render(
        _ result: ScoreResult, findings: [Finding], evaluation: Evaluation, framework: Framework,
        file: String? = nil
    ) -> String {
        var lines = ["\(evaluation.unit.name) \(evaluation.fiscalYear) 年度 · \(framework.title)（\(framework.id)）"]
        if let file { lines.append("文件：\(file)") }
        if !result.computed.isEmpty {
            lines += ["", "计算指标"]
            for value in result.computed { lines.append("  " + line(value)) }
        }
        lines += ["", "评分"]
        for node in result.nodes { append(node, depth: 1, to: &lines) }
        lines.append("")
        var totalLine = "总分 \(NumberFormat.points(result.total)) / \(NumberFormat.points(result.maxTotal))  等级 \(result.grade.rawValue)"
        if let stated = evaluation.statedTotal { totalLine += "（单位自评 \(NumberFormat.points(stated)) 分）" }
        lines.append(totalLine)
        if !result.excluded.isEmpty {
            lines.append("不适用并已剔除：\(result.excluded.joined(separator: "、"))，总分已按比例折算")
        }
        if !findings.isEmpty {
            lines += ["", "问题"]
            for finding in findings {
                let place = [finding.location.line.map { "第 \($0) 行" }, finding.location.field].compactMap { $0 }
                let at = place.isEmpty ? "" : place.joined(separator: " ") + "："
                lines.append("  \(finding.severity.label)[\(finding.rule)] \(at)\(finding.message)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The computed value in words and numbers (`ComputedValue.explanation`).
    private static func line(_ value: ComputedValue) -> String { value.explanation }

    private static func append(_ node: ScoredNode, depth: Int, to lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let score = node.notApplicable ? "不适用" : node.score.map(NumberFormat.points) ?? "—"
        var head = "\(indent)\(node.name)  \(score) / \(NumberFormat.points(node.max))"
        if let selfScore = node.selfScore, node.children.isEmpty { head += "  （自评 \(NumberFormat.points(selfScore))）" }
        lines.append(head)
        if node.children.isEmpty {
            lines.append("\(indent)    \(node.explanation)")
        }
        for child in node.children { append(child, depth: depth + 1, to: &lines) }
    }
}
