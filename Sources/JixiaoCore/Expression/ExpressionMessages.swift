/// The Chinese messages of the expression language, kept together.
enum ExpressionMessages {
    static let empty = "公式为空"
    static let missingRightParen = "缺少右括号"
    static let unexpectedRightParen = "多余的右括号"
    static let missingOperand = "缺少运算数"
    static let missingOperator = "缺少运算符"
    static let unclosedQuote = "引号未闭合"
    static let emptyName = "引号中的名称为空"
    static let badNumber = "数字格式不正确"
    static let chainedComparison = "比较不能连写，请用 and 连接"
    static let arithmeticOnTruth = "不能对真假值做算术运算"
    static let logicOnNumber = "and、or、not 只能连接比较（真假值）"
    static let conditionNotTruth = "if 的条件必须是比较（真假值）"
    static let branchesDiffer = "if 的两个分支必须同为数值或同为真假值"
    static let compareTruth = "只能比较数值"
    static let overflow = "数值超出范围"

    static func unexpected(_ text: String) -> String { "无法识别的字符“\(text)”" }
    static func unexpectedToken(_ text: String) -> String { "此处不应出现“\(text)”" }
    static func unknownFunction(_ name: String) -> String { "未知函数“\(name)”（可用 min、max、abs、if）" }
    static func argumentCount(_ name: String, _ expected: String, _ got: Int) -> String {
        "函数 \(name) 需要 \(expected) 个参数，实际 \(got) 个"
    }
    static func missingFigure(_ label: String) -> String { "缺少数据“\(label)”" }
    static func zeroDivisor(_ text: String) -> String { "除数“\(text)”为零" }
}
