import JixiaoCore

/// The rectification pages' and API's own texts (the refusals are Core's `RectificationMessages`).
enum RectificationText {
    static let notFound = "整改事项不存在，或您无权查看。"
    static let title = "整改"
    static let raised = "已提出整改要求，单位将在待办中看到。"

    static func conflict(_ current: Int) -> String {
        "整改事项已被他人更新（现为第 \(current) 版），请刷新后重试。"
    }

    static func done(_ action: RectificationAction) -> String {
        switch action {
        case .raise: return raised
        case .answer: return "已提交整改情况，等待财政审核确认。"
        case .close: return "已确认整改完成。"
        case .reopen: return "已退回重新整改。"
        }
    }

    static let statusInvalid = "参数 status（整改状态）应为 open、answered 或 closed。"
    static let unitInvalid = "参数 unit（单位）不是已有单位的代码。"
    static let attachNotAllowed = "只有被整改单位可以在整改完成前上传整改佐证材料。"
    static let actionInvalid = "操作应为 answer、close 或 reopen。"
}
