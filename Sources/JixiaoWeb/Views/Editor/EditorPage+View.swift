import JixiaoCore
import Plot

/// Renders `EditorPageModel`: the form on the left, the live analysis on the right.
enum EditorPage {
    static func render(_ m: EditorPageModel) -> HTML {
        let e = m.evaluation
        return Layout.page(
            .init(title: "\(e.unit.name) \(e.fiscalYear)年", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1(.text("\(e.unit.name) · \(e.fiscalYear)年\(e.kind.label)")),
            .p(
                .class("meta"),
                .span(.id("status"), .text("状态：\(e.status.label)")),
                .text(" · 第 \(m.stored.version) 版 · 最后由 \(m.stored.updatedBy) 于 \(DateText.short(m.stored.updatedAt)) 保存 · "),
                .a(.attr("href", SiteURL.history(m.id).path), .id("history-link"), .text("修改记录")), .text(" · "),
                .a(.attr("href", SiteURL.report(m.id, format: "html").path), .id("report-html"), .target(.blank), .text("预览报告")),
                .text(" · "), .a(.attr("href", SiteURL.report(m.id, format: "docx").path), .id("report-docx"), .text("下载 Word")),
                .text(" · "), .a(.attr("href", SiteURL.report(m.id, format: "xlsx").path), .id("report-xlsx"), .text("下载 Excel"))),
            blockingList(m.blocking),
            saveErrorList(m.fieldErrors),
            WorkflowPanel.render(
                user: m.user, csrf: m.csrf, stored: m.stored, framework: m.framework,
                input: m.workflowInput, errors: m.workflowErrors),
            .if(m.editable, WorkbookUploadForm.render(m)),
            .div(
                .class("editor-layout"),
                .div(.class("editor-main"), EditorFields.form(m)),
                .element(
                    named: "aside",
                    nodes: [
                        .attr("id", "analysis"),
                        .attr("class", "analysis"),
                        .attr("aria-live", "polite"),
                        // Collapsible: below 800 px the panel sits above the form, closed at first (app.js).
                        .element(
                            named: "details",
                            nodes: [
                                .id("analysis-details"), .class("analysis-panel"), .flag("open"),
                                .element(named: "summary", nodes: [.span(.id("analysis-summary"), .text("审核结果与得分"))]),
                                AnalysisPanel.render(m.analysis),
                                documentFindings(m.documentFindings),
                            ]),
                    ])
            ),
            AttachmentsPanel.render(m.attachmentsPanel),
            .if(m.editable, actionBar(m))
        )
    }

    /// The sticky bar at the foot of the viewport: 保存 and 提交审核, both buttons of the editor
    /// form (tied to it by `form`); 提交审核 posts it to the submit route (`formaction`), which
    /// saves what was typed before submitting.
    private static func actionBar(_ m: EditorPageModel) -> Node<HTML.BodyContext> {
        .div(
            .class("action-bar"), .id("action-bar"),
            .button(.type(.submit), .id("save"), .attr("form", "editor"), .class("primary"), .text("保存")),
            .button(
                .type(.submit), .id("submit"), .unwrap(ReviewText.confirm(.submit)) { .attr("data-confirm", $0) },
                .attr("form", "editor"), .attr("formaction", SiteURL.submit(m.id).path), .class("primary"), .text("提交审核")))
    }

    private static func blockingList(_ findings: [Finding]) -> Node<HTML.BodyContext> {
        .if(
            !findings.isEmpty,
            .div(
                .class("blocking-list"), .id("blocking"),
                .p(.text(WebText.submitBlocked)),
                .ul(.forEach(findings) { AnalysisPanel.item($0, kind: .blocking) })
            ))
    }

    /// Under the banner of a refused save: each field's message, a link to the field.
    private static func saveErrorList(_ errors: [String: String]) -> Node<HTML.BodyContext> {
        .if(
            !errors.isEmpty,
            .ul(
                .class("error-list"), .id("save-errors"),
                .forEach(errors.sorted { $0.key < $1.key }) { field, message in
                    .li(.attr("data-field", field), .a(.class("finding-link"), .attr("href", "#" + field), .text(message)))
                }
            ))
    }

    private static func documentFindings(_ findings: [Finding]?) -> Node<HTML.BodyContext> {
        .unwrap(findings) { list in
            .div(
                .class("document-findings"), .id("document-findings"),
                .h3(.text("上传报告的审核结果（\(list.count) 项）")),
                .ul(
                    .forEach(list) { f in
                        .li(
                            .attr("class", "finding \(f.severity.rawValue)"),
                            .text("\(f.location.line.map { "第 \($0) 行 " } ?? "")\(f.severity.label) \(f.rule) \(f.message)"))
                    }))
        }
    }
}
