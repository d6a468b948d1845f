/// The catalogue of check ids (`checks.md`): severity and a short Chinese title each.
public enum CheckCatalog {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var severity: Severity
        public var title: String
        /// The document the rule rests on (财预〔2015〕88号 …); empty where checks.md is the source.
        public var source: String = ""
    }

    public static let entries: [Entry] = [
        .init(id: "sum.expenditure", severity: .error, title: "基本支出与项目支出之和不等于支出合计"),
        .init(id: "sum.basic", severity: .error, title: "人员经费与公用经费之和不等于基本支出"),
        .init(id: "balance", severity: .error, title: "年初结转结余加收入减支出不等于年末结转结余"),
        .init(id: "sum.income", severity: .error, title: "财政拨款收入与其他收入之和不等于收入合计"),
        .init(id: "sum.funds", severity: .error, title: "本年财政拨款、上年结转资金与其他资金之和不等于年度资金总额"),
        .init(id: "rate.mismatch", severity: .error, title: "所述比率与其分子分母不符"),
        .init(id: "score.sum", severity: .error, title: "分项得分之和不等于总分"),
        .init(id: "score.over-max", severity: .error, title: "得分超过分值"),
        .init(id: "score.negative", severity: .error, title: "得分为负数"),
        .init(id: "score.total-mismatch", severity: .error, title: "填报的自评总分与按各项得分计算的总分不符"),
        .init(id: "score.grade", severity: .error, title: "等级与总分不符"),
        .init(id: "score.unsupported", severity: .warning, title: "自评得分高于按数据计算的得分"),
        .init(id: "deviation.missing", severity: .warning, title: "未说明偏差原因"),
        .init(id: "template.unfilled", severity: .warning, title: "保留了模板说明文字"),
        .init(id: "section.missing", severity: .warning, title: "缺少必需的章节"),
        .init(id: "meta.missing", severity: .warning, title: "缺少单位名称、填报人、联系电话或填报日期"),
        .init(id: "meta.phone", severity: .warning, title: "联系电话格式不正确"),
        .init(id: "meta.date", severity: .warning, title: "日期不正确"),
        .init(
            id: "target.direction", severity: .warning, title: "指标性质方向不当",
            source: "财预〔2021〕101号 核心绩效指标取值指引（成本、时效类为反向指标）"),
        .init(
            id: "target.unquantified", severity: .warning, title: "指标未量化",
            source: "财预〔2015〕88号 绩效目标管理（绩效指标应细化、量化）"),
        .init(id: "numbering.sequence", severity: .info, title: "序号跳号或重复"),
        .init(id: "figure.missing", severity: .warning, title: "缺少必需的数据"),
        .init(id: "figure.negative", severity: .error, title: "不能为负数的金额或数量为负数"),
        .init(id: "figure.conflict", severity: .warning, title: "同一数据前后不一致"),
        .init(id: "indicator.invalid", severity: .error, title: "指标录入不符合评分规则"),
        .init(
            id: "targets.required", severity: .error, title: "绩效指标缺少级次、名称、指标性质、指标值或计量单位",
            source: "财预〔2015〕88号 绩效目标管理（完整性：指标要素齐全）"),
        .init(
            id: "targets.placeholder", severity: .error, title: "指标值是占位符",
            source: "财预〔2015〕88号 绩效目标管理（绩效指标应清晰、可衡量）"),
        .init(
            id: "targets.duplicate", severity: .warning, title: "绩效指标重复",
            source: "财预〔2015〕88号 绩效目标管理（审核：完整性）"),
        .init(
            id: "targets.weights", severity: .error, title: "指标分值不大于 0 或合计不为 100（或 90）分",
            source: "财预〔2020〕10号 项目支出绩效自评表（预算执行率 10 分，其余指标 90 分）"),
        .init(
            id: "targets.dimensions", severity: .error, title: "缺少产出、效益或满意度指标",
            source: "财预〔2015〕88号 绩效目标管理（绩效指标包括产出、效益、满意度指标）"),
        .init(
            id: "targets.funds", severity: .error, title: "资金总额不等于财政资金与其他资金之和",
            source: "财预〔2015〕88号 项目支出绩效目标申报表（资金情况）"),
        .init(
            id: "targets.period", severity: .error, title: "实施期颠倒或时效指标晚于实施期结束",
            source: "财预〔2015〕88号 绩效目标管理（审核：可行性）"),
        .init(
            id: "targets.percent-range", severity: .warning, title: "百分比指标值超出 0–100%",
            source: "财预〔2021〕101号 核心绩效指标取值指引（比率不超过 100%）"),
        .init(
            id: "targets.regression", severity: .warning, title: "指标值低于上年实际完成值",
            source: "财预〔2021〕101号 核心绩效指标取值指引（参考历史标准）"),
        .init(
            id: "targets.core-missing", severity: .warning, title: "缺少指标库中本行业的必选指标",
            source: "财预〔2021〕101号 核心绩效指标取值指引（共性与行业核心指标）"),
        .init(
            id: "target.changed", severity: .error, title: "自评的绩效目标与已批准的申报表不一致",
            source: "财预〔2020〕10号 项目支出绩效自评（对照年初设定的绩效目标）"),
        .init(id: "monitor.reason-missing", severity: .error, title: "黄灯或红灯的目标未填写偏差原因和纠偏措施"),
        .init(id: "monitor.likelihood-missing", severity: .error, title: "未填写全年完成目标可能性"),
        .init(id: "monitor.forecast-over-budget", severity: .error, title: "全年预计执行数超过年度预算"),
        .init(id: "monitor.target-changed", severity: .error, title: "监控的目标与申报表不一致"),
        .init(id: "monitor.cumulative-decrease", severity: .warning, title: "累计完成值低于上一轮"),
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
        Finding(
            rule: id, severity: byID[id]?.severity ?? .warning, message: message,
            location: FindingLocation(line: line, field: field))
    }

    /// A finding of rule `id` at a field of an evaluation.
    public static func finding(_ id: String, _ message: String, path: FieldPath) -> Finding {
        finding(id, message, field: path.text)
    }
}
