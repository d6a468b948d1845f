import Foundation
import JixiaoCore
import Plot

extension DeclarationPage {
    /// The table read-only, with the reviewer's verdict and comment per row.
    static func table(_ m: Model) -> Node<HTML.BodyContext> {
        let rows = m.state.declaration.rows
        return .div(
            .class("table-scroll"),
            .table(
                .id("declaration-rows"),
                .tr(.th("#"), .forEach(DeclarationFields.rowParts) { .th(.text($0.label)) }, .th("审核意见")),
                .forEach(Array(rows.enumerated())) { index, row in
                    let texts = DeclarationFields.rowTexts(row), n = index + 1
                    return .tr(
                        .attr("id", "row-\(n)"), .td(.text(String(n))),
                        .forEach(DeclarationFields.rowParts) { .td(.text(texts[$0.key] ?? "")) },
                        .td(.attr("id", "verdict-\(n)"), .text(m.state.review.rows[n].map(verdictText) ?? "")))
                }))
    }

    static func verdictText(_ review: RowReview) -> String {
        review.verdict.label + ((review.comment ?? "").isEmpty ? "" : "：\(review.comment ?? "")")
    }

    /// The steps the user may take; the reviewer's per-row verdicts while the declaration waits for finance.
    static func workflowForm(_ m: Model) -> Node<HTML.BodyContext> {
        let reviewing = m.state.status == .approved && m.actions.contains(.accept)
        return .div(
            .id("declaration-workflow"),
            .unwrap(m.messages["workflow"]) { .p(.id("workflow-error"), .class("error"), .attr("role", "alert"), .text($0)) },
            .if(
                !m.actions.isEmpty,
                .postForm(
                    action: SiteURL.declarationWorkflow(m.stored.id).path, csrf: m.csrf,
                    id: "workflow-form",
                    [
                        .hidden(name: "version", value: String(m.stored.version)),
                        .if(
                            reviewing,
                            .div(
                                .id("row-verdicts"), .h2(.text("财政审核（\(m.state.review.roundLabel)）：逐行意见")),
                                .forEach(Array(m.state.declaration.rows.enumerated())) { index, row in
                                    let n = index + 1
                                    let current = m.state.review.rows[n]
                                    return .div(
                                        .class("verdict-row"),
                                        .selectField(
                                            "第\(n)行「\(row.target.name)」意见", name: "verdict.\(n)",
                                            options: RowVerdict.allCases.map { ($0.rawValue, $0.label) },
                                            selected: current?.verdict.rawValue ?? RowVerdict.agree.rawValue),
                                        .textField("第\(n)行 说明", name: "comment.\(n)", value: current?.comment ?? ""))
                                })),
                        .textArea("理由（退回、调整须填写）", name: "reason", text: ""),
                        .div(
                            .class("action-buttons"),
                            .forEach(m.actions) { action in
                                .button(
                                    .type(.submit), .attr("name", "action"), .attr("value", action.rawValue),
                                    .attr("id", "step-\(action.rawValue)"),
                                    .attr("class", action == .sendBack ? "button secondary" : "button"), .text(action.label))
                            }),
                    ])))
    }

    static func historyTable(_ m: Model) -> Node<HTML.BodyContext> {
        .div(
            .id("declaration-history"), .h2("修改记录"),
            .table(
                .tr(.th("版本"), .th("时间"), .th("修改人"), .th("字段"), .th("原值"), .th("新值")),
                .forEach(m.history) { entry in
                    .tr(
                        .td(.text(String(entry.version))), .td(.text(DateText.short(entry.at))), .td(.text(entry.by)),
                        .td(.text(entry.change.label)), .td(.text(entry.change.old ?? "")), .td(.text(entry.change.new ?? "")))
                }))
    }
}
