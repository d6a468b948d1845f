import JixiaoCore
import JixiaoRender
import Plot

/// 绩效信息公开: the list of published evaluations by year and unit.
enum PublicIndexPage {
    struct Model {
        var user: UserAccount?
        var csrf: String
        var year: Int?
        var years: [Int]
        var rows: [EvaluationSummary]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "绩效信息公开", user: m.user, csrf: m.csrf),
            .h1("绩效自评结果公开"),
            .p(
                .class("actions"), .a(.attr("href", SiteURL.publicIndex.path), .text("全部年度")),
                .forEach(m.years) { year in
                    .group(.text(" · "), .a(.attr("href", SiteURL.publicIndex.withQuery(["year": String(year)])), .text("\(year)年")))
                }),
            .if(m.rows.isEmpty, .p(.text(ReviewText.publicNone))),
            .table(
                .class("list"), .id("public-list"),
                .thead(.tr(.th("年度"), .th("单位"), .th("评价"), .th("得分"), .th("等级"), .th("下载"))),
                .tbody(
                    .forEach(m.rows) { row in
                        .tr(
                            .td(.text("\(row.fiscalYear)年")),
                            .td(
                                .a(
                                    .attr("href", SiteURL.publicReport(row.id).path), .class("public-report-link"),
                                    .attr("aria-label", "\(row.unitName) \(row.fiscalYear)年\(row.title) — 查看公开报告"), .text(row.unitName))),
                            .td(.text(row.title)), .td(.class("num"), .text(ScoreText.of(row.metrics.total))),
                            .td(.text(row.metrics.grade?.rawValue ?? "—")),
                            .td(
                                .a(
                                    .attr("href", SiteURL.publicFile(row.id, "docx").path),
                                    .attr("aria-label", "\(row.unitName) \(row.fiscalYear)年\(row.title) — 下载 Word"), .text("Word")),
                                .text(" · "),
                                .a(
                                    .attr("href", SiteURL.publicFile(row.id, "xlsx").path),
                                    .attr("aria-label", "\(row.unitName) \(row.fiscalYear)年\(row.title) — 下载 Excel"), .text("Excel"))))
                    }))
        )
    }
}

/// One published report: the report itself (JixiaoRender's HTML) and its downloads.
enum PublicReportPage {
    /// `attachments`: the panel of the files the filer made public (none: no panel).
    static func render(
        user: UserAccount?, csrf: String, stored: StoredEvaluation, report: ReportDocument,
        attachments: AttachmentsPanel.Model? = nil
    ) -> HTML {
        Layout.page(
            .init(title: report.title, user: user, csrf: csrf),
            .p(
                .class("actions"), .a(.attr("href", SiteURL.publicIndex.path), .text("返回公开列表")), .text(" · "),
                .a(.attr("href", SiteURL.publicFile(stored.id, "docx").path), .id("download-docx"), .text("下载 Word（.docx）")),
                .text(" · "),
                .a(.attr("href", SiteURL.publicFile(stored.id, "xlsx").path), .id("download-xlsx"), .text("下载 Excel（.xlsx）"))),
            HtmlRenderer.article(report),
            .unwrap(attachments.flatMap { $0.attachments.contains(where: \.isPublic) ? $0 : nil }) { AttachmentsPanel.render($0) }
        )
    }
}
