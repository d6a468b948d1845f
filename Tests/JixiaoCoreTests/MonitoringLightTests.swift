import Testing

@testable import JixiaoCore

@Suite struct MonitoringLightTests {
    typealias F = MonitoringFixtures

    @Test func theBudgetOfTheCycleExampleIsRed() {
        // given 30 of 120 万元 executed by the end of July
        let result = F.round(month: 7, annual: "120.00", executed: "30.00").evaluate()
        // then
        #expect(result.months == 7)
        #expect(result.budget.rate == F.d("25.00"))
        #expect(result.budget.timeProgress == F.d("58.33"))
        #expect(result.budget.ratio == F.d("42.86"))
        #expect(result.budget.light == .red)
        #expect(result.budget.reading.explanation.contains("执行率 25.00% ÷ 时间进度 58.33% = 42.86%，低于 60%，红灯"))
        #expect(result.budget.reading.explanation.hasPrefix("执行率 = 已执行 30.00 万元 ÷ 年度预算 120.00 万元 = 25.00%"))
    }

    // With the whole year elapsed v is the execution rate itself.
    @Test(arguments: [
        ("719.88", "59.99", Light.red), ("720", "60.00", .yellow), ("959.88", "79.99", .yellow),
        ("960", "80.00", .green), ("1439.88", "119.99", .green), ("1440", "120.00", .green),
    ])
    func budgetBandEdges(executed: String, ratio: String, light: Light) {
        let budget = F.round(month: 12, annual: "1200", executed: executed).evaluate().budget
        #expect(budget.ratio == F.d(ratio))
        #expect(budget.light == light)
    }

    @Test func aZeroAnnualBudgetIsRedWithoutDividing() {
        let budget = F.round(annual: "0", executed: "30").evaluate().budget
        #expect(budget.light == .red)
        #expect(budget.rate == nil)
        #expect(budget.ratio == nil)
        #expect(budget.reading.explanation == "年度预算为 0，无法计算执行率，红灯")
    }

    @Test(arguments: [
        ("59.99", Light.red), ("60", .yellow), ("79.99", .yellow), ("80", .green), ("119.99", .green),
        ("120", .blue),
    ])
    func rateBandEdges(actual: String, light: Light) {
        let reading = F.reading(F.target(target: "100", actual: actual))
        #expect(reading.ratio == F.d(actual))
        #expect(reading.light == light)
    }

    // Target 1,200 over 6 months: 600 are due, so v = actual ÷ 6.
    @Test(arguments: [
        ("359.94", "59.99", Light.red), ("360", "60.00", .yellow), ("479.94", "79.99", .yellow),
        ("480", "80.00", .green), ("719.94", "119.99", .green), ("720", "120.00", .blue),
    ])
    func cumulativeBandEdges(actual: String, ratio: String, light: Light) {
        let reading = F.reading(F.target("工单办结量", target: "1200", actual: actual, unit: "件", cumulative: true), month: 6)
        #expect(reading.ratio == F.d(ratio))
        #expect(reading.light == light)
    }

    @Test func explanationsShowTheArithmetic() {
        let rate = F.reading(F.target(target: "95", actual: "96.2"))
        #expect(rate.explanation == "完成值 96.2% ÷ 目标值 95% = 101.26%，不低于 80% 且低于 120%，绿灯")
        let count = F.reading(F.target("工单办结量", target: "1000", actual: "350", unit: "件", cumulative: true), month: 7)
        #expect(count.explanation == "累计完成值 350 件 ÷（目标值 1000 件 × 7 ÷ 12 = 583.33）= 60.00%，不低于 60% 且低于 80%，黄灯")
    }

    @Test func theLightIsDecidedOnTheRatioAsShown() {
        // 59.995% rounds half-up to 60.00%, which the explanation shows, so it is yellow
        let reading = F.reading(F.target(target: "100", actual: "59.995"))
        #expect(reading.ratio == F.d("60.00"))
        #expect(reading.light == .yellow)
    }

    @Test func aZeroTargetIsGreenOnlyWhenEqual() {
        let met = F.reading(F.target("安全事故次数", target: "0", actual: "0", unit: "次"))
        let missed = F.reading(F.target("安全事故次数", target: "0", actual: "2", unit: "次"))
        #expect(met.light == .green)
        #expect(missed.light == .red)
        #expect(met.ratio == nil && missed.ratio == nil)
        #expect(missed.explanation == "目标值为 0，不按比例计算：完成值 2 次不等于目标值 0，红灯")
        // cumulative with a zero target and no month elapsed neither divides
        #expect(F.reading(F.target(target: "0", actual: "0", cumulative: true), month: 0).light == .green)
    }

    @Test func lowerIsBetterCompareWithTheTarget() {
        let atMost = { (actual: String) in F.reading(F.target("平均响应时长", .atMost, target: "15", actual: actual, unit: "秒")) }
        let below = { (actual: String) in F.reading(F.target("平均响应时长", .lessThan, target: "15", actual: actual, unit: "秒")) }
        #expect(atMost("15").light == .green)
        #expect(atMost("15.01").light == .red)
        #expect(below("14.99").light == .green)
        #expect(below("15").light == .red)
        #expect(below("15").explanation == "完成值 15 秒不低于目标值 15 秒（＜），红灯")
        #expect(atMost("12").explanation == "完成值 12 秒不高于目标值 15 秒（≤），绿灯")
        #expect(atMost("12").ratio == nil)
    }

    @Test func equalIsExact() {
        #expect(F.reading(F.target("办公场所数", .equal, target: "95", actual: "95.0")).light == .green)
        #expect(F.reading(F.target("办公场所数", .equal, target: "95", actual: "94.99")).light == .red)
    }

