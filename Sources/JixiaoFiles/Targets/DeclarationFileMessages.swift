/// The Chinese messages of reading declaration and library files.
enum DeclarationFileMessages {
    static func wrongKind(_ kind: String) -> String { "kind 为「\(kind)」，绩效目标申报表应为 targets" }
    static let projectMissing = "scope 为 project（项目支出绩效目标申报表）时须填写 project（项目名称）"
    static func notDate(_ text: String) -> String { "「\(text)」不是有效的日期（应如 2025-01-01）" }
    static func notAmount(_ text: String) -> String { "「\(text)」不是有效的金额（万元，如 120.00）" }
    static func negativeAmount(_ text: String) -> String { "金额「\(text)」不能为负数" }
    static func notScore(_ text: String) -> String { "分值「\(text)」不是有效的数值（如 10）" }
    static func fiscalYear(_ year: Int) -> String { "年度 \(year) 不在 1900–2199 之间" }
    static func notPrevious(_ text: String) -> String { "上年实际完成值「\(text)」不是有效的数值" }
    static let notLibrary = "指标库文件应为指标列表，或含 indicators 列表的映射"
    static func libraryMissing(_ field: String) -> String { "缺少\(field)" }
    static func libraryRequired(_ text: String) -> String { "「\(text)」无效，必选应为 是 或 否" }
    static func csvMissingColumns(_ names: [String]) -> String { "缺少列：\(names.joined(separator: "、"))" }
    static func csvUnknownColumn(_ name: String) -> String { "未知的列「\(name)」，已忽略" }
    static let csvEmpty = "CSV 文件没有表头"
}
