/// The Chinese texts of monitoring: light explanations and the `monitor.*` findings,
/// each with its numbers.
public enum MonitoringMessages {
    static func money(_ value: ExactDecimal) -> String { NumberFormat.moneyExact(value) + " 万元" }
    static func pct(_ value: ExactDecimal) -> String { value.formatted(places: 2) + "%" }

    static func budget(
        _ budget: MonitoredBudget, rate: ExactDecimal, months: Int, time: ExactDecimal, ratio: ExactDecimal,
        band: String, light: Light
    ) -> String {
        "执行率 = 已执行 \(money(budget.executed)) ÷ 年度预算 \(money(budget.annual)) = \(pct(rate))；"
            + "时间进度 = \(months) ÷ 12 = \(pct(time))；"
            + "执行率 \(pct(rate)) ÷ 时间进度 \(pct(time)) = \(pct(ratio))，\(band)，\(light.label)"
    }

    static func noBudget(_ annual: ExactDecimal) -> String {
        annual.isZero ? "年度预算为 0，无法计算执行率，红灯" : "年度预算 \(money(annual)) 不是正数，无法计算执行率，红灯"
    }

    static let noTimeElapsed = "截至日期不在预算年度内，时间进度为 0，无法亮灯"
    static let tooLarge = "数值过大，无法计算，无法亮灯"

    static func noActual(_ text: String?) -> String {
        text.map { "完成值「\($0)」不是数值，无法亮灯" } ?? "未填写完成值，无法亮灯"
    }

    static func targetNotNumber(_ text: String?) -> String {
        text.map { "目标值「\($0)」不是数值，无法亮灯" } ?? "未填写目标值，无法亮灯"
    }

    static func noAnswer(_ text: String?) -> String {
        let allowed = "可选：达成年度指标、部分达成、未达成"
        return text.map { "定性完成情况「\($0)」无法识别（\(allowed)），无法亮灯" } ?? "未填写定性完成情况（\(allowed)），无法亮灯"
    }

    static func deadlineOpen(asOf: CalendarDate, deadline: CalendarDate, light: Light) -> String {
        light == .green
            ? "尚未完成，截至 \(asOf.iso) 未过目标日期 \(deadline.iso)，\(light.label)"
            : "截至 \(asOf.iso) 仍未完成，已过目标日期 \(deadline.iso)，\(light.label)"
    }

    static func qualitative(_ answer: String, light: Light) -> String { "定性指标完成情况「\(answer)」，\(light.label)" }

    static func thresholdOutOfRange(name: String, label: String, value: ExactDecimal) -> String {
        "\(name)的\(label) \(value)% 超出范围（应在 0% 至 100000% 之间）"
    }

    static func thresholdsOutOfOrder(name: String, bands: LightBands) -> String {
        let blue = bands.blueFrom.map { "、蓝灯下限 \($0)%" } ?? ""
        let order = bands.blueFrom == nil ? "黄灯下限 ≤ 绿灯下限" : "黄灯下限 ≤ 绿灯下限 ≤ 蓝灯下限"
        return "\(name)的阈值顺序不对：黄灯下限 \(bands.yellowFrom)%、绿灯下限 \(bands.greenFrom)%\(blue)，应为 \(order)"
    }

    // MARK: findings

    static func reasonMissing(_ target: MonitoredTarget, reading: LightReading) -> String {
        let missing = [(target.deviationReason, "偏差原因"), (target.measures, "纠偏措施")]
            .filter { ($0.0 ?? "").trimmedSpaces.isEmpty }.map(\.1).joined(separator: "和")
        return "「\(target.name)」\(reading.light?.label ?? "")（\(reading.explanation)），未填写\(missing)"
    }

    static func likelihoodMissing(_ target: MonitoredTarget) -> String {
        "「\(target.name)」未填写全年完成目标可能性（确定能、有可能、完全不可能）"
    }

    static func forecastOverBudget(expected: ExactDecimal, annual: ExactDecimal) -> String {
        "全年预计执行 \(money(expected))，超过年度预算 \(money(annual))（多 \(money(expected - annual))）"
    }

    static func notDeclared(_ name: String) -> String { "目标「\(name)」不在申报表中" }

    static func notMonitored(_ name: String) -> String { "申报表中的目标「\(name)」在监控表中缺失" }

    static func changed(_ name: String, changes: [(field: String, declared: String, monitored: String)]) -> String {
        let list = changes.map { "\($0.field)申报为「\($0.declared)」，监控表为「\($0.monitored)」" }.joined(separator: "；")
        return "目标「\(name)」与申报表不一致：\(list)（调整目标须经调整申报）"
    }

    static func cumulativeDecrease(
        _ name: String, actual: ExactDecimal, earlier: ExactDecimal, earlierAsOf: CalendarDate,
        unit: String?
    ) -> String {
        let words = ValueWords(unit: unit)
        return "「\(name)」为累计值，本次完成值 \(words.lead(actual))低于上一轮（截至 \(earlierAsOf.iso)）的 "
            + "\(words.value(earlier))（减少 \(words.value(earlier - actual))）"
    }
}
