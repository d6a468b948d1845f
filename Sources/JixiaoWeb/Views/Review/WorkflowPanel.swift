import JixiaoCore
import Plot

/// The workflow buttons a user may press on an evaluation, the return reason
/// when it was returned, and the forms for the steps that need a reason.
enum WorkflowPanel {
    /// `input` is a refused form as posted (its `action` says which form gets it back), `errors` its field errors.
    static func render(user: UserAccount, csrf: String, stored: StoredEvaluation,
                       input: [String: String] = [:], errors: [String: String] = [:]) -> Node<HTML.BodyContext> {
        let e = stored.evaluation
        let actions = Workflow.actions(for: user, status: e.status, unitCode: e.unit.code ?? "")
            .filter { $0 != .submit }
        return .div(
            .class("workflow"), .id("workflow"),
            returnReason(e),
            .forEach(actions) { action in
                let typed = input["action"] == action.rawValue ? input : [:]
                return .postForm(action: SiteURL.workflow(stored.id).path, csrf: csrf, id: "workflow-\(action.rawValue)",
                          class: "workflow-action", [
                              .hidden(name: "action", value: action.rawValue),
                              .hidden(name: "version", value: String(stored.version)),
                              .if(action.requiresReason, .textArea("\(action.label)理由", name: "reason", text: typed["reason"] ?? "",
                                                                   error: typed.isEmpty ? nil : errors["reason"])),
                              .if(action == .sendBack, .group(noteRows(e, typed: typed))),
                              .button(.type(.submit), .attr("id", "do-\(action.rawValue)"),
                                      .unwrap(ReviewText.confirm(action)) { .attr("data-confirm", $0) }, .text(action.label)),
                          ])
            }
        )
    }

    /// 退回理由 shown at the top while the evaluation is returned.
    static func returnReason(_ e: Evaluation) -> Node<HTML.BodyContext> {
        .if(e.status == .returned && e.review?.returnReason != nil, .div(
            .class("return-reason"), .id("return-reason"),
            .strong(.text("退回理由：")), .text(e.review?.returnReason ?? "")
        ))
    }

    /// The note shown next to a form field the return concerns.
    static func fieldNote(_ e: Evaluation, field: String) -> Node<HTML.BodyContext> {
        .unwrap(e.status == .returned ? e.review?.fieldNotes[field] : nil) { note in
            .p(.class("review-note"), .attr("data-field", field), .text("审核意见：\(note)"))
        }
    }

    private static func noteRows(_ e: Evaluation, typed: [String: String]) -> [Node<HTML.BodyContext>] {
        let options = [("", "（不指定）")] + fieldOptions(e)
        return (1...WorkflowController.noteRows).map { row in
            .div(.class("note-row"),
                 .selectField("涉及字段 \(row)", name: "noteField\(row)", options: options,
                              selected: typed["noteField\(row)"] ?? ""),
                 .textField("意见 \(row)", name: "noteText\(row)", value: typed["noteText\(row)"] ?? ""))
        }
    }

    /// The editor's form fields a return may point at.
    static func fieldOptions(_ e: Evaluation) -> [(String, String)] {
        FigureCatalog.all.map { ("figure.\($0.id)", $0.label) }
            + e.indicators.keys.sorted().map { ("indicator.\($0).selfScore", "\($0) 自评得分") }
            + [("statedTotal", "自评总分")]
            + e.narrative.map { ("section.\($0.key)", $0.title) }
    }
}
