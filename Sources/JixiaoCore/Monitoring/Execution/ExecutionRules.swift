/// The bounds and header words of a budget execution import (data, not literals at the call site).
public enum ExecutionRules {
    /// Largest upload accepted, in bytes.
    public static let maxBytes = 5 << 20
    /// Most data rows read.
    public static let maxRows = 20_000
    /// Most columns of a row.
    public static let maxColumns = 64
    /// The header row is looked for among this many first rows (a title may come first).
    public static let headerSearchRows = 10
    /// Decimals an amount may have: to the 分 in 元, the same in 万元.
    public static let maxYuanPlaces = 2
    public static let maxWanYuanPlaces = 6
    /// Largest amount in 万元 (|x| ≤ 10¹⁵ as every number from outside).
    public static let maxAmount = ExactDecimal(significand: 1_000_000_000_000_000, decimalPlaces: 0)

    /// Header words (compared with spaces, widths and a unit in brackets removed).
    public static let unitCodeHeaders: Set<String> = ["单位编码", "单位代码", "单位编号", "预算单位编码", "预算单位代码", "unitcode", "unit"]
    public static let unitNameHeaders: Set<String> = ["单位名称", "预算单位", "预算单位名称"]
    public static let projectHeaders: Set<String> = ["项目", "项目名称", "project"]
    public static let monthHeaders: Set<String> = ["月份", "月", "期间", "执行月份", "month"]
    public static let yearHeaders: Set<String> = ["年度", "年份", "年", "预算年度", "year"]
    /// A header holding one of these words is the amount column.
    public static let amountWords = ["执行", "支出", "金额", "amount"]
    /// An amount header holding this word gives the executed total to that month, not the month's own.
    public static let cumulativeWord = "累计"
    /// A row whose first filled cell starts with one of these is a total row and is skipped.
    public static let totalWords = ["合计", "总计", "小计"]
}
