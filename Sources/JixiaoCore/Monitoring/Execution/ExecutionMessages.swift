/// The Chinese messages of a budget execution import.
public enum ExecutionMessages {
    static let empty = "文件中没有数据"
    static func tooLarge(_ bytes: Int) -> String { "文件超过 \(bytes >> 20) MB，请分开导入" }
    static func tooManyRows(_ rows: Int) -> String { "数据超过 \(rows) 行，请分开导入" }
    static func tooManyColumns(_ columns: Int) -> String { "超过 \(columns) 列" }
    static let noHeader =
        "前 \(ExecutionRules.headerSearchRows) 行中找不到表头：须有「单位编码」「月份」和执行金额列（如「执行数（万元）」或「支出金额（元）」）"
    static func missingColumn(_ name: String) -> String { "表头缺少「\(name)」列" }
    static func duplicateColumn(_ name: String) -> String { "表头有两列「\(name)」，无法确定用哪一列" }
    static let amountUnit = "金额列的表头须写明单位：（元）或（万元）"
    static let noUnitCode = "未填写单位编码"
    static func unknownUnit(_ code: String) -> String { "单位编码「\(code)」不在单位名录中" }
    static func badMonth(_ text: String) -> String {
        text.isEmpty ? "未填写月份" : "月份「\(text)」无法识别（可写 2025-07、2025年7月 或 1 至 12 的月份）"
    }
    static func badYear(_ text: String) -> String { "年度「\(text)」不是有效的年份" }
    static func outsideYear(year: Int, month: Int, fiscalYear: Int) -> String {
        "\(year)年\(month)月不在 \(fiscalYear) 预算年度内"
    }
    static func badAmount(_ text: String) -> String {
        text.isEmpty ? "未填写金额" : "金额「\(text)」不是有效的数值"
    }
    static func negative(_ text: String) -> String { "金额「\(text)」为负数：执行数不能为负" }
    static func tooPrecise(_ text: String, places: Int, unit: String) -> String {
        "金额「\(text)」的小数超过 \(places) 位（单位：\(unit)）"
    }
    static func tooBig(_ text: String) -> String { "金额「\(text)」过大" }
    static func duplicate(row: Int) -> String { "与第 \(row) 行重复（同一单位、项目和月份只能有一行）" }
}
