/// The Chinese messages of the framework table import, kept together.
enum CSVMessages {
    static let noHeader = "找不到表头行（应含「一级指标」「分值」等列）"
    static let ignoredRow = "表头之前的这一行不是已知的元数据（id、标题、类型、地区、年度、来源、总分），已忽略"
    static func badMetadata(_ key: String, _ value: String) -> String { "元数据「\(key)」的值「\(value)」无效" }
    static func badMax(_ text: String, level: Int) -> String { "\(levelName(level))的分值「\(text)」不是有效的数值" }
    static func missingMax(_ name: String, level: Int) -> String { "\(levelName(level))「\(name)」缺少分值" }
    static func orphan(_ name: String, level: Int) -> String {
        "\(levelName(level))「\(name)」之前没有\(levelName(level - 1))（合并单元格的第一行不能为空）"
    }
    static func maxWithoutName(level: Int) -> String { "有\(levelName(level))分值却没有指标名称" }
    static let rowWithoutIndicator = "这一行有评分标准，但没有任何指标名称可以归属"

    static func levelName(_ level: Int) -> String { ["一级指标", "二级指标", "三级指标"][min(max(level, 0), 2)] }
}
