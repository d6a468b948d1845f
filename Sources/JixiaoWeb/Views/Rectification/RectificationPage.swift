import Foundation
import JixiaoCore
import Plot

/// One rectification (`/rectifications/:id`): subject, requirement, deadline, the unit's answer
/// and the steps so far; the answer form for the unit, close and reopen for the bureau.
enum RectificationPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var stored: StoredRectification
        var today: CalendarDate
        var flash: String? = nil
        var error: String? = nil
        /// What was typed before a refusal, and the refused field.
        var input: [String: String] = [:]
        var refusal: RectificationRefusal? = nil
        /// The unit's evidence on the item.
        var attachments: [Attachment] = []
    }

    static func render(_ m: Model) -> HTML {
        let r = m.stored.item
        let overdue = r.isOverdue(on: m.today)
        return Layout.page(
            .init(title: "整改事项", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1(.text("整改：\(r.unitName) · \(r.fiscalYear)年度")),
            .p(
                .class("meta"), .span(.id("rectification-status"), .text("状态：\(r.status.label)")),
                .if(overdue, .span(.class("overdue-mark"), .id("rectification-overdue"), .text(" 逾期"))),
                .text(" · 第 \(m.stored.version) 版 · "),
                .a(.attr("href", SiteURL.rectifications.path), .text("整改清单"))),
            .element(
                named: "dl",
                nodes: [
                    .element(named: "dt", nodes: [.text("对象")]),
                    .element(
                        named: "dd",
                        nodes: [
                            .a(
                                .id("rectification-subject"), .attr("href", RectificationSubjects.link(r.subject, for: m.user)),
                                .text(r.subject.text))
                        ]),
                    .element(named: "dt", nodes: [.text("整改要求")]),
                    .element(named: "dd", nodes: [.id("rectification-requirement"), .text(r.requirement)]),
                    .element(named: "dt", nodes: [.text("整改期限")]),
                    .element(named: "dd", nodes: [.id("rectification-deadline"), .text(r.deadline.chinese)]),
                    .element(named: "dt", nodes: [.text("提出")]),
                    .element(named: "dd", nodes: [.text("\(r.raisedBy) \(DateText.short(r.raisedAt))")]),
                    .element(named: "dt", nodes: [.text("整改情况")]),
                    .element(
                        named: "dd",
                        nodes: [
                            .id("rectification-reply"), .text(r.answer ?? "尚未答复"),
                            .unwrap(r.answeredBy) { by in .text("（\(by) \(r.answeredAt.map(DateText.short) ?? "")）") },
                        ]),
                    .element(named: "dt", nodes: [.text("审核意见")]),
                    .element(named: "dd", nodes: [.id("rectification-comment"), .text(r.comment ?? "—")]),
                ]),
            forms(m),
            RectificationAttachmentsPanel.render(m),
            .section(
                .id("rectification-log"), .h2("记录"),
                .ol(
                    .forEach(r.log) { event in
                        .li(.text("\(DateText.short(event.at)) \(event.by) \(event.action.label)"), .unwrap(event.text) { .text("：\($0)") })
                    }))
        )
    }

    /// The unit's answer form, or the bureau's one form with 整改完成 and 重新整改 (the comment shared).
    private static func forms(_ m: Model) -> Node<HTML.BodyContext> {
        let actions = RectificationRules.actions(for: m.user, on: m.stored.item)
        let error = m.refusal.flatMap { ["answer", "comment"].contains($0.field) ? $0.message : nil }
        let typed = m.input["text"]
        func form(_ label: String, text: String, buttons: [RectificationAction]) -> Node<HTML.BodyContext> {
            .postForm(
                action: SiteURL.rectificationStep(m.stored.id).path, csrf: m.csrf, id: "rectification-step", class: "rectification-step",
                [
                    .hidden(name: "version", value: String(m.stored.version)),
                    .textArea(label, name: "text", text: typed ?? text, error: error),
                    .div(
                        .class("actions"),
                        .forEach(buttons) { action in
                            .button(
                                .type(.submit), .class("button"), .attr("name", "action"), .attr("value", action.rawValue),
                                .attr("id", "rectification-\(action.rawValue)"), .text(action.label))
                        }),
                ])
        }
        if actions.contains(.answer) { return form("整改情况", text: m.stored.item.answer ?? "", buttons: [.answer]) }
        let bureau = actions.filter { $0 == .close || $0 == .reopen }
        guard !bureau.isEmpty else { return .empty }
        return form("审核意见（重新整改时必填）", text: "", buttons: bureau)
    }
}
