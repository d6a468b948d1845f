import JixiaoCore

/// The Chinese messages of reading monitoring files.
enum MonitoringFileMessages {
    static func wrongKind(_ kind: String) -> String { "kind 应为 monitoring（绩效运行监控），而不是「\(kind)」" }
    static func badDate(_ text: String) -> String { "截至日期「\(text)」不是有效日期（应如 2025-07-31）" }
    static func dateOutsideYear(_ date: CalendarDate, year: Int) -> String {
        "截至日期 \(date.iso) 不在预算年度 \(year) 年内"
    }
    static func badYear(_ year: Int) -> String { "预算年度 \(year) 不在 1900 至 2199 之间" }
    static func negative(_ label: String, _ value: ExactDecimal) -> String { "\(label) \(value) 不能为负数" }
    static func tooLarge(_ label: String, _ value: ExactDecimal) -> String { "\(label) \(value) 过大（绝对值应小于 1 万亿）" }
    static func notNumber(_ label: String, _ text: String) -> String { "\(label)「\(text)」不是有效的数值" }
    static func notAmount(_ text: String) -> String { "「\(text)」不是有效的金额（万元，如 30.00、30万元、300,000元）" }
    static func qualitativeAnswer(_ text: String) -> String {
        "定性指标的完成值「\(text)」无效，可选值：达成年度指标、部分达成、未达成"
    }
    static func likelihood(_ text: String) -> String {
        FileMessages.unknownValue(text, allowed: Likelihood.allCases.map(\.rawValue))
    }
    static func duplicateTarget(_ name: String) -> String { "目标「\(name)」重复出现" }
}
