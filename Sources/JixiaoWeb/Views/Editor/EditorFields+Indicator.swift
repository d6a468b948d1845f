import JixiaoCore
import Plot

/// The controls of one framework leaf in the editor: every input its rule reads
/// (the 评价结果 of a qualitative leaf, the self-score, the 偏差原因).
extension EditorFields {
    /// The select of the outcomes, first 「未选择」 (sent as empty, read as none).
    static let outcomeOptions: [(String, String)] =
        [("", "（未选择）")] + QualitativeOutcome.allCases.map { ($0.rawValue, $0.label) }

    static func indicator(_ m: EditorPageModel, _ leaf: (id: String, name: String, max: ExactDecimal)) -> Node<HTML.BodyContext> {
        let outcome = "indicator.\(leaf.id).outcome"
        return .div(.class("indicator"),
                    .if(m.qualitativeLeafIDs.contains(leaf.id),
                        .group(.selectField("\(leaf.name)：评价结果", name: outcome, options: outcomeOptions,
                                            selected: m.form[outcome], disabled: !m.editable),
                               WorkflowPanel.fieldNote(m.evaluation, field: outcome))),
                    field(m, "\(leaf.name)（满分 \(NumberFormat.text(leaf.max, .score))）", "indicator.\(leaf.id).selfScore"),
                    field(m, "偏差原因及改进措施", "indicator.\(leaf.id).note"))
    }
}

extension EditorPageModel {
    /// Ids of the framework's leaves scored by 评价结果 (`qualitative`).
    var qualitativeLeafIDs: Set<String> {
        guard let framework else { return [] }
        func leaves(_ i: Indicator) -> [Indicator] { i.children.isEmpty ? (i.isLeaf ? [i] : []) : i.children.flatMap(leaves) }
        return Set(framework.indicators.flatMap(leaves).filter {
            if case .qualitative = $0.rule { return true } else { return false }
        }.map(\.id))
    }
}
