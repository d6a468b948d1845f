/// The review cycle of a declaration (cycle.md §4): the rules of `Workflow` (same roles,
/// statuses, own-unit rule and reasons) plus 调整 after acceptance. Pages and the API ask here.
public enum DeclarationWorkflow {
    /// The status `action` leads to, or why it is refused.
    public static func decide(
        _ action: DeclarationAction, from status: EvaluationStatus, by user: UserAccount,
        unitCode: String, reason: String? = nil
    ) -> Result<EvaluationStatus, DeclarationRefusal> {
        if let step = action.workflowAction {
            return Workflow.decide(step, from: status, by: user, unitCode: unitCode, reason: reason)
                .mapError { DeclarationRefusal.workflow($0) }
        }
        guard user.mayEdit(unitCode: unitCode) else { return .failure(.adjust("只有本单位的填报人可以调整绩效目标。")) }
        guard status == .accepted else {
            return .failure(.adjust("状态为「\(status.label)」的绩效目标申报表不能调整；财政审核通过后才能调整。"))
        }
        guard !(reason ?? "").trimmedSpaces.isEmpty else { return .failure(.adjust("「调整」须填写理由。")) }
        return .success(.draft)
    }

    /// Why 财政审核通过 is refused with these verdicts: a row marked 需修改 must be returned first.
    public static func acceptRefusal(_ rows: [Int: RowReview]) -> String? {
        let revise = rows.filter { $0.value.verdict == .revise }.keys.sorted()
        guard !revise.isEmpty else { return nil }
        let list = revise.map { "第\($0)行" }.joined(separator: "、")
        return "\(list)的意见为「需修改」，不能审核通过：请退回，或把意见改为「同意」。"
    }

    /// The steps `user` may take now (for buttons).
    public static func actions(for user: UserAccount, status: EvaluationStatus, unitCode: String) -> [DeclarationAction] {
        DeclarationAction.allCases.filter { action in
            if let step = action.workflowAction {
                return Workflow.actions(for: user, status: status, unitCode: unitCode).contains(step)
            }
            return status == .accepted && user.mayEdit(unitCode: unitCode)
        }
    }

    /// The state after a decided step: a return keeps its reason and the per-row notes and makes
    /// the next review a 复审; an acceptance closes an adjustment; an adjustment records its reason
    /// and keeps the accepted declaration in force (`DeclarationState.accepted`) until then.
    public static func apply(
        _ action: DeclarationAction, to state: DeclarationState, status: EvaluationStatus,
        reason: String?, rows: [Int: RowReview]
    ) -> DeclarationState {
        var next = state
        next.status = status
        let text = reason?.trimmedSpaces
        switch action {
        case .sendBack:
            next.review.returnReason = text
            next.review.rows = rows
            next.review.round += 1
        case .accept:
            next.review.rows = rows
            if next.review.adjustmentReason != nil {
                next.review.adjustmentReason = nil
                next.review.adjustments += 1
            }
            next.accepted = nil
        case .adjust:
            // The accepted version stays in force until the adjustment is accepted.
            next.accepted = state.declaration
            next.review.adjustmentReason = text
            next.review.round = 1
            next.review.returnReason = nil
        case .submit, .approve:
            break
        }
        return next
    }
}
