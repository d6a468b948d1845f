import JixiaoCore

/// Messages of the declaration pages and API.
enum DeclarationText: DocumentFailureText {
    static let unreadable = "表单无法读取，请检查填写的内容。"
    static let notFound = "找不到该绩效目标申报表。"
    static let saved = "已保存。"
    static let locked = "只有草稿或被退回的申报表可以修改；财政审核通过后请用「调整」。"
    static let submitBlocked = "申报表还有必须处理的问题，处理后才能提交。"
    static let projectRequired = "项目支出绩效目标申报表须填写项目名称（project）。"
    static let keyChanged = "不能修改申报表的单位、年度、类型或项目名称。"
    static let rowsLimit = "一张申报表最多 200 行指标。"

    static func yearUnknown(_ year: Int) -> String {
        "\(year) 年度尚未设立，不能申报该年度的绩效目标；请联系管理员在「系统管理 › 年度」中添加。"
    }
    static func yearClosed(_ year: Int) -> String { "\(year) 年度已关闭填报，不能新建该年度的绩效目标申报表。" }
    static func draftYearClosed(_ year: Int) -> String {
        "\(year) 年度已关闭填报，该年度的绩效目标申报表草稿不能再修改或提交；如需补报，请联系管理员重新开放该年度。"
    }

    static func documentFormat(_ text: String) -> String { "申报表只能下载为 docx 或 xlsx，不支持「\(text)」。" }

    static func duplicate(_ id: String) -> String { "该单位本年度已有同一申报表（\(id)），请打开它修改。" }
    static func conflict(_ current: Int) -> String { "申报表已被他人修改（当前版本 \(current)），请重新打开后再改。" }
    /// Each message after its field (`targets.3.unit：…`).
    static func invalid(_ messages: [String: String]) -> String {
        messages.sorted { $0.key < $1.key }.map { "\($0.key)：\($0.value)" }.joined(separator: "\n")
    }

    /// The flash after a step.
    static func done(_ action: DeclarationAction) -> String { "已「\(action.label)」。" }
}
