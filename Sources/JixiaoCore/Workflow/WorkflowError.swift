/// Why a workflow action was refused, with the message for users.
public enum WorkflowError: Error, Sendable, Hashable {
    case wrongRole(WorkflowAction, Role)
    case otherUnit
    case notAllowed(WorkflowAction, EvaluationStatus)
    case reasonRequired(WorkflowAction)
    case locked(EvaluationStatus)

    /// The message shown to the user, in Chinese.
    public var message: String {
        switch self {
        case .wrongRole(let action, let role): return "\(role.label)不能执行「\(action.label)」。"
        case .otherUnit: return "只能处理本单位的评价。"
        case .notAllowed(let action, let status): return "状态为「\(status.label)」的评价不能「\(action.label)」。"
        case .reasonRequired(let action): return "「\(action.label)」须填写理由。"
        case .locked(let status): return "状态为「\(status.label)」的评价已锁定，不能修改。"
        }
    }
}
