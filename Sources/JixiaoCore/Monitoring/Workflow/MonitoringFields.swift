/// The text of every field of a monitoring round by its path (the checker's
/// `targets.0.likelihood`, rows from 0 as `MonitoringChecker` names them): what the web form
/// shows, what the history compares, what the API's file form holds.
public enum MonitoringFields {
    /// The parts of a target row the filer enters, in the table's order, with their labels.
    public static let rowParts: [(key: String, label: String)] = [
        ("actual", "截至目前完成值"), ("cumulative", "累计值"), ("expectedYearEnd", "全年预计完成值"),
        ("likelihood", "全年完成可能性"), ("deviationReason", "偏差原因"), ("measures", "纠偏措施"),
    ]

    /// The round's own fields, with their labels (万元).
    public static let headParts: [(key: String, label: String)] = [
        ("asOf", "截至日期"), ("budget.annual", "年度预算数（万元）"), ("budget.executed", "已执行数（万元）"),
        ("budget.expectedYearEnd", "全年预计执行数（万元）"),
    ]

    /// Path → text of every non-empty field.
    public static func texts(_ round: MonitoringRound) -> [String: String] {
        var out: [String: String] = [:]
        func put(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { out[key] = value }
        }
        put("asOf", round.asOf.iso)
        put("budget.annual", round.budget.annual.description)
        put("budget.executed", round.budget.executed.description)
        put("budget.expectedYearEnd", round.budget.expectedYearEnd?.description)
        for (index, target) in round.targets.enumerated() {
            for (key, value) in rowTexts(target) { put("targets.\(index).\(key)", value) }
        }
        return out
    }

    /// A row's entered texts by part (the declared parts are copied and never change).
    public static func rowTexts(_ m: MonitoredTarget) -> [String: String] {
        let t = m.target
        var out: [String: String] = [:]
        out["actual"] = t.outcome?.label ?? t.actualValue?.description ?? t.actualText ?? ""
        out["cumulative"] = m.cumulative ? "是" : ""
        out["expectedYearEnd"] = m.expectedYearEndValue?.description ?? m.expectedYearEndText ?? ""
        out["likelihood"] = m.likelihood?.rawValue ?? ""
        out["deviationReason"] = m.deviationReason ?? ""
        out["measures"] = m.measures ?? ""
        return out
    }

    /// The label of a path (`targets.2.actual` → 第3行 截至目前完成值).
    public static func label(_ path: String) -> String {
        if let head = headParts.first(where: { $0.key == path }) { return head.label }
        let parts = path.split(separator: ".")
        if parts.count == 3, parts[0] == "targets", let row = Int(parts[1]),
            let part = rowParts.first(where: { $0.key == parts[2] })
        {
            return "第\(row + 1)行 \(part.label)"
        }
        return path
    }
}
