import Testing

@testable import JixiaoCore

@Suite("Year settings: thresholds and result-use rules as an administrator types them")
struct YearSettingsTests {
    static func form(_ changes: [String: String] = [:]) -> [String: String] {
        YearSettings.defaults(year: 2025).formTexts.merging(changes) { _, new in new }
    }

    @Test("the defaults' own texts parse back to the defaults (the table of cycle.md and 优 优先保障 …)")
    func defaultsRoundTrip() {
        // when
        let (settings, problems) = YearSettings.parse(Self.form(), year: 2025)
        // then
        #expect(problems.isEmpty)
        #expect(settings == .defaults(year: 2025))
        #expect(settings?.thresholds.budget == LightBands(yellowFrom: 60, greenFrom: 80))
        #expect(settings?.resultRules.treatment(for: .good) == "按需保障")
        #expect(settings?.resultRules.treatment(for: .poor) == "取消或暂停")
        #expect(settings?.isDefault == true)
    }

    @Test(
        "each threshold is an exact decimal from 0 to 1000 with at most two places, the message names the field",
        arguments: [
            ("", "预算执行灯的黄灯下限不能为空"), ("六十", "预算执行灯的黄灯下限「六十」不是数值（例如 60 或 62.5）"),
            ("-1", "预算执行灯的黄灯下限 -1% 超出范围，应在 0 至 1000% 之间"),
            ("1000.01", "预算执行灯的黄灯下限 1000.01% 超出范围，应在 0 至 1000% 之间"),
            ("60.125", "预算执行灯的黄灯下限「60.125」最多两位小数"), ("1e2", "预算执行灯的黄灯下限「1e2」不是数值（例如 60 或 62.5）"),
        ])
    func badThreshold(_ text: String, _ message: String) {
        // when
        let (settings, problems) = YearSettings.parse(Self.form(["budget.yellowFrom": text]), year: 2025)
        // then
        #expect(settings == nil)
        #expect(problems == ["budget.yellowFrom": message])
    }

    @Test("edges are taken: 0, 1000, two places, full-width digits and a % sign")
    func edgesTaken() {
        // when
        let (settings, problems) = YearSettings.parse(
            Self.form([
                "budget.yellowFrom": "0", "budget.greenFrom": "６２.５%", "target.yellowFrom": "60.25",
                "target.greenFrom": "60.25", "target.blueFrom": "1000",
            ]), year: 2026)
        // then
        #expect(problems.isEmpty)
        #expect(settings?.thresholds.budget == LightBands(yellowFrom: 0, greenFrom: ExactDecimal("62.5")!))
        #expect(settings?.thresholds.target.blueFrom == 1000)
        #expect(settings?.thresholds.fiscalYear == 2026)
        #expect(settings?.thresholds.target.light(for: ExactDecimal("60.24")!) == .red)
        #expect(settings?.thresholds.target.light(for: ExactDecimal("60.25")!) == .green)
    }

    @Test("bands out of order are refused at the upper field")
    func outOfOrder() {
        // when
        let (settings, problems) = YearSettings.parse(
            Self.form(["budget.greenFrom": "59.99", "target.blueFrom": "79"]), year: 2025)
        // then
        #expect(settings == nil)
        #expect(
            problems == [
                "budget.greenFrom": "预算执行灯的绿灯下限不能小于预算执行灯的黄灯下限",
                "target.blueFrom": "目标完成灯的蓝灯下限不能小于目标完成灯的绿灯下限",
            ])
    }

    @Test("a treatment is required, at most 30 characters, without control characters; it is trimmed")
    func treatments() {
        // when
        let (_, problems) = YearSettings.parse(
            Self.form([
                "rule.excellent": "  ", "rule.good": String(repeating: "保", count: 31), "rule.fair": "压减\u{7}",
            ]), year: 2025)
        let (settings, none) = YearSettings.parse(Self.form(["rule.fair": "  压减 10%  "]), year: 2025)
        // then
        #expect(
            problems == [
                "rule.excellent": "等级「优」的预算安排建议不能为空",
                "rule.good": "等级「良」的预算安排建议有 31 个字，最多 30 个字",
                "rule.fair": "等级「中」的预算安排建议含有控制字符",
            ])
        #expect(none.isEmpty)
        #expect(settings?.resultRules.treatment(for: .fair) == "压减 10%")
        #expect(settings?.isDefault == false)
    }

    @Test("the suggestion says its reason in words; no grade, no suggestion")
    func suggestion() {
        // given
        let rules = ResultUseRules([.good: "按需保障（核减 5%）"])
        // when
        let good = ResultSuggestion(grade: .good, rules: rules)
        let none = ResultSuggestion(grade: nil, rules: rules)
        // then
        #expect(good.treatment == "按需保障（核减 5%）")
        #expect(good.reason == "自评等级 良 → 按需保障（核减 5%）")
        #expect(ResultSuggestion(grade: .excellent, rules: rules).reason == "自评等级 优 → 优先保障")
        #expect(none.treatment == nil)
        #expect(none.reason == "尚无已提交的自评等级，暂无建议")
    }
}
