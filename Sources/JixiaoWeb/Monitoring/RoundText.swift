import JixiaoCore

/// Messages of the monitoring pages and API (运行监控).
enum RoundText: DocumentFailureText {
    static let unreadable = "表单无法读取，请检查填写的内容。"
    static let notFound = "找不到该运行监控表。"
    static let declarationNotFound = "找不到该绩效目标申报表，或不在您的单位范围内。"
    static let saved = "已保存。"
    static let locked = "只有草稿或被退回的运行监控表可以修改。"
    static let submitBlocked = "运行监控表还有必须处理的问题（见「提交前须处理」），处理后才能提交。"
    static let keyChanged = "不能修改运行监控表的单位、年度、项目或截至日期。"
    static let datesSaved = "监控日期已保存。"
    static let actions: [WorkflowAction] = [.submit, .approve, .departmentReturn, .sendBack, .accept]

    static func duplicate(_ id: String) -> String { "该单位在该截至日期已有运行监控表（\(id)），请打开它填写。" }
    static func conflict(_ current: Int) -> String { "运行监控表已被他人修改（当前版本 \(current)），请重新打开后再改。" }
    /// Each message alone: they name their field themselves.
    static func invalid(_ messages: [String: String]) -> String {
        messages.sorted { $0.key < $1.key }.map(\.value).joined(separator: "\n")
    }

    /// The flash after a step.
    static func done(_ action: WorkflowAction) -> String { "已「\(action.label)」。" }

    /// The workflow's refusal, naming the monitoring table instead of the evaluation.
    static func refusal(_ error: WorkflowError) -> String {
        error.message.replacingOccurrences(of: "评价", with: "运行监控表")
    }
}
