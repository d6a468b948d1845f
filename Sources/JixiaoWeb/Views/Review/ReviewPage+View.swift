import JixiaoCore
import Plot

/// Renders `ReviewPageModel`: figures, computed scores with explanations, findings,
/// narrative, the reviewer's scores next to the unit's, the workflow and the history.
enum ReviewPage {
    static func render(_ m: ReviewPageModel) -> HTML {
        let e = m.evaluation
        return Layout.page(
            .init(title: "审核 \(e.unit.name)", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1(.text("审核：\(e.unit.name) · \(e.fiscalYear)年\(e.project?.name ?? e.kind.label)")),
            .p(
                .class("meta"), .span(.id("status"), .text("状态：\(e.status.label)")),
                .text(" · 第 \(m.stored.version) 版 · "),
                .a(.attr("href", SiteURL.evaluation(m.id).path), .text("填报内容")), .text(" · "),
                .a(.attr("href", SiteURL.history(m.id).path), .text("修改记录")), .text(" · "),
                .a(.attr("href", SiteURL.reviewQueue.withQuery(["year": String(e.fiscalYear)])), .text("返回审核列表"))),
            // While the bureau re-scores, the steps sit in the score form (`scoreSection`).
            .if(!m.mayScore, workflowPanel(m, inForm: false)),
            scoreSection(m),
            RectificationPanel.render(
                .init(
                    user: m.user, csrf: m.csrf, items: m.rectifications, today: Deadlines.today(),
                    raise: .init(kind: .evaluation, subject: m.id), heading: "本单位本年度的整改")),
            AttachmentsPanel.render(
                .init(
                    evaluationID: m.id, attachments: m.attachments, csrf: m.csrf, editable: false,
                    leaves: EditorPageModel.scoredLeaves(m.framework).map { ($0.id, $0.name) })),
            ReviewSections.figures(e),
            ReviewSections.computed(m.analysis),
            ReviewSections.findings(m.analysis.findings),
            ReviewSections.narrative(e),
            ReviewSections.history(m.history),
            actionBar(m)
        )
    }

    private static func workflowPanel(_ m: ReviewPageModel, inForm: Bool) -> Node<HTML.BodyContext> {
        WorkflowPanel.render(
            user: m.user, csrf: m.csrf, stored: m.stored, framework: m.framework,
            input: m.workflowInput, errors: m.workflowErrors, inForm: inForm)
    }

    private static func scoreSection(_ m: ReviewPageModel) -> Node<HTML.BodyContext> {
        let rows = m.rows
        let titles = EditorFields.leafTitles(m.framework)
        let table: Node<HTML.BodyContext> = .table(
            .class("list"), .id("review-scores"),
            .thead(
                .tr(
                    .th("指标"), .th("满分"), .th("自评得分"), .th("计算得分"), .th("计算说明"),
                    .th("财政复核得分"), .th("复核意见"))),
            .tbody(
                .forEach(rows) { row in
                    .tr(
                        .attr("data-indicator", row.id),
                        .td(.text(row.name)), .td(.class("num"), .text(ScoreText.of(row.max))),
                        .td(.class("num self-score"), .text(ScoreText.of(row.selfScore))),
                        .td(.class("num computed-score"), .text(ScoreText.of(row.computed))),
                        .td(.class("explanation"), .text(row.explanation ?? "—")),
                        .td(
                            m.mayScore
                                ? .input(
                                    .type(.text), .attr("name", "score.\(row.id)"), .attr("id", "score-\(row.id)"),
                                    .attr("value", m.scoreText(row)),
                                    .attr("class", m.fieldErrors["score.\(row.id)"] == nil ? "num" : "num invalid"),
                                    .attr("aria-label", "\(titles[row.id] ?? row.name) · 财政复核得分"))
                                : .text(ScoreText.of(row.review?.score)),
                            .unwrap(m.fieldErrors["score.\(row.id)"]) { .span(.class("field-error"), .text($0)) }),
                        .td(
                            m.mayScore
                                ? .input(
                                    .type(.text), .attr("name", "comment.\(row.id)"), .attr("id", "comment-\(row.id)"),
                                    .attr("value", m.commentText(row)),
                                    .attr("aria-label", "\(titles[row.id] ?? row.name) · 复核意见"))
                                : .text(row.review?.comment ?? "")))
                }),
            .tfoot(
                .tr(
                    .th("合计"), .td(), .td(.class("num"), .text(ScoreText.of(m.evaluation.statedTotal))),
                    .td(.class("num"), .text(ScoreText.of(m.analysis.score?.total))), .td(),
                    .td(.class("num"), .id("review-total"), .text(m.reviewTotalText)), .td()))
        )
        return .section(
            .id("scores"), .h2("得分与财政复核"),
            .unwrap(m.analysis.scoreUnavailable) { .p(.class("hint"), .text($0)) },
            .unwrap(m.reviewTotal) { total in
                .p(
                    .class("hint"), .id("review-total-note"),
                    .text("财政复核合计：已复核的 \(total.reviewedCount) 项取财政复核得分，其余各项取计算得分，按指标体系合计。"))
            },
            m.mayScore
                ? .postForm(
                    action: SiteURL.reviewScores(m.id).path, csrf: m.csrf, id: "review-form",
                    [
                        // 保存复核得分 is in the page's sticky action bar (`ReviewPage.actionBar`, tied by `form`);
                        // this hidden copy comes first so Enter in a score saves, not 退回. 退回 and 通过 post
                        // this form to the workflow route, so typed scores travel with them.
                        .button(
                            .type(.submit), .class("visually-hidden"), .attr("tabindex", "-1"), .attr("aria-hidden", "true"),
                            .text("保存复核得分")),
                        .hidden(name: "version", value: String(m.stored.version)), workflowPanel(m, inForm: true), table,
                    ])
                : table
        )
    }
}
