/// What each role has to act on (待办), as data: the statuses whose evaluations wait for the
/// role, most urgent first. Every status listed is one the role has a workflow step from
/// (`Workflow.rules`; a test keeps the two in step).
public enum Todo {
    /// Role → the statuses that wait for it.
    public static let duties: [Role: [EvaluationStatus]] = [
        .filer: [.returned, .draft],
        .approver: [.submitted],
        .reviewer: [.approved, .accepted],
        .admin: [.accepted],
    ]

    /// The statuses whose evaluations wait for `role`.
    public static func statuses(for role: Role) -> [EvaluationStatus] { duties[role] ?? [] }

    /// The heading of a to-do group: what has to be done with evaluations in `status`.
    public static func title(_ status: EvaluationStatus) -> String {
        switch status {
        case .returned: return "被退回，待修改后重新提交"
        case .draft: return "草稿，待填报提交"
        case .submitted: return "已提交，待部门审核"
        case .approved: return "部门已审，待财政审核"
        case .accepted: return "财政已审，待公开"
        case .published: return "已公开"
        }
    }
}
