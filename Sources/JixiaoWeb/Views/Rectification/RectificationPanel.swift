import Foundation
import JixiaoCore
import Plot

/// The 整改 section a page embeds (the self-evaluation review page, a monitoring round's page):
/// the items of that unit and year with status, deadline and an overdue mark, and for the
/// bureau a form to raise a new one on the page's subject (a round: the whole round or one target).
enum RectificationPanel {
    /// The raise form: its subject and what was typed (after a refusal) with the refusal's field.
    struct RaiseForm {
        var kind: RectificationSubject.Kind
        var subject: String
        /// A round's target names (row numbers from 1); empty for other subjects.
        var targets: [String] = []
        /// The row chosen beforehand (a red target's 需要整改 link).
        var target: Int? = nil
        var input: [String: String] = [:]
        var error: RectificationRefusal? = nil
    }

    struct Model {
        var user: UserAccount
        var csrf: String
        var items: [StoredRectification]
        var today: CalendarDate
        var raise: RaiseForm? = nil
        var heading = "整改"
    }

    static func render(_ m: Model) -> Node<HTML.BodyContext> {
        .section(
            .id("rectifications"), .class("rectifications"),
            .h2(.text("\(m.heading)（\(m.items.filter(\.item.isPending).count) 项未完成）")),
            m.items.isEmpty
                ? .p(.class("hint"), .id("rectifications-empty"), .text("没有整改事项。")) : table(m.items, user: m.user, today: m.today),
            .unwrap(m.raise.flatMap { RectificationRules.mayRaise(m.user) ? $0 : nil }) { raiseForm($0, csrf: m.csrf) }
        )
    }

    static func table(_ items: [StoredRectification], user: UserAccount, today: CalendarDate) -> Node<HTML.BodyContext> {
        .div(
            .class("table-scroll"),
            .table(
                .class("list rectification-list"),
                .thead(.tr(.th("单位"), .th("对象"), .th("整改要求"), .th("整改期限"), .th("状态"), .th("整改情况"), .th())),
                .tbody(
                    .forEach(items) { stored in
                        let r = stored.item
                        let overdue = r.isOverdue(on: today)
                        return .tr(
                            .attr("class", overdue ? "overdue" : ""), .attr("data-rectification", stored.id),
                            .attr("data-status", r.status.rawValue),
                            .td(.text("\(r.unitName) \(r.fiscalYear)年度")),
                            .td(.text(r.subject.text)),
                            .td(.class("rectification-requirement"), .text(r.requirement)),
                            .td(.text(r.deadline.iso), .if(overdue, .span(.class("overdue-mark"), .text(" 逾期")))),
                            .td(.class("rectification-status"), .text(r.status.label)),
                            .td(.class("rectification-answer"), .text(r.answer ?? "—")),
                            .td(.a(.attr("href", SiteURL.rectification(stored.id).path), .text(linkText(r, user: user)))))
                    })))
    }

    /// 答复 / 审核 where the user has a step to take, else 查看.
    static func linkText(_ r: Rectification, user: UserAccount) -> String {
        let actions = RectificationRules.actions(for: user, on: r)
        if actions.contains(.answer) { return "答复" }
        if r.status == .answered && actions.contains(.close) { return "审核" }
        return "查看"
    }

    static func raiseForm(_ f: RaiseForm, csrf: String) -> Node<HTML.BodyContext> {
        func error(_ field: String) -> String? { f.error?.field == field ? f.error?.message : nil }
        let chosen = f.input["target"] ?? f.target.map(String.init) ?? ""
        return .postForm(
            action: SiteURL.rectifications.path, csrf: csrf, id: "rectification-raise", class: "rectification-raise",
            [
                .h3("需要整改"),
                .hidden(name: "kind", value: f.kind.rawValue), .hidden(name: "subject", value: f.subject),
                .if(
                    !f.targets.isEmpty,
                    .selectField(
                        "整改对象", name: "target",
                        options: [("", "整轮监控")]
                            + f.targets.enumerated().map { (String($0.offset + 1), "第 \($0.offset + 1) 行：\($0.element)") },
                        selected: chosen, messages: FieldMessages(name: "target", error: error("target"), findings: []))),
                .textArea("整改要求", name: "requirement", text: f.input["requirement"] ?? "", error: error("requirement")),
                .textField(
                    "整改期限", name: "deadline", value: f.input["deadline"] ?? "", error: error("deadline"), type: .date,
                    hint: "最后一天，如 2025-09-30"),
                .button(.type(.submit), .class("button"), .text("提出整改要求")),
            ])
    }
}
