import Foundation
import JixiaoCore
import Plot

/// One monitoring round: the lights with their arithmetic and the `monitor.*` findings (redrawn
/// live as the filer types, the editor's markup), the budget and each declared target with what
/// the unit enters (inputs while the unit may edit), the workflow steps and the history.
enum RoundPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var stored: StoredMonitoringRound
        var form: MonitoringForm
        var result: MonitoringResult
        /// Field → why the posted value was refused (`form`, `workflow`: not at a field).
        var messages: [String: String]
        var editable: Bool
        var actions: [WorkflowAction]
        var history: [HistoryEntry]
        var flash: String?
        /// The 整改 items raised on this round (the whole round or one of its targets).
        var rectifications: [StoredRectification] = []

        var state: MonitoringRoundState { stored.state }

        /// The messages of input `name`: a refusal and the findings shown there.
        func said(_ name: String) -> FieldMessages {
            FieldMessages(name: name, error: messages[name], findings: result.findings.filter { RoundPage.inputID($0) == name })
        }
    }

    static func render(_ m: Model) -> HTML {
        let round = m.state.round
        return Layout.page(
            .init(title: "运行监控 \(round.subject)", user: m.user, csrf: m.csrf, flash: m.flash),
            .h1(.text("\(round.fiscalYear) 年度 运行监控 · \(round.subject)")),
            .p(
                .id("round-head"), .text("截至 \(round.asOf.iso)（已过 \(round.months) 个月）· "),
                .span(.id("round-status"), .attr("class", "status-\(m.state.status.rawValue)"), .text(m.state.status.label)),
                .text(" · 版本 \(m.stored.version) · "),
                .a(.id("round-docx"), .attr("href", SiteURL.monitoringDocument(m.stored.id).path), .text("下载 Word"))),
            .unwrap(m.state.review.returnReason) { .p(.id("return-reason"), .class("error"), .text("退回理由：\($0)")) },
            .unwrap(m.state.review.comment) { .p(.id("review-comment"), .text("审核意见：\($0)")) },
            .unwrap(m.messages["form"]) { .p(.id("form-error"), .class("error"), .attr("role", "alert"), .text($0)) },
            .div(.id("round-analysis"), .h2("监控结果"), panel(m.result, round: round, refusals: [:])),
            m.editable ? editForm(m) : table(m),
            workflowForm(m),
            rectificationPanel(m),
            historyTable(m)
        )
    }

    /// The lights (overall, budget, each target, each with its arithmetic) and the findings,
    /// errors first, each linking to its input; `#analysis-content` and `#findings li[data-field]`
    /// as in the evaluation editor, so app.js redraws it and the messages at the fields.
    static func panel(_ result: MonitoringResult, round: MonitoringRound, refusals: [String: String]) -> Node<HTML.BodyContext> {
        let blocking = result.findings.filter(\.blocksSubmission), rest = result.findings.filter { !$0.blocksSubmission }
        func item(_ f: Finding) -> Node<HTML.ListContext> {
            let field = inputID(f)
            return .li(
                .attr("class", "finding \(f.severity.rawValue)"), .attr("data-rule", f.rule),
                .attr("data-field", field), .attr("data-word", FindingGroups.Kind.of(f).word(f)),
                .a(.class("finding-link"), .attr("href", "#" + field), .text("\(f.rule)：\(f.message)")))
        }
        return .div(
            .id("analysis-content"),
            .p(.id("overall-light"), .text("综合："), LightText.badge(result.overall, id: "overall-badge")),
            .table(
                .id("round-lights"), .class("list"),
                .tr(.th("项目"), .th("灯"), .th("计算")),
                .tr(
                    .attr("id", "light-budget"), .td("预算执行"), .td(LightText.badge(result.budget.light)),
                    .td(.class("light-explanation"), .text(result.budget.reading.explanation))),
                .forEach(Array(result.targets.enumerated())) { index, target in
                    .tr(
                        .attr("id", "light-\(index)"), .td(.text(target.name)), .td(LightText.badge(target.light)),
                        .td(.class("light-explanation"), .text(target.reading.explanation)))
                }),
            .div(
                .id("findings"),
                .if(result.findings.isEmpty && refusals.isEmpty, .p(.id("findings-none"), .text("未发现问题。"))),
                .if(
                    !refusals.isEmpty,
                    .ul(
                        .id("refusals"), .class("error-list"),
                        .forEach(refusals.sorted { $0.key < $1.key }) { field, message in
                            .li(.a(.attr("href", "#" + field), .text("\(MonitoringFields.label(field))：\(message)")))
                        })),
                .if(!blocking.isEmpty, .div(.class("finding-group blocking"), .h3("提交前须处理"), .ul(.forEach(blocking, item)))),
                .if(!rest.isEmpty, .div(.class("finding-group"), .h3("请核对"), .ul(.forEach(rest, item))))))
    }

    /// The input a finding is shown at: a missing reason at the row's 偏差原因, another row
    /// finding at its actual, `targets` at the table.
    static func inputID(_ finding: Finding) -> String {
        let field = finding.location.field ?? "targets"
        let parts = field.split(separator: ".")
        if parts.count == 2, parts[0] == "targets" {
            return field + (finding.rule == "monitor.reason-missing" ? ".deviationReason" : ".actual")
        }
        return field == "targets" ? "round-rows" : field
    }

    /// The round's 整改 items and, for the bureau, the raise form: the whole round or one target,
    /// each target listed with its light word so a red one is easy to pick.
    static func rectificationPanel(_ m: Model) -> Node<HTML.BodyContext> {
        let targets = m.result.targets.map { "\($0.name)（\($0.light?.label ?? "未判定")）" }
        return RectificationPanel.render(
            .init(
                user: m.user, csrf: m.csrf, items: m.rectifications, today: Deadlines.today(),
                raise: .init(kind: .monitoring, subject: m.stored.id, targets: targets), heading: "本轮监控的整改"))
    }

    static func historyTable(_ m: Model) -> Node<HTML.BodyContext> {
        .div(
            .id("round-history"), .h2("修改记录"),
            .table(
                .class("list"),
                .tr(.th("版本"), .th("时间"), .th("修改人"), .th("字段"), .th("原值"), .th("新值")),
                .forEach(m.history) { entry in
                    .tr(
                        .td(.text(String(entry.version))), .td(.text(DateText.short(entry.at))), .td(.text(entry.by)),
                        .td(.text(entry.change.label)), .td(.text(entry.change.old ?? "")), .td(.text(entry.change.new ?? "")))
                }))
    }
}
