import Foundation
import JixiaoCore
import Plot

/// 运行监控: the rounds the user may read with their overall and budget lights (text and
/// colour), filtered and ordered by light; and, for a unit's editors, a form to start a round
/// from an accepted declaration at one of the year's monitoring dates.
enum RoundListPage {
    struct Row {
        var stored: StoredMonitoringRound
        var result: MonitoringResult
    }

    struct Model {
        var user: UserAccount
        var csrf: String
        var rows: [Row]
        var year: Int?
        var light: String
        var order: String
        /// Accepted declarations the user may start a round of: (id, text).
        var declarations: [(String, String)]
        /// The monitoring dates of the years of those declarations.
        var dates: [CalendarDate]
        /// Field → message of a refused creation (`declaration`, `asOf`, `form`).
        var messages: [String: String] = [:]
        var chosen: [String: String] = [:]
    }

    static let orders: [(String, String)] = [("light", "综合灯（红灯在前）"), ("budget", "预算执行灯（红灯在前）"), ("unit", "单位"), ("updated", "最近修改")]

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "运行监控", user: m.user, csrf: m.csrf, flash: nil),
            .h1("绩效运行监控"),
            .unwrap(m.messages["form"]) { .p(.class("error"), .id("round-error"), .attr("role", "alert"), .text($0)) },
            filterForm(m),
            downloads(m),
            .if(m.rows.isEmpty, .p(.id("rounds-empty"), .text("暂无运行监控表。"))),
            .div(
                .class("table-scroll"),
                .table(
                    .id("rounds"), .class("list"),
                    .tr(.th("年度"), .th("单位"), .th("项目"), .th("截至日期"), .th("状态"), .th("综合"), .th("预算执行"), .th("执行率 ÷ 时间进度")),
                    .forEach(m.rows) { row in
                        let round = row.stored.state.round
                        return .tr(
                            .attr("data-id", row.stored.id),
                            .td(.text(String(round.fiscalYear))), .td(.text(round.unit)), .td(.text(round.project ?? "部门整体")),
                            .td(
                                .a(
                                    .attr("href", SiteURL.monitoringRound(row.stored.id).path),
                                    .attr("aria-label", "打开 \(round.subject) \(round.asOf.iso) 的运行监控表"), .text(round.asOf.iso))),
                            .td(.attr("class", "status-\(row.stored.state.status.rawValue)"), .text(row.stored.state.status.label)),
                            .td(LightText.badge(row.result.overall)), .td(LightText.badge(row.result.budget.light)),
                            .td(.class("num"), .text(row.result.budget.ratio.map { NumberFormat.text($0, .plain) + "%" } ?? "—")))
                    })),
            .if(Access.editors.contains(m.user.role), createForm(m))
        )
    }

    static func filterForm(_ m: Model) -> Node<HTML.BodyContext> {
        .element(
            named: "form",
            nodes: [
                .attr("action", SiteURL.monitoring.path), .attr("method", "get"), .id("round-filter"),
                .textField("年度", name: "year", value: m.year.map(String.init) ?? ""),
                .selectField("综合灯", name: "light", options: LightText.filterOptions, selected: m.light),
                .selectField("排序", name: "order", options: orders, selected: m.order),
                .button(.type(.submit), .class("button secondary"), .text("筛选")),
            ])
    }

    /// The 监控情况汇总表 of the rounds as filtered, and (finance, administrators) the budget
    /// execution import.
    static func downloads(_ m: Model) -> Node<HTML.BodyContext> {
        let summary = SiteURL.monitoringSummary.withQuery([
            "year": m.year.map(String.init), "light": m.light.isEmpty ? nil : m.light, "order": m.order.isEmpty ? nil : m.order,
        ])
        return .p(
            .id("round-downloads"),
            .a(.attr("href", summary), .attr("download", ""), .text("下载监控情况汇总表（.xlsx）")),
            .if(
                [.admin, .reviewer].contains(m.user.role),
                .group(.text(" · "), .a(.attr("href", SiteURL.monitoringExecution.path), .text("导入预算执行数据")))))
    }

    static func createForm(_ m: Model) -> Node<HTML.BodyContext> {
        .postForm(
            action: SiteURL.monitoring.path, csrf: m.csrf, id: "new-round",
            [
                .h2("开展运行监控"),
                .p(.class("hint"), .text("运行监控表由已经财政审核通过的绩效目标申报表生成，指标逐项带入，不需重新填写。")),
                .if(m.declarations.isEmpty, .p(.id("no-accepted"), .text("本单位还没有财政审核通过的绩效目标申报表。"))),
                .selectField(
                    "绩效目标申报表", name: "declaration", options: m.declarations, selected: m.chosen["declaration"] ?? "",
                    messages: FieldMessages(name: "declaration", error: m.messages["declaration"], findings: [])),
                .selectField(
                    "监控截至日期", name: "asOf", options: m.dates.map { ($0.iso, $0.iso) }, selected: m.chosen["asOf"] ?? "",
                    messages: FieldMessages(name: "asOf", error: m.messages["asOf"], findings: [])),
                .button(.type(.submit), .class("button"), .id("create-round"), .text("生成运行监控表")),
            ])
    }
}
