import Foundation
import JixiaoCore
import Plot

/// 导入预算执行数 (finance, administrators): the upload form; then either every problem of the
/// file (nothing imported) or the preview of each round's executed budget with the button that
/// applies all of them at once.
enum ExecutionImportPage {
    /// One round of the preview.
    struct Line {
        var change: ExecutionPlan.Change
        var stored: StoredMonitoringRound

        var locked: Bool { !Workflow.mayChangeContent(stored.state.status) }
        var applies: Bool { change.changes && !locked }
    }

    struct Model {
        var user: UserAccount
        var csrf: String
        var year: Int
        var dates: [CalendarDate]
        var asOf: CalendarDate?
        var file: String?
        var problems: [String] = []
        var preview: [Line]?
        var untouched = 0
        var unused: [String] = []
        var flash: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: ExecutionText.title, user: m.user, csrf: m.csrf, flash: m.flash),
            .h1(.text("\(m.year) 年度 \(ExecutionText.title)")),
            .p(.class("hint"), .text(ExecutionText.help)),
            uploadForm(m),
            .if(
                !m.problems.isEmpty,
                .div(
                    .id("execution-problems"), .class("error"), .attr("role", "alert"),
                    .p(.text("有 \(m.problems.count) 个问题，未导入任何数据：")),
                    .ul(.forEach(m.problems) { .li(.text($0)) }))),
            .unwrap(m.preview) { preview(m, $0) }
        )
    }

    static func uploadForm(_ m: Model) -> Node<HTML.BodyContext> {
        .postForm(
            action: SiteURL.monitoringExecution.path, csrf: m.csrf, id: "execution-form", multipart: true,
            [
                .textField("年度", name: "year", value: String(m.year)),
                .selectField(
                    "监控截至日期", name: "asOf", options: [("", "请选择")] + m.dates.map { ($0.iso, $0.iso) },
                    selected: m.asOf?.iso ?? (m.dates.count == 1 ? m.dates[0].iso : "")),
                .div(
                    .class("field"), .label(.attr("for", "file"), .text("预算执行文件（.csv 或 .xlsx）")),
                    .input(.type(.file), .attr("name", "file"), .id("file"), .attr("accept", ".csv,.xlsx"))),
                .button(.type(.submit), .class("button"), .id("execution-preview"), .text("检查并预览")),
            ])
    }

    static func preview(_ m: Model, _ lines: [Line]) -> Node<HTML.BodyContext> {
        let applying = lines.filter(\.applies)
        return .div(
            .id("execution-preview-table"),
            .h2(.text("预览：\(m.file ?? "") · 截至 \(m.asOf?.iso ?? "")")),
            .p(.text("将更新 \(applying.count) 份运行监控表的已执行数；\(m.untouched) 份没有数据，保持不变。")),
            .div(
                .class("table-scroll"),
                .table(
                    .class("list"),
                    .tr(.th("单位"), .th("项目"), .th("状态"), .th("原已执行（万元）"), .th("导入后（万元）"), .th("来自行")),
                    .forEach(lines) { line in
                        let round = line.stored.state.round
                        return .tr(
                            .attr("data-id", line.stored.id),
                            .td(.a(.attr("href", SiteURL.monitoringRound(line.stored.id).path), .text(round.unit))),
                            .td(.text(round.project ?? "部门整体")), .td(.text(line.stored.state.status.label)),
                            .td(.class("num"), .text(NumberFormat.moneyExact(line.change.old))),
                            .td(
                                .class("num"),
                                .text(
                                    NumberFormat.moneyExact(line.change.new)
                                        + (line.locked
                                            ? "（\(ExecutionText.locked)）" : line.change.changes ? "" : "（\(ExecutionText.unchanged)）"))),
                            .td(.text(line.change.rows.map(String.init).joined(separator: "、"))))
                    })),
            .if(!m.unused.isEmpty, .ul(.id("execution-unused"), .forEach(m.unused) { .li(.text($0)) })),
            .if(
                !applying.isEmpty,
                .postForm(
                    action: SiteURL.monitoringExecutionApply.path, csrf: m.csrf, id: "execution-apply",
                    [.hidden(name: "year", value: String(m.year)), .hidden(name: "asOf", value: m.asOf?.iso ?? "")]
                        + applying.map {
                            .hidden(name: "change[]", value: "\($0.stored.id)|\($0.stored.version)|\($0.change.new.description)")
                        } + [.button(.type(.submit), .class("button"), .id("execution-confirm"), .text("确认导入"))]))
        )
    }
}
