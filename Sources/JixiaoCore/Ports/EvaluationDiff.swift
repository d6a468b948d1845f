/// The field-level differences between two versions of an evaluation, for the history.
public enum EvaluationDiff {
    /// Changes from `old` to `new`, in a stable order (by field path).
    public static func changes(from old: Evaluation, to new: Evaluation) -> [FieldChange] {
        let before = fields(of: old), after = fields(of: new)
        let keys = Set(before.keys).union(after.keys).sorted()
        return keys.compactMap { key in
            let a = before[key]?.text, b = after[key]?.text
            guard a != b else { return nil }
            let label = after[key]?.label ?? before[key]?.label ?? key
            return FieldChange(field: key, label: label, old: a, new: b)
        }
    }

    /// Every non-empty field of an evaluation as (path → label, text); paths are `FieldPath` text
    /// (`figures.<id>`, `targets.0.actual` …) where the editor has an input, else the model's name.
    public static func fields(of e: Evaluation) -> [String: (label: String, text: String)] {
        var out: [String: (label: String, text: String)] = [:]
        func put(_ path: String, _ label: String, _ text: String?) {
            if let text, !text.isEmpty { out[path] = (label, text) }
        }
        func put(_ path: FieldPath, _ label: String, _ text: String?) { put(path.text, label, text) }
        put("status", "状态", e.status.label)
        put("fiscalYear", "年度", String(e.fiscalYear))
        put("frameworkID", "指标体系", e.frameworkID)
        put(.filing(.filedBy), "填报人", e.filing.filedBy)
        put(.filing(.phone), "联系电话", e.filing.phone)
        put(.filing(.filedOn), "填报日期", e.filing.filedOn)
        put(.projectName, "项目名称", e.project?.name)
        put(.statedTotal, "自评总分", e.statedTotal?.description)
        for (id, value) in e.figures.values { put(.figure(id), FigureCatalog.label(id), value.description) }
        for (row, t) in e.targets.enumerated() {
            let label = "指标\(row + 1)（\(t.name)）"
            put(.target(row, .name), label + "名称", t.name)
            put(.target(row, .levels), label + "层级", t.levels.joined(separator: "/"))
            put(.target(row, .direction), label + "性质", t.direction.rawValue)
            put(.target(row, .target), label + "指标值", t.targetValue?.description ?? t.targetText)
            put(.target(row, .unit), label + "单位", t.unit)
            put(.target(row, .actual), label + "实际值", t.actualValue?.description ?? t.actualText)
            put(.target(row, .maxScore), label + "分值", t.maxScore?.description)
            put(.target(row, .deviationNote), label + "偏差原因", t.deviationNote)
        }
        for (id, input) in e.indicators {
            put(.indicator(id, .selfScore), "\(id) 自评得分", input.selfScore?.description)
            put(.indicator(id, .note), "\(id) 说明", input.note)
            put(.indicator(id, .outcome), "\(id) 评价结果", input.outcome?.label)
            put(.indicator(id, .breaches), "\(id) 发现问题数", input.breaches.map(String.init))
            for item in input.checked ?? [] { put(.indicator(id, .checked(item)), "\(id) 评分要点：\(item)", "已勾选") }
        }
        for section in e.narrative { put(.narrative(section.key), section.title, section.text) }
        return out
    }
}