    @Test func qualitativeAnswers() {
        #expect(F.reading(F.qualitative("达成年度指标")).light == .green)
        #expect(F.reading(F.qualitative("部分达成")).light == .yellow)
        #expect(F.reading(F.qualitative("部分达成年度指标并具有一定效果")).light == .yellow)
        #expect(F.reading(F.qualitative("未达成")).light == .red)
        #expect(F.reading(F.qualitative("部分达成")).explanation == "定性指标完成情况「部分达成」，黄灯")
        let unanswered = F.reading(F.qualitative(nil))
        #expect(unanswered.light == nil)
        #expect(unanswered.explanation.hasPrefix("未填写定性完成情况"))
    }

    @Test func aMissingActualHasNoLightAndNoCrash() {
        let reading = F.reading(F.target(target: "95", actual: nil))
        #expect(reading.light == nil)
        #expect(reading.explanation == "未填写完成值，无法亮灯")
    }

    @Test func theWorstLight() {
        #expect(Light.worst([Light.blue, .green]) == .green)
        #expect(Light.worst([Light.green, .yellow, .blue]) == .yellow)
        #expect(Light.worst([Light.yellow, .red, .blue]) == .red)
        #expect(Light.worst([Light]()) == nil)
        #expect(Light.worst([Light.blue]) == .blue)
    }

    @Test func theDocumentsLightIsItsWorst() {
        // given a green budget (84 of 120 by July = 120%) and a blue and a yellow target
        let round = F.round(
            annual: "120", executed: "84",
            targets: [
                F.target("甲", target: "100", actual: "130"), F.target("乙", target: "100", actual: "70"),
            ])
        let result = round.evaluate()
        #expect(result.budget.light == .green)
        #expect(result.targets.map(\.light) == [.blue, .yellow])
        #expect(result.overall == .yellow)
        // a red budget makes the document red
        #expect(F.round(annual: "120", executed: "30", targets: [F.target(target: "100", actual: "100")]).evaluate().overall == .red)
    }

    @Test func noTargetsAndNoElapsedTimeDoNotCrash() {
        var round = F.round(targets: [])
        #expect(round.evaluate().targets.isEmpty)
        #expect(round.evaluate().overall == .red)
        round.asOf = CalendarDate(year: 2024, month: 12, day: 31)
        let before = round.evaluate()
        #expect(before.months == 0)
        #expect(before.budget.light == nil)
        #expect(before.overall == nil)
    }

    @Test func thresholdsAreData() {
        // given a year whose administrator moved the bands down by ten points
        let lenient = MonitoringThresholds(
            fiscalYear: 2025, budget: LightBands(yellowFrom: 50, greenFrom: 70),
            target: LightBands(yellowFrom: 50, greenFrom: 70, blueFrom: 110))
        #expect(lenient.problems.isEmpty)
        #expect(F.reading(F.target(target: "100", actual: "55"), thresholds: lenient).light == .yellow)
        #expect(F.reading(F.target(target: "100", actual: "55")).light == .red)
        #expect(
            F.reading(F.target(target: "100", actual: "110"), thresholds: lenient).explanation
                == "完成值 110% ÷ 目标值 100% = 110.00%，不低于 110%，蓝灯")
        #expect(F.round(month: 12, annual: "100", executed: "55").evaluate(thresholds: lenient).budget.light == .yellow)
        // the defaults are the table's, per year
        #expect(MonitoringThresholds.defaults(fiscalYear: 2026).target == LightBands(yellowFrom: 60, greenFrom: 80, blueFrom: 120))
        #expect(MonitoringThresholds.forYear(2025, in: [lenient]) == lenient)
        #expect(MonitoringThresholds.forYear(2026, in: [lenient]) == .defaults(fiscalYear: 2026))
    }

    @Test func thresholdsOutOfOrderAreReported() {
        let wrong = MonitoringThresholds(
            budget: LightBands(yellowFrom: 80, greenFrom: 60),
            target: LightBands(yellowFrom: -1, greenFrom: 80, blueFrom: 120))
        #expect(
            wrong.problems == [
                "预算执行灯的阈值顺序不对：黄灯下限 80%、绿灯下限 60%，应为 黄灯下限 ≤ 绿灯下限",
                "目标完成灯的黄灯下限 -1% 超出范围（应在 0% 至 100000% 之间）",
            ])
    }

    @Test func aDeadlineTargetComparesDates() {
        func reading(_ actual: String?, month: Int = 7, _ direction: Direction = .atMost) -> LightReading {
            let target = MonitoredTarget(
                target: Target(
                    name: "热线系统升级完成时间", direction: direction,
                    targetText: "2025年10月31日前", actualText: actual))
            return F.round(month: month, targets: [target]).evaluate().targets[0].reading
        }
        #expect(reading("2025-10-31").light == .green)
        #expect(reading("2025-11-01").light == .red)
        #expect(reading("2025-10-31", .lessThan).light == .red)
        #expect(reading("2025-11-01").explanation == "完成日期 2025-11-01 晚于目标日期 2025-10-31（≤），红灯")
        // not done yet: green while the date is ahead, red once it has passed
        #expect(reading("进行中").explanation == "尚未完成，截至 2025-07-31 未过目标日期 2025-10-31，绿灯")
        #expect(reading(nil, month: 11).explanation == "截至 2025-11-30 仍未完成，已过目标日期 2025-10-31，红灯")
        #expect(DeadlineLight.date("2025年10月31日之前") == CalendarDate(year: 2025, month: 10, day: 31))
        #expect(DeadlineLight.date("2025年2月30日前") == nil)
    }
}
