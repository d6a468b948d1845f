import Testing

@testable import JixiaoImport

/// template.unfilled for figures the template left as placeholders (issue 18), each
/// beside a near-identical filled text that must stay silent.
struct PlaceholderTests {
    func placeholders(_ text: String) -> [(Int, String)] {
        ReportAnalysis(text: text).findings.filter { $0.rule == "template.unfilled" }.map { ($0.location.line ?? 0, $0.message) }
    }

    @Test(arguments: [
        ("一、基本情况\n20xx年度总收入7503.63万元。\n", "2023年度本年收入", 2, "「20xx年度总收入」仍是模板占位，未填写实际内容"),
        ("一、基本情况\n依据琼府[20XX]67号文件。\n", "琼府[2021]67号", 2, "「依据琼府[20XX]」仍是模板占位，未填写实际内容"),
        ("项目全年预算数*元，执行数*元，完成预算的100%。\n", "项目全年预算数5元，执行数5元", 1, "「项目全年预算数*元」仍是模板占位，未填写实际内容"),
        ("预算数78.*元。\n", "预算数78.5元", 1, "「预算数78.*元」仍是模板占位，未填写实际内容"),
        ("三级指标\n新建猪舍(≥**平方米)\n", "新建猪舍(≥500平方米)", 2, "「新建猪舍(≥平方米)」仍是模板占位，未填写实际内容"),
    ])
    func placeholderIsReported(_ text: String, _ filled: String, _ line: Int, _ message: String) {
        let found = placeholders(text)
        #expect(found.map(\.0) == [line])
        #expect(found.map(\.1) == [message])
        #expect(placeholders(filled + "\n").isEmpty)
    }

    @Test func starsAndXOutsideFiguresAreNoPlaceholders() {
        #expect(placeholders("注*：表中数据为决算数。产品型号X200XX，满意度≥90%。\n").isEmpty)
        #expect(placeholders("单位成本≤人均标准，次均费用≤次均限额。\n").isEmpty)
    }
}
