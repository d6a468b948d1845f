/// The messages of the review, dashboard, publication, export and backup pages.
enum ReviewText {
    static let scoresSaved = "财政复核得分已保存。"
    static let scoreInvalid = "不是有效的得分"
    static let scoreAboveMax = "超过该指标满分"
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
