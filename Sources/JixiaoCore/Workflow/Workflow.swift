/// The review cycle as data: 草稿 → 已提交 → 部门已审 (or 退回 by the department) → 财政已审 / 退回 → 已公开.
///
/// The web layer asks `decide` before every status change and `mayChangeContent`
/// / `mayRecordReview` before every write, on pages and in the API alike.
public enum Workflow {
    /// Every allowed move. Anything not listed here is refused.
    public static let rules: [WorkflowRule] = [
        .init(action: .submit, from: [.draft, .returned], roles: [.filer, .admin], to: .submitted, ownUnitOnly: true),
        .init(action: .approve, from: [.submitted], roles: [.approver], to: .approved, ownUnitOnly: true),
        .init(action: .departmentReturn, from: [.submitted], roles: [.approver], to: .returned, ownUnitOnly: true),
        .init(action: .sendBack, from: [.approved], roles: [.reviewer], to: .returned, ownUnitOnly: false),
        .init(action: .accept, from: [.approved], roles: [.reviewer], to: .accepted, ownUnitOnly: false),
        .init(action: .publish, from: [.accepted], roles: [.reviewer, .admin], to: .published, ownUnitOnly: false),
        .init(action: .reopen, from: [.accepted], roles: [.reviewer], to: .approved, ownUnitOnly: false),
        .init(action: .withdraw, from: [.published], roles: [.reviewer, .admin], to: .accepted, ownUnitOnly: false),
    ]

    /// The status `action` leads to when `user` takes it on an evaluation of `unitCode`
    /// now at `status`, or why it is refused.
    public static func decide(
        _ action: WorkflowAction, from status: EvaluationStatus, by user: UserAccount,
        unitCode: String, reason: String? = nil
    ) -> Result<EvaluationStatus, WorkflowError> {
        guard let rule = rules.first(where: { $0.action == action }) else { return .failure(.notAllowed(action, status)) }
        guard rule.roles.contains(user.role) else { return .failure(.wrongRole(action, user.role)) }
        if rule.ownUnitOnly && user.role != .admin && user.unitCode != unitCode { return .failure(.otherUnit) }
        guard rule.from.contains(status) else { return .failure(.notAllowed(action, status)) }
        if action.requiresReason && (reason ?? "").trimmedSpaces.isEmpty { return .failure(.reasonRequired(action)) }
        return .success(rule.to)
    }

    /// The actions `user` may take now on an evaluation of `unitCode` at `status` (for buttons).
    public static func actions(for user: UserAccount, status: EvaluationStatus, unitCode: String) -> [WorkflowAction] {
        rules.filter { rule in
            rule.from.contains(status) && rule.roles.contains(user.role)
                && (!rule.ownUnitOnly || user.role == .admin || user.unitCode == unitCode)
        }.map(\.action)
    }

    /// True when the unit's content (figures, targets, scores, narrative) may change:
    /// only drafts and returned evaluations. Everything after submission is locked.
    public static func mayChangeContent(_ status: EvaluationStatus) -> Bool {
        status == .draft || status == .returned
    }

    /// True when the finance bureau may record its own scores (财政复核得分): while it reviews.
    public static func mayRecordReview(_ status: EvaluationStatus) -> Bool {
        status == .approved
    }

    /// True when the status can be seen by anyone, signed in or not.
    public static func isPublic(_ status: EvaluationStatus) -> Bool { status == .published }

    /// True when the evaluation is locked against every change except a workflow action.
    public static func isLocked(_ status: EvaluationStatus) -> Bool { status == .accepted || status == .published }
}
