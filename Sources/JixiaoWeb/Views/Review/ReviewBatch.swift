import JixiaoCore
import Plot

/// Batch work on the review list: 批量财政审核通过 / 批量公开 of the ticked rows (each through
/// the same workflow rules as one by one), and the Word reports of the filter as one zip.
enum ReviewBatch {
    /// The steps a batch may take.
    static let actions: [WorkflowAction] = [.accept, .publish]
    /// Most rows one batch step takes.
    static let maxItems = 200
    /// Most reports one zip holds.
    static let maxReports = 100

    /// What a batch did: how many were done, which were refused and why; or why nothing was done.
    struct Outcome: Sendable {
        var action: WorkflowAction?
        var done: Int = 0
        var refused: [(name: String, reason: String)] = []
        var error: String? = nil

        var summary: String {
            if let error { return error }
            let label = action?.label ?? ""
            return "批量\(label)：完成 \(done) 份" + (refused.isEmpty ? "。" : "，\(refused.count) 份未处理：")
        }
    }

    /// The checkbox of one row, tied to the batch form by `form`.
    static func checkbox(_ row: DashboardRow, year: Int) -> Node<HTML.TableRowContext> {
        .td(
            .class("pick"),
            .input(
                .type(.checkbox), .attr("name", "ids[]"), .attr("value", row.id), .attr("form", "batch-form"), .class("batch-pick"),
                .attr("aria-label", "选择 \(row.unitName) \(year)年\(row.title)")))
    }

    /// The batch form (its checkboxes sit in the table) and the zip link of the filter.
    static func form(_ m: ReviewQueueModel) -> Node<HTML.BodyContext> {
        .group(
            .unwrap(m.batch) { outcome in
                .div(
                    .id("batch-result"), .attr("class", outcome.error == nil ? "flash" : "error"),
                    .p(.text(outcome.summary)),
                    .if(
                        !outcome.refused.isEmpty,
                        .ul(
                            .id("batch-refused"),
                            .forEach(outcome.refused) { item in
                                .li(.text("\(item.name)：\(item.reason)"))
                            })))
            },
            .postForm(
                action: SiteURL.reviewBatch.path + m.filter.query(m.page > 1 ? [("page", String(m.page))] : []),
                csrf: m.csrf, id: "batch-form", class: "batch",
                [
                    .span(.text("对勾选的评价（每次最多 \(maxItems) 份，逐份按单份审核的规则处理）：")),
                    .forEach(actions) { action in
                        .button(
                            .type(.submit), .attr("name", "action"), .attr("value", action.rawValue),
                            .attr("id", "batch-\(action.rawValue)"),
                            .attr("data-confirm", ReviewQueueText.batchConfirm(action)), .text("批量\(action.label)"))
                    },
                    .a(
                        .attr("href", SiteURL.reviewReportsZip.path + m.filter.query()), .id("reports-zip"),
                        .text("下载本筛选的 Word 报告（zip，最多 \(maxReports) 份）")),
                ])
        )
    }
}

extension ReviewQueueText {
    static func batchConfirm(_ action: WorkflowAction) -> String {
        "确定对勾选的评价批量\(action.label)吗？" + (ReviewText.confirm(action) ?? "")
    }

    static let batchNone = "请先勾选要处理的评价。"
    static let batchTooMany = "一次最多处理 \(ReviewBatch.maxItems) 份，请缩小筛选范围后分批处理。"
    static let batchAction = "批量操作只能是财政审核通过或公开。"
    static let notFound = "未找到该评价"
    static func zipTooMany(_ count: Int) -> String {
        "本筛选有 \(count)\(count >= ReviewListFilter.countLimit ? " 份以上" : " 份")评价，超过一次下载的上限 \(ReviewBatch.maxReports) 份：请加筛选条件（如单位、状态、等级）后再下载。"
    }
    static let zipEmpty = "本筛选没有可下载报告的评价。"
}
