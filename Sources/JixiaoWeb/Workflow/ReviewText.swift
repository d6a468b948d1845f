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

    static func done(_ action: String) -> String { "已\(action)。" }

    static func workflowConflict(version: Int) -> String {
        "操作未成功：该评价已被他人修改（现为第 \(version) 版），请刷新后重试。"
    }
}
