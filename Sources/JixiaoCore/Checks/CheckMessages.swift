/// The Chinese messages of the checks, kept together. Every message shows the
/// figures and the arithmetic so a reviewer can verify it by hand.
public enum CheckMessages {
    static func num(_ value: ExactDecimal) -> String { value.description }

    public static func sum(_ check: SumCheck) -> String {
        let diff = check.difference.magnitude
        return
            "\(check.arithmetic)，与\(check.total.label) \(NumberFormat.moneyExact(check.total.value)) 万元不符（相差 \(NumberFormat.moneyExact(diff)) 万元）"
    }

    public static func rate(name: String, check: StatedRateCheck, numeratorText: String, denominatorText: String) -> String {
        let computed = check.computedPercent.map { $0.formatted(places: 2) } ?? "?"
        return "\(name) \(num(check.statedPercent))% 与所列数据不符：\(numeratorText) ÷ \(denominatorText) = \(computed)%"
    }

    public static func scoreSum(items: [ExactDecimal], sum: ExactDecimal, total: ExactDecimal) -> String {
        let terms = items.map(num).joined(separator: " + ")
        return "分项得分之和 \(terms) = \(num(sum)) 分，与自评总分 \(num(total)) 分不符（相差 \(num((sum - total).magnitude)) 分）"
    }

    public static func overMax(name: String, score: ExactDecimal, max: ExactDecimal) -> String {
        "「\(name)」得分 \(num(score)) 分超过其分值 \(num(max)) 分"
    }

    public static func headingOverMax(name: String, items: [ExactDecimal], sum: ExactDecimal, max: ExactDecimal) -> String {
        "「\(name)」下各项得分 \(items.map(num).joined(separator: " + ")) = \(num(sum)) 分，超过该项分值 \(num(max)) 分"
    }

    public static func totalOverMax(total: ExactDecimal) -> String {
        "自评总分 \(num(total)) 分超过满分 100 分"
    }

    public static func grade(stated: Grade, total: ExactDecimal, computed: Grade) -> String {
        "自评等级「\(stated.rawValue)」与总分 \(num(total)) 分不符：按 \(GradeCheck.band(computed)) 应为「\(computed.rawValue)」"
    }

    public static func unsupported(name: String, score: ExactDecimal, max: ExactDecimal, rateText: String, computed: ExactDecimal) -> String
    {
        "「\(name)」自评 \(num(score)) 分高于按数据计算的得分：分值 \(num(max)) × \(rateText) = \(computed.formatted(places: 2)) 分"
    }

    public static func deviationScore(name: String, score: ExactDecimal, max: ExactDecimal) -> String {
        "「\(name)」得分 \(num(score)) 分低于分值 \(num(max)) 分（扣 \(num(max - score)) 分），但未说明偏差原因及改进措施"
    }

    public static func deviationExceeded(name: String, actual: ExactDecimal, target: ExactDecimal, percent: ExactDecimal) -> String {
        "「\(name)」实际完成值 \(num(actual)) 为目标值 \(num(target)) 的 \(percent.formatted(places: 2))%（≥ 130%），未说明偏差原因（目标是否定得过低）"
    }

    public static func templateUnfilled(section: String) -> String {
        "「\(section)」仍是模板的填写说明，未替换为实际内容"
    }

    public static func sectionMissing(section: String) -> String {
        "缺少「\(section)」部分"
    }

    public static func sectionEmpty(section: String) -> String {
        "「\(section)」部分没有内容"
    }

    public static func metaMissing(_ names: [String]) -> String {
        "未填写\(names.joined(separator: "、"))"
    }

    public static func phone(_ text: String) -> String {
        "联系电话「\(text)」既不是固定电话（如 0751-6920122）也不是手机号码（如 13719971687）"
    }

    public static func impossibleDate(_ text: String) -> String {
        "日期「\(text)」不存在"
    }

    public static func earlyFilingDate(_ date: CalendarDate, fiscalYear: Int) -> String {
        "填报日期 \(date.chinese) 早于 \(fiscalYear) 年度结束（\(fiscalYear)年12月31日），年度数据尚不完整"
    }

    public static func direction(name: String, direction: Direction, word: String, lowerBetter: Bool) -> String {
        lowerBetter
            ? "「\(name)」含「\(word)」，应越低越好，却设为下限（\(direction.rawValue)）；应使用 ≤ 或 ＜"
            : "「\(name)」是越高越好的比率（\(word)），却设为上限（\(direction.rawValue)）；应使用 ≥ 或 ＞"
    }

    public static func unquantified(name: String, missing: String) -> String {
        "指标「\(name)」未量化：缺少\(missing)"
    }

    public static func numbering(found: String, expected: String, previous: String?) -> String {
        if let previous {
            return "序号「\(found)」接在「\(previous)」之后，应为「\(expected)」"
        }
        return "序号「\(found)」之前没有「\(expected)」"
    }
}

extension CheckMessages {
    /// `收入合计为 -500.00 万元，不能为负数`.
    public static func negativeFigure(label: String, value: ExactDecimal, unit: String) -> String {
        "\(label)为 \(unit == "万元" ? NumberFormat.moneyExact(value) : num(value)) \(unit)，不能为负数"
    }

    /// `“A1”的自评得分为 -1 分，得分不能为负数`.
    public static func negativeScore(indicator: String, score: ExactDecimal) -> String {
        "“\(indicator)”的自评得分为 \(num(score)) 分，得分不能为负数"
    }

    /// `自评总分为 -3 分，不能为负数`.
    public static func negativeStatedTotal(_ total: ExactDecimal) -> String {
        "自评总分为 \(num(total)) 分，不能为负数"
    }

    /// `填报的自评总分 98.00 分与按各项得分计算的总分 97.00 分不符`.
    public static func totalMismatch(stated: ExactDecimal, computed: ExactDecimal) -> String {
        "填报的自评总分 \(stated.formatted(places: 2)) 分与按各项得分计算的总分 \(computed.formatted(places: 2)) 分不符"
    }
}
