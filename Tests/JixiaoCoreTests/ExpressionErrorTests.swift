import Testing

@testable import JixiaoCore

@Suite struct ExpressionErrorTests {
    private func failure(_ text: String) -> ExpressionError? {
        do {
            _ = try Expression(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("", 1, "公式为空"),
        ("   ", 1, "公式为空"),
        ("(1 + 2", 7, "缺少右括号"),
        ("min(1, 2", 9, "缺少右括号"),
        ("1 + 2)", 6, "多余的右括号"),
        (")", 1, "多余的右括号"),
        ("1 +", 4, "缺少运算数"),
        ("* 2", 1, "缺少运算数"),
        ("min(1, )", 8, "缺少运算数"),
        ("a b", 3, "缺少运算符"),
        ("(a b)", 4, "缺少运算符"),
        ("min(a b)", 7, "缺少运算符"),
        ("1 # 2", 3, "无法识别的字符“#”"),
        ("a & b", 3, "无法识别的字符“&”"),
        ("1.2.3", 4, "数字格式不正确"),
        ("“三公经费 + 1", 1, "引号未闭合"),
        ("`` + 1", 1, "引号中的名称为空"),
        ("1 < 2 < 3", 7, "比较不能连写，请用 and 连接"),
        ("(1 > 0) + 1", 9, "不能对真假值做算术运算"),
        ("-(1 > 0)", 1, "不能对真假值做算术运算"),
        ("1 and 2 > 1", 3, "and、or、not 只能连接比较（真假值）"),
        ("not 1", 1, "and、or、not 只能连接比较（真假值）"),
        ("(1 > 0) = 1", 9, "只能比较数值"),
        ("sqrt(4)", 1, "未知函数“sqrt”（可用 min、max、abs、if）"),
        ("min()", 1, "函数 min 需要 至少 1 个参数，实际 0 个"),
        ("abs(1, 2)", 1, "函数 abs 需要 1 个参数，实际 2 个"),
        ("if(1 > 0, 1)", 1, "函数 if 需要 3 个参数，实际 2 个"),
        ("if(1, 2, 3)", 1, "if 的条件必须是比较（真假值）"),
        ("if(1 > 0, 2, 1 > 0)", 1, "if 的两个分支必须同为数值或同为真假值"),
        ("max(1 > 0, 2)", 1, "不能对真假值做算术运算"),
        ("1, 2", 2, "此处不应出现“,”"),
        ("1 + not", 5, "此处不应出现“not”"),
    ])
    func pointsAtTheColumn(text: String, column: Int, message: String) {
        let error = failure(text)
        #expect(error?.message == message, "\(text)")
        #expect(error?.column == column, "\(text)")
    }

    @Test func describesWithTheColumn() {
        #expect(failure("(1 + 2")?.description == "第 7 列：缺少右括号")
    }

    @Test func countsCharactersNotBytes() {
        // Chinese names are one column per character.
        #expect(failure("在职人数 / (编制数")?.column == 12)
    }
}
