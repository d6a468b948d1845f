/// Named items, each worth points; the unit ticks those it meets.
enum ChecklistRule {
    static func score(_ items: [ChecklistItem], _ leaf: LeafInput) -> RuleOutcome {
        guard let checked = leaf.input?.checked else {
            return .missing("未勾选评分要点（" + items.map(\.name).joined(separator: "、") + "）",
                            field: leaf.field + ".checked")
        }
        var score = ExactDecimal.zero
        var met: [String] = []
        var unmet: [String] = []
        for item in items {
            let text = item.name + "（" + DecimalText.points(item.points) + " 分）"
            if checked.contains(item.name) {
                score += item.points
                met.append(text)
            } else {
                unmet.append(text)
            }
        }
        var explanation = met.isEmpty ? "未满足任何评分要点" : "满足：" + met.joined(separator: "、")
        if !unmet.isEmpty && !met.isEmpty { explanation += "；未满足：" + unmet.joined(separator: "、") }
        var outcome = RuleOutcome.scored(score, explanation + "，得 " + DecimalText.points(score) + " 分")
        let known = Set(items.map(\.name))
        for name in checked where !known.contains(name) {
            outcome.findings.append(CheckCatalog.finding(
                "indicator.invalid", "“" + leaf.name + "”勾选了评分要点中没有的“" + name + "”",
                field: leaf.field + ".checked"))
        }
        return outcome
    }
}
