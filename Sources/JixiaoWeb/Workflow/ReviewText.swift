import JixiaoCore

/// The messages of the review, dashboard, publication, export and backup pages.
enum ReviewText {
    static let scoresSaved = "财政复核得分已保存。"
    static let scoreInvalid = "不是有效的得分"
    static func scoreAboveMax(_ max: ExactDecimal) -> String { "超过该指标满分 \(max.description)" }
    /// The banner over a refused score table: each refused item by name, with its reason.
    static func scoresRefused(_ items: [String]) -> String { "复核得分未保存：" + items.joined(separator: "；") + "。已填写的内容已保留。" }
    /// The banner when a step that needs a reason was sent without one.
    static func reasonMissing(_ action: WorkflowAction) -> String {
        "未能「\(action.label)」：请填写「\(action.label)理由」。已填写的意见已保留。"
    }
    static func reasonField(_ action: WorkflowAction) -> String { "请填写\(action.label)理由" }
    static let reviewClosed = "该评价当前不在财政审核阶段，不能录入复核得分。"
    static let noEvaluations = "该年度没有评价。"
    static let publicNone = "暂无已公开的绩效自评。"
    static let restoreNotEmpty = "只能导入到空数据库（当前数据库已有数据）。"
    static let restoreInvalid = "备份文件无法读取："
    static let restored = "已导入备份。"
    static let reportUnavailable = "该报告暂不能生成："

    /// The flash message after a workflow step, saying what happens next.
    static func done(_ action: WorkflowAction) -> String {
        switch action {
        case .submit: return "已提交审核，等待部门负责人审核。"
        case .approve: return "已部门审核通过，已送财政审核。"
        case .departmentReturn: return "已退回，单位可修改后重新提交；单位已收到退回理由。"
        case .sendBack: return "已退回，单位可修改后重新提交。"
        case .accept: return "已财政审核通过，评价已锁定。"
        case .publish: return "已公开，公众可在公开页面查看。"
        case .reopen, .withdraw: return "已\(action.label)。"
        }
    }

    /// The question asked before a step that is hard to undo (the app's script shows it
    /// for a button carrying it as `data-confirm`); nil for steps that need none.
    static func confirm(_ action: WorkflowAction) -> String? {
        switch action {
        case .submit: return "确定提交审核吗？提交后不能再修改，除非被退回。"
        case .approve: return "确定部门审核通过吗？通过后将送财政审核。"
        case .accept: return "确定财政审核通过吗？通过后评价将锁定。"
        case .publish: return "确定公开吗？公开后所有人都能查看该自评报告。"
        case .departmentReturn, .sendBack, .reopen, .withdraw: return nil
        }
    }

    static func workflowConflict(version: Int) -> String {
        "操作未成功：该评价已被他人修改（现为第 \(version) 版），请刷新后重试。"
    }
}
