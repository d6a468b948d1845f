/// The text of every field of a declaration by its path (the checker's `targets.3.direction`,
/// rows from 1): what the web form shows, what the history compares, what the API writes back.
public enum DeclarationFields {
    /// The parts of a row, in the table's order, with their Chinese labels.
    public static let rowParts: [(key: String, label: String)] = [
        ("level1", "一级指标"), ("level2", "二级指标"), ("name", "三级指标"), ("direction", "指标性质"),
        ("target", "指标值"), ("unit", "计量单位"), ("maxScore", "分值"), ("explanation", "指标解释"),
        ("standard", "评（扣）分标准"),
    ]

    /// The table's own fields, in order, with their labels.
    public static let headParts: [(key: String, label: String)] = [
        ("project", "项目名称"), ("projectAttribute", "项目属性"), ("sector", "行业"),
        ("period.start", "实施期开始"), ("period.end", "实施期结束"), ("funds.total", "资金总额（万元）"),
        ("funds.fiscal", "其中：财政资金"), ("funds.other", "其中：其他资金"), ("overallGoal", "总体目标"),
        ("annualGoal", "年度目标"),
    ]

    /// Path → text of every non-empty field.
    public static func texts(_ d: TargetDeclaration) -> [String: String] {
        var out: [String: String] = [:]
        func put(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { out[key] = value }
        }
        put("project", d.project)
        put("projectAttribute", d.projectAttribute)
        put("sector", d.sector)
        put("period.start", d.period?.start.description)
        put("period.end", d.period?.end.description)
        put("funds.total", d.funds?.total.map(amount))
        put("funds.fiscal", d.funds?.fiscal.map(amount))
        put("funds.other", d.funds?.other.map(amount))
        put("overallGoal", d.overallGoal)
        put("annualGoal", d.annualGoal)
        for (index, row) in d.rows.enumerated() {
            for (key, value) in rowTexts(row) { put("targets.\(index + 1).\(key)", value) }
        }
        return out
    }

    /// A row's texts by part.
    public static func rowTexts(_ row: DeclaredRow) -> [String: String] {
        let t = row.target
        var out: [String: String] = [:]
        out["level1"] = t.levels.first ?? ""
        out["level2"] = t.levels.count > 1 ? t.levels[1] : ""
        out["name"] = t.name
        out["direction"] = row.directionStated ? t.direction.rawValue : ""
        out["target"] = t.targetValue?.description ?? t.targetText ?? ""
        out["unit"] = t.unit ?? ""
        out["maxScore"] = t.maxScore?.description ?? ""
        out["explanation"] = row.explanation ?? ""
        out["standard"] = row.standard ?? ""
        return out
    }

    /// An amount as written, with its decimals.
    static func amount(_ a: DeclaredAmount) -> String {
        a.value.formatted(minimumPlaces: a.places, maximumPlaces: a.places)
    }

    /// The label of a path (`targets.3.unit` → 第3行 计量单位).
    public static func label(_ path: String) -> String {
        if let head = headParts.first(where: { $0.key == path }) { return head.label }
        let parts = path.split(separator: ".")
        if parts.count == 3, parts[0] == "targets", let part = rowParts.first(where: { $0.key == parts[2] }) {
            return "第\(parts[1])行 \(part.label)"
        }
        return path
    }
}
