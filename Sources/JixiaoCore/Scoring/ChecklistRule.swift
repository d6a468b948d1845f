/// Named items, each worth points; the unit ticks those it meets.
enum ChecklistRule {
    static func score(_ items: [ChecklistItem], _ leaf: LeafInput) -> RuleOutcome {
        guard let checked = leaf.checked else {
            let missing = leaf.info.missingInput ?? missingInput(items, field: leaf.field)
            return .missing(missing.reason, field: missing.field)
        }
        var score = ExactDecimal.zero
        var met: [Explanation.Part] = []
        var unmet: [Explanation.Part] = []
        for item in items {
            let isMet = checked.contains(item.name)
            if isMet { score += item.points }
            let list = isMet ? met.isEmpty : unmet.isEmpty
            let entry: [Explanation.Part] = [list ? "" : "、", .text(item.name), "（", .points(item.points), " 分）"]
            if isMet { met += entry } else { unmet += entry }
        }
        var parts: [Explanation.Part] = met.isEmpty ? ["未满足任何评分要点"] : ["满足："] + met
        if !unmet.isEmpty && !met.isEmpty { parts += ["；未满足："] + unmet }
        parts += ["，得 ", .points(score), " 分"]
        var outcome = RuleOutcome.scored(score, Explanation(parts: parts))
        for name in checked where !items.contains(where: { $0.name == name }) {
            outcome.findings.append(
                ScoringFinding.invalid(
                    ScoringMessages.unknownItem(leaf.name, name),
                    field: checkedField(items, leaf: leaf.field)))
        }
        return outcome
    }

    /// Why a leaf of this rule cannot be scored without ticked items, and where they go.
    static func missingInput(_ items: [ChecklistItem], field: String) -> (reason: String, field: String) {
        ("未勾选评分要点（" + items.map(\.name).joined(separator: "、") + "）", checkedField(items, leaf: field))
    }

    /// The first item's box (`indicators.<id>.checked.<item>`), where the editor's list of items starts.
    static func checkedField(_ items: [ChecklistItem], leaf field: String) -> String {
        items.first.map { field + "." + FieldPath.IndicatorPart.checked($0.name).text } ?? field + ".selfScore"
    }
}
