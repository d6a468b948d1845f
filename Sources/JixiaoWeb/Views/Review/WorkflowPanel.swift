import JixiaoCore
import Plot

/// The workflow buttons a user may press on an evaluation, the return reason
/// when it was returned, and the forms for the steps that need a reason.
enum WorkflowPanel {
    /// `input` is a refused form as posted (its `action` says which form gets it back), `errors` its field errors.
    /// `inForm` (the review page while the bureau re-scores): the steps are rendered inside that
    /// page's score form, each button posting the whole form to the step (`formaction`), so the
    /// scores typed and not yet saved travel with 退回 or 通过.
    static func render(
        user: UserAccount, csrf: String, stored: StoredEvaluation, framework: Framework? = nil,
        input: [String: String] = [:], errors: [String: String] = [:], inForm: Bool = false
    ) -> Node<HTML.BodyContext> {
        let e = stored.evaluation
        let actions = Workflow.actions(for: user, status: e.status, unitCode: e.unit.code ?? "")
            .filter { $0 != .submit }
        return .div(
            .class("workflow"), .id("workflow"),
            returnReason(e),
            .forEach(actions) { action in
                let typed = input["action"] == action.rawValue ? input : [:]
                let fields: [Node<HTML.BodyContext>] = [
                    .if(
                        action.requiresReason,
                        .textArea(
                            "\(action.label)理由", name: "reason", text: typed["reason"] ?? "",
                            error: typed.isEmpty ? nil : errors["reason"])),
                    .if(action.takesComment, .textArea("审核意见（选填，单位可见）", name: "comment", text: typed["comment"] ?? "")),
                    .if(action.returnsToUnit, .group(noteRows(e, framework: framework, typed: typed))),
                ]
                guard !inForm else {
                    return .div(
                        .class("workflow-action"), .attr("id", "workflow-\(action.rawValue)"), .group(fields),
                        button(action, stored: stored, inForm: true))
                }
                return .postForm(
                    action: SiteURL.workflow(stored.id).path, csrf: csrf, id: "workflow-\(action.rawValue)",
                    class: "workflow-action",
                    [
                        .hidden(name: "action", value: action.rawValue),
                        .hidden(name: "version", value: String(stored.version)),
                        .group(fields), button(action, stored: stored, inForm: false),
                    ])
            }
        )
    }

    /// A step's button; inside another form it names the step and posts that form to the workflow route.
    static func button(
        _ action: WorkflowAction, stored: StoredEvaluation, inForm: Bool,
        id: String? = nil, form: String? = nil
    ) -> Node<HTML.BodyContext> {
        .button(
            .type(.submit), .attr("id", id ?? "do-\(action.rawValue)"),
            .unwrap(ReviewText.confirm(action)) { .attr("data-confirm", $0) },
            .unwrap(form) { .attr("form", $0) },
            .if(
                inForm,
                .group(
                    .attr("name", "action"), .attr("value", action.rawValue),
                    .attr("formaction", SiteURL.workflow(stored.id).path))),
            .text(action.label))
    }

    /// 退回理由 shown at the top while the evaluation is returned.
    /// 退回理由 shown at the top while the evaluation is returned.
    static func returnReason(_ e: Evaluation) -> Node<HTML.BodyContext> {
        .if(
            e.status == .returned && e.review?.returnReason != nil,
            .div(
                .class("return-reason"), .id("return-reason"),
                .strong(.text("退回理由：")), .text(e.review?.returnReason ?? "")
            ))
    }

    /// The note shown next to a form field the return concerns (notes kept under an older
    /// name of the field, `figure.<id>`, `section.<key>` …, are found too).
    static func fieldNote(_ e: Evaluation, field: String) -> Node<HTML.BodyContext> {
        let notes = e.status == .returned ? e.review?.fieldNotes ?? [:] : [:]
        let note = notes[field] ?? notes.first { FieldPath($0.key)?.text == field }?.value
        return .unwrap(note) { note in
            .p(.class("review-note"), .attr("data-field", field), .text("审核意见：\(note)"))
        }
    }

    private static func noteRows(_ e: Evaluation, framework: Framework?, typed: [String: String]) -> [Node<HTML.BodyContext>] {
        let groups = fieldGroups(e, framework: framework)
        return (1...WorkflowController.noteRows).map { row in
            .div(
                .class("note-row"),
                .groupedSelectField(
                    "涉及字段 \(row)", name: "noteField\(row)", none: "（不指定）", groups: groups,
                    selected: typed["noteField\(row)"] ?? ""),
                .textField("意见 \(row)", name: "noteText\(row)", value: typed["noteText\(row)"] ?? ""))
        }
    }

}
