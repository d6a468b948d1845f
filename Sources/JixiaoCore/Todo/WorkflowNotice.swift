/// The in-app messages (消息) the workflow sends to the users of the evaluation's unit, as
/// data: which steps send one and what it says (unit, year, kind, and a return's reason).
public enum WorkflowNotice {
    /// The steps the unit hears about.
    public static let actions: Set<WorkflowAction> = [.departmentReturn, .sendBack, .approve, .accept, .publish]

    /// The message for `action` taken on `evaluation`, or nil when the step sends none. `reason` is
    /// a return's reason or 部门审核通过's optional comment.
    public static func message(_ action: WorkflowAction, on evaluation: Evaluation, reason: String?) -> String? {
        guard actions.contains(action) else { return nil }
        let what = "\(evaluation.unit.name) \(evaluation.fiscalYear)年度\(subject(evaluation))"
        let why = (reason ?? "").trimmedSpaces
        switch action {
        case .departmentReturn:
            return "\(what)被部门退回，请修改后重新提交。退回理由：\(why.isEmpty ? "（未填写）" : why)"
        case .sendBack:
            return "\(what)被财政退回，请修改后重新提交。退回理由：\(why.isEmpty ? "（未填写）" : why)"
        case .approve: return "\(what)已通过部门审核，等待财政审核。" + (why.isEmpty ? "" : "审核意见：\(why)")
        case .accept: return "\(what)已通过财政审核。"
        case .publish: return "\(what)已公开。"
        default: return nil
        }
    }

    /// 「部门整体支出绩效自评」 or 「项目支出绩效自评（项目名）」.
    static func subject(_ evaluation: Evaluation) -> String {
        guard evaluation.kind == .project, let name = evaluation.project?.name, !name.isEmpty else {
            return evaluation.kind.label
        }
        return "\(evaluation.kind.label)（\(name)）"
    }
}
