/// The Chinese messages of starting a monitoring round and setting the monitoring dates.
enum MonitoringStartText {
    static let notAccepted = "该绩效目标申报表尚未经财政审核通过，不能据此开展运行监控；请选择已审核通过的申报表。"
    static let tooMany = "每个年度最多设置 12 个监控日期。"

    static func invalidDate(_ text: String) -> String {
        "监控截至日期「\(text)」不是有效日期，请按 2025-07-31 的格式填写。"
    }

    static func outsideYear(_ date: CalendarDate, fiscalYear: Int) -> String {
        "监控截至日期 \(date.iso) 不在 \(fiscalYear) 年度内（应在 \(fiscalYear)-01-01 至 \(fiscalYear)-12-31 之间）。"
    }

    static func notScheduled(_ date: CalendarDate, dates: [CalendarDate]) -> String {
        dates.isEmpty
            ? "管理员尚未设置该年度的监控日期，暂不能开展运行监控。"
            : "\(date.iso) 不是该年度的监控日期；可选：\(dates.map(\.iso).joined(separator: "、"))。"
    }
}
