/// A step that moves an evaluation from one status to another.
public enum WorkflowAction: String, Codable, Sendable, CaseIterable {
    /// 提交: the filer sends a draft (or a returned evaluation) to the department head.
    case submit
    /// 部门审核通过: the department head approves the unit's submission.
    case approve
    /// 部门审核退回: the department head returns the unit's submission, with a written reason.
    case departmentReturn
    /// 退回: the finance bureau returns it to the unit, with a written reason.
    case sendBack
    /// 财政审核通过: the finance bureau accepts it; the evaluation is then locked.
    case accept
    /// 公开: the finance bureau or an administrator publishes an accepted evaluation.
    case publish
    /// 重新打开: the finance bureau reopens an accepted evaluation for review, with a reason.
    case reopen
    /// 撤回公开: the finance bureau or an administrator withdraws a publication, with a reason.
    case withdraw

    /// The Chinese name shown on buttons and in the history.
    public var label: String {
        switch self {
        case .submit: return "提交"
        case .approve: return "部门审核通过"
        case .departmentReturn: return "部门审核退回"
        case .sendBack: return "退回"
        case .accept: return "财政审核通过"
        case .publish: return "公开"
        case .reopen: return "重新打开"
        case .withdraw: return "撤回公开"
        }
    }

    /// True when the action needs a written reason (部门审核退回, 退回, 重新打开, 撤回公开).
    public var requiresReason: Bool { self == .departmentReturn || self == .sendBack || self == .reopen || self == .withdraw }

    /// True when the step sends the evaluation back to the unit (its reason and field notes are kept).
    public var returnsToUnit: Bool { self == .departmentReturn || self == .sendBack }

    /// True when the step takes an optional comment (部门审核通过's 审核意见), kept in the history.
    public var takesComment: Bool { self == .approve }
}
