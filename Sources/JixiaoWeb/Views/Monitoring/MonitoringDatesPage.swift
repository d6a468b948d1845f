import Foundation
import JixiaoCore
import Plot

/// 监控日期 (administrators): the monitoring dates of a year, typed one a line or separated by
/// commas; a date outside the year is refused at the field, what was typed kept.
enum MonitoringDatesPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var year: Int
        var dates: [CalendarDate]
        var text: String
        var error: String?
        var flash: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "监控日期", user: m.user, csrf: m.csrf, flash: m.flash),
            .h1(.text("\(m.year) 年度 运行监控日期")),
            .p(
                .id("current-dates"),
                .text(m.dates.isEmpty ? "尚未设置。" : "当前：" + m.dates.map(\.iso).joined(separator: "、"))),
            .element(
                named: "form",
                nodes: [
                    .attr("action", SiteURL.monitoringDates.path), .attr("method", "get"), .id("dates-year"),
                    .textField("年度", name: "year", value: String(m.year)),
                    .button(.type(.submit), .class("button secondary"), .text("切换年度")),
                ]),
            .postForm(
                action: SiteURL.monitoringDates.path, csrf: m.csrf, id: "dates-form",
                [
                    .hidden(name: "year", value: String(m.year)),
                    .textArea(
                        "监控截至日期（每行一个，如 2025-07-31）", name: "dates", text: m.text,
                        messages: FieldMessages(name: "dates", error: m.error, findings: [])),
                    .button(.type(.submit), .class("button"), .id("save-dates"), .text("保存")),
                ])
        )
    }
}
