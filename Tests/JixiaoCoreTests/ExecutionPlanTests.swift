import Testing

@testable import JixiaoCore

/// Which rounds an execution import changes, and to what (issue 17).
@Suite struct ExecutionPlanTests {
    static func round(_ id: String, unit: String, project: String? = nil, executed: ExactDecimal = .zero) -> ExecutionPlan.Round {
        ExecutionPlan.Round(
            id: id, unitCode: unit,
            round: MonitoringRound(
                unit: "单位\(unit)", fiscalYear: 2025, project: project, asOf: CalendarDate(year: 2025, month: 7, day: 31),
                budget: MonitoredBudget(annual: 120, executed: executed)))
    }

    static let rounds = [
        round("a", unit: "101001"), round("b", unit: "101001", project: "热线运维", executed: 5),
        round("c", unit: "101002", executed: 9), round("d", unit: "101002", project: "无数据项目"),
    ]

    @Test func monthlyAmountsAreSummedUpToTheRoundsMonth() {
        let execution = ExecutionParser.read(
            ExecutionParserTests.sheet([
                "单位编码,项目名称,月份,执行数（万元）", "101001,热线运维,1,10.5", "101001,热线运维,7,4.5", "101001,热线运维,8,100",
                "101001,其他,2,1", "101001,没有轮次的项目,3,2",
            ]), fiscalYear: 2025, knownUnits: ExecutionParserTests.units)
        let plan = ExecutionPlan(execution, rounds: Self.rounds)
        // the unit's round adds all its projects' months to July; the project's round its own
        #expect(plan.changes.map(\.round.id) == ["a", "b"])
        #expect(plan.changes.map(\.new) == [18, 15] && plan.changes.map(\.old) == [0, 5])
        #expect(plan.changes[1].rows == [2, 3])
        #expect(plan.untouched.map(\.id) == ["c", "d"])
        #expect(plan.unused.isEmpty)
    }

    @Test func cumulativeAmountsTakeTheLatestMonthAndUnfitRowsAreListed() {
        let execution = ExecutionParser.read(
            ExecutionParserTests.sheet([
                "单位编码,项目名称,月份,累计支出（元）", "101002,,6,80000", "101002,,7,90000", "101002,,9,200000", "101001,不在本期的项目,7,1",
            ]), fiscalYear: 2025, knownUnits: ExecutionParserTests.units)
        let plan = ExecutionPlan(execution, rounds: [Self.round("c", unit: "101002", executed: 9)])
        #expect(plan.changes.map(\.new) == [9] && plan.effective.isEmpty)
        #expect(plan.unused.map(\.number) == [5])
    }
}
