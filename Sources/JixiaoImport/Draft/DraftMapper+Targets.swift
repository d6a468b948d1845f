import JixiaoCore

extension DraftMapper {
    /// Most targets kept from one report (the form's limit).
    static let maxTargets = 200

    /// The targets the report states (指标 N：名称 ≥ 值 单位, and the rows of a targets
    /// table with 实际完成值, 分值 and 偏差原因).
    /// A targets table, when there is one, gives them whole (levels, texts, 偏差原因 as written).
    mutating func mapTargets() {
        if let table = targetTable() {
            draft.targets = table
            return
        }
        guard !facts.targets.isEmpty else { return }
        draft.targets = facts.targets.prefix(Self.maxTargets).map { t in
            Target(
                name: t.name, direction: t.direction ?? .atLeast, targetValue: t.value, unit: t.unit,
                actualValue: t.actual, maxScore: t.max, deviationNote: Self.note(t.note))
        }
    }

    /// A 偏差原因 as kept: none for an empty cell or the 无 a table writes for no deviation.
    static func note(_ text: String?) -> String? {
        guard let text = text?.trimmingFullWidthSpaces, !text.isEmpty, text != "无", text != "—" else { return nil }
        return text
    }
}
