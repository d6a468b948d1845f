import Testing

@testable import JixiaoCore

/// Each `monitor.*` check with a fixture that triggers it and a near-identical one that does not.
@Suite struct MonitoringCheckTests {
    typealias F = MonitoringFixtures

    private func rules(_ round: MonitoringRound, declared: [Target]? = nil, earlier: MonitoringRound? = nil) -> [String] {
        round.evaluate(declared: declared, earlier: earlier).findings.map(\.rule)
    }

    @Test func reasonMissingOnAYellowTargetWithoutMeasures() {
        // given a yellow target (70%) with its reason but no measures, and the same with both
        let without = F.round(month: 12, executed: "120", targets: [F.target(target: "100", actual: "70", measures: " ")])
        let with = F.round(month: 12, executed: "120", targets: [F.target(target: "100", actual: "70")])
        // then only the first is reported, at the target
        let findings = without.evaluate().findings
        #expect(findings.map(\.rule) == ["monitor.reason-missing"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.location.field == "targets.0")
        #expect(findings.first?.message == "「热线接通率」黄灯（完成值 70% ÷ 目标值 100% = 70.00%，不低于 60% 且低于 80%，黄灯），未填写纠偏措施")
        #expect(rules(with).isEmpty)
    }

    @Test func reasonMissingOnlyForYellowAndRed() {
        // a red target without either, and a green and a blue one without either
        let red = F.round(month: 12, executed: "120", targets: [F.target(target: "100", actual: "10", reason: nil, measures: nil)])
        let green = F.round(
            month: 12, executed: "120",
            targets: [
                F.target(target: "100", actual: "100", reason: nil, measures: nil),
                F.target("乙", target: "100", actual: "150", reason: nil, measures: nil),
            ])
        #expect(red.evaluate().findings.first?.message.hasSuffix("未填写偏差原因和纠偏措施") == true)
        #expect(rules(red) == ["monitor.reason-missing"])
        #expect(rules(green).isEmpty)
    }

    @Test func likelihoodMissing() {
        let without = F.round(month: 12, executed: "120", targets: [F.target(target: "100", actual: "100", likelihood: nil)])
        let with = F.round(month: 12, executed: "120", targets: [F.target(target: "100", actual: "100", likelihood: .possible)])
        let findings = without.evaluate().findings
        #expect(findings.map(\.rule) == ["monitor.likelihood-missing"])
        #expect(findings.first?.message == "「热线接通率」未填写全年完成目标可能性（确定能、有可能、完全不可能）")
        #expect(findings.first?.location.field == "targets.0.likelihood")
        #expect(rules(with).isEmpty)
    }

    @Test func forecastOverBudget() {
        let over = F.round(annual: "120.00", expected: "120.01")
        let equal = F.round(annual: "120.00", expected: "120.00")
        let findings = over.evaluate().findings
        #expect(findings.map(\.rule) == ["monitor.forecast-over-budget"])
        #expect(findings.first?.message == "全年预计执行 120.01 万元，超过年度预算 120.00 万元（多 0.01 万元）")
        #expect(findings.first?.location.field == "budget.expectedYearEnd")
        #expect(rules(equal).isEmpty)
    }

    @Test func targetChangedFromTheDeclaration() {
        let declared = [Target(name: "热线接通率", direction: .atLeast, targetValue: F.d("95"), unit: "%")]
        // the same target written 95.0 is unchanged; 96 is a change
        let same = F.round(month: 12, executed: "120", targets: [F.target(target: "95.0", actual: "96")])
        let changed = F.round(month: 12, executed: "120", targets: [F.target(target: "96", actual: "96")])
        let findings = changed.evaluate(declared: declared).findings
        #expect(findings.map(\.rule) == ["monitor.target-changed"])
        #expect(findings.first?.message == "目标「热线接通率」与申报表不一致：指标值申报为「95」，监控表为「96」（调整目标须经调整申报）")
        #expect(rules(same, declared: declared).isEmpty)
        // without a declaration nothing is compared
        #expect(rules(changed).isEmpty)
    }

    @Test func aTargetWrittenWithItsUnitIsTheSameTarget() {
        // given a declaration that wrote 「5个工作日」 in one cell
        let declared = [Target(name: "办结时限", direction: .atMost, targetText: "5个工作日")]
        let same = F.round(month: 12, executed: "120", targets: [F.target("办结时限", .atMost, target: "5", actual: "4", unit: "个工作日")])
        let longer = F.round(month: 12, executed: "120", targets: [F.target("办结时限", .atMost, target: "6", actual: "4", unit: "个工作日")])
        #expect(rules(same, declared: declared).isEmpty)
        #expect(
            longer.evaluate(declared: declared).findings.map(\.message)
                == ["目标「办结时限」与申报表不一致：指标值申报为「5个工作日」，监控表为「6个工作日」（调整目标须经调整申报）"])
    }

    @Test func targetChangedWhenUndeclaredOrLeftOut() {
        let declared = [
            Target(name: "热线接通率", direction: .atLeast, targetValue: F.d("95"), unit: "%"),
            Target(name: "群众满意度", direction: .atLeast, targetValue: F.d("90"), unit: "%"),
        ]
        let round = F.round(
            month: 12, executed: "120",
            targets: [
                F.target(target: "95", actual: "96"), F.target("工单办结量", target: "1000", actual: "1000", unit: "件"),
            ])
        let messages = round.evaluate(declared: declared).findings.map(\.message)
        #expect(messages == ["目标「工单办结量」不在申报表中", "申报表中的目标「群众满意度」在监控表中缺失"])
        let direction = F.round(month: 12, executed: "120", targets: [F.target(.init("热线接通率"), .atMost, target: "95", actual: "90")])
        #expect(
            direction.evaluate(declared: [declared[0]]).findings.map(\.message)
                == ["目标「热线接通率」与申报表不一致：指标性质申报为「≥」，监控表为「≤」（调整目标须经调整申报）"])
    }

    @Test func cumulativeDecreaseAgainstAnEarlierRound() {
        let june = F.round(
            month: 6, executed: "60", targets: [F.target("工单办结量", target: "1200", actual: "700", unit: "件", cumulative: true)])
        let lower = F.round(
            month: 7, executed: "70", targets: [F.target("工单办结量", target: "1200", actual: "650", unit: "件", cumulative: true)])
        let higher = F.round(
            month: 7, executed: "70", targets: [F.target("工单办结量", target: "1200", actual: "700", unit: "件", cumulative: true)])
        let findings = lower.evaluate(earlier: june).findings
        #expect(findings.map(\.rule) == ["monitor.cumulative-decrease"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message == "「工单办结量」为累计值，本次完成值 650 件低于上一轮（截至 2025-06-30）的 700 件（减少 50 件）")
        #expect(rules(higher, earlier: june).isEmpty)
        // a rate that is not cumulative may go down
        let rateJune = F.round(month: 6, executed: "60", targets: [F.target(target: "95", actual: "97")])
        let rateJuly = F.round(month: 7, executed: "70", targets: [F.target(target: "95", actual: "96")])
        #expect(rules(rateJuly, earlier: rateJune).isEmpty)
    }

    @Test func everyMonitorRuleIsInTheCatalogue() {
        let ids = [
            "monitor.reason-missing", "monitor.likelihood-missing", "monitor.forecast-over-budget",
            "monitor.target-changed", "monitor.cumulative-decrease",
        ]
        #expect(ids.map { CheckCatalog.entry($0)?.severity } == [.error, .error, .error, .error, .warning])
    }
}
