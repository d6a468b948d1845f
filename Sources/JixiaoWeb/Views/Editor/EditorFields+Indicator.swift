import JixiaoCore
import Plot

/// The controls of one framework leaf in the editor: every input its rule reads
/// (the 评价结果 of a qualitative leaf, the ticked items of a checklist, the breaches of
/// a deduction rule, the self-score, the 偏差原因).
extension EditorFields {
    /// The select of the outcomes, first 「未选择」 (sent as empty, read as none).
    static let outcomeOptions: [(String, String)] =
        [("", "（未选择）")] + QualitativeOutcome.allCases.map { ($0.rawValue, $0.label) }

    static func indicator(_ m: EditorPageModel, _ leaf: (id: String, name: String, max: ExactDecimal)) -> Node<HTML.BodyContext> {
        .div(
            .class("indicator"),
            ruleInputs(m, leaf, m.leafRules[leaf.id]),
            AttachmentsPanel.indicatorFiles(m, leafID: leaf.id, name: leaf.name),
            field(m, "\(leaf.name) · 自评得分（满分 \(NumberFormat.text(leaf.max, .score))）", FieldPath.indicator(leaf.id, .selfScore).text),
            field(m, "\(leaf.name) · 偏差原因及改进措施", FieldPath.indicator(leaf.id, .note).text))
    }

    private static func ruleInputs(
        _ m: EditorPageModel, _ leaf: (id: String, name: String, max: ExactDecimal),
        _ rule: ScoringRule?
    ) -> Node<HTML.BodyContext> {
        let prefix = "indicators.\(leaf.id)."
        switch rule {
        case .qualitative:
            return .group(
                .selectField(
                    "\(leaf.name) · 评价结果", name: prefix + "outcome", options: outcomeOptions,
                    selected: m.form[prefix + "outcome"], disabled: !m.editable,
                    messages: m.messages(prefix + "outcome")),
                WorkflowPanel.fieldNote(m.evaluation, field: prefix + "outcome"))
        case .checklist(let items):
            return .div(
                .class("field checklist"), .p(.text("\(leaf.name) · 满足的评分要点")),
                .hidden(name: EvaluationForm.checklistField(leaf.id), value: "1"),
                .forEach(items) { item in
                    let name = EvaluationForm.checkedField(leaf.id, item: item.name)
                    // The item's name alone may repeat across indicators: the accessible name says whose.
                    return .label(
                        .input(
                            .type(.checkbox), .attr("name", name), .attr("id", name), .attr("value", "1"),
                            .attr("aria-label", "\(leaf.name) · \(item.name)（\(NumberFormat.text(item.points, .score)) 分）"),
                            .attr("checked", m.form[name].isEmpty ? "" : "checked"),
                            .attr("disabled", m.editable ? "" : "disabled")),
                        .text(" \(item.name)（\(NumberFormat.text(item.points, .score)) 分）"))
                },
                // Findings about the list name its first item (`ChecklistRule.checkedField`).
                .unwrap(items.first) { m.messages(EvaluationForm.checkedField(leaf.id, item: $0.name)).node })
        case .deductions(let perBreach):
            return field(
                m, "\(leaf.name) · 发现问题（处，每处扣 \(NumberFormat.text(perBreach, .score)) 分）",
                prefix + "breaches")
        default:
            return .empty
        }
    }
}

extension EditorPageModel {
    /// The rule of each framework leaf, by id.
    var leafRules: [String: ScoringRule] {
        guard let framework else { return [:] }
        func leaves(_ i: Indicator) -> [Indicator] { i.children.isEmpty ? (i.isLeaf ? [i] : []) : i.children.flatMap(leaves) }
        var rules: [String: ScoringRule] = [:]
        for leaf in framework.indicators.flatMap(leaves) { rules[leaf.id] = leaf.rule }
        return rules
    }

    /// Ids of the framework's leaves scored by 评价结果 (`qualitative`).
    var qualitativeLeafIDs: Set<String> {
        Set(leafRules.compactMap { id, rule in if case .qualitative = rule { return id } else { return nil } })
    }
}
