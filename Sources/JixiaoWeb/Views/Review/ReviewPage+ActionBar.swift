import JixiaoCore
import Plot

extension ReviewPage {
    /// The bar that sticks to the foot of the review page (issue 15): 保存复核得分 (tied to the
    /// score form by `form`), each workflow step that needs no reason (tied to its form in the
    /// workflow panel, or to the score form while scoring so typed scores go with it; asking first as there), and a link to the form of each step that needs one.
    /// Nothing when the user may do nothing here.
    static func actionBar(_ m: ReviewPageModel) -> Node<HTML.BodyContext> {
        let e = m.evaluation
        let actions = Workflow.actions(for: m.user, status: e.status, unitCode: e.unit.code ?? "").filter { $0 != .submit }
        guard m.mayScore || !actions.isEmpty else { return .empty }
        return .div(
            .class("action-bar"), .id("action-bar"),
            .if(
                m.mayScore,
                .button(
                    .type(.submit), .id("save-review"), .attr("form", "review-form"), .class("primary"),
                    .text("保存复核得分"))),
            .forEach(actions) { action in
                action.requiresReason
                    ? .a(
                        .class("button secondary"), .attr("href", "#workflow-\(action.rawValue)"), .attr("id", "bar-\(action.rawValue)"),
                        .text("\(action.label)（填写理由）"))
                    : WorkflowPanel.button(
                        action, stored: m.stored, inForm: m.mayScore, id: "bar-\(action.rawValue)",
                        form: m.mayScore ? "review-form" : "workflow-\(action.rawValue)")
            }
        )
    }
}
