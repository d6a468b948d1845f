/// The catalogue of check ids (`checks.md`): severity and a short Chinese title each.
public enum CheckCatalog {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var severity: Severity
        public var title: String
    }

    public static let entries: [Entry] = [
        .init(id: "sum.expenditure", severity: .error, title: "基本支出与项目支出之和不等于支出合计"),
        .init(id: "sum.basic", severity: .error, title: "人员经费与公用经费之和不等于基本支出"),
        .init(id: "balance", severity: .error, title: "年初结转结余加收入减支出不等于年末结转结余"),
        .init(id: "sum.funds", severity: .error, title: "本年财政拨款、上年结转资金与其他资金之和不等于年度资金总额"),
        .init(id: "rate.mismatch", severity: .error, title: "所述比率与其分子分母不符"),
        .init(id: "score.sum", severity: .error, title: "分项得分之和不等于总分"),
        .init(id: "score.over-max", severity: .error, title: "得分超过分值"),
        .init(id: "score.grade", severity: .error, title: "等级与总分不符"),
        .init(id: "score.unsupported", severity: .warning, title: "自评得分高于按数据计算的得分"),
        .init(id: "deviation.missing", severity: .warning, title: "未说明偏差原因"),
        .init(id: "template.unfilled", severity: .warning, title: "保留了模板说明文字"),
        .init(id: "section.missing", severity: .warning, title: "缺少必需的章节"),
        .init(id: "meta.missing", severity: .warning, title: "缺少单位名称、填报人、联系电话或填报日期"),
        .init(id: "meta.phone", severity: .warning, title: "联系电话格式不正确"),
        .init(id: "meta.date", severity: .warning, title: "日期不正确"),
        .init(id: "target.direction", severity: .warning, title: "指标性质方向不当"),
        .init(id: "target.unquantified", severity: .warning, title: "指标未量化"),
        .init(id: "numbering.sequence", severity: .info, title: "序号跳号或重复"),
        .init(id: "figure.missing", severity: .warning, title: "缺少必需的数据"),
        .init(id: "figure.conflict", severity: .warning, title: "同一数据前后不一致"),
        .init(id: "indicator.invalid", severity: .error, title: "指标录入不符合评分规则"),
    ]

    /// Rules that block submission of a structured evaluation even as warnings.
    public static let blocking: Set<String> = [
        "deviation.missing", "target.unquantified", "figure.missing", "section.missing",
    ]

    private static let byID: [String: Entry] = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })

    /// The entry for a rule id.
    public static func entry(_ id: String) -> Entry? { byID[id] }

    /// A finding of rule `id` with the catalogue's severity.
    public static func finding(_ id: String, _ message: String, line: Int? = nil, field: String? = nil) -> Finding {
        Finding(rule: id, severity: byID[id]?.severity ?? .warning, message: message,
                location: FindingLocation(line: line, field: field))
    }
}
