import JixiaoCore
import Testing

/// A round starts from the declaration in force at one of the year's dates (cycle.md §4).
@Suite("运行监控：由申报表生成")
struct MonitoringStartTests {
    static let july = CalendarDate("2025-07-31")!

    static func declaration(status: EvaluationStatus) -> DeclarationState {
        let rows = [
            DeclaredRow(
                target: Target(
                    levels: ["产出指标", "数量指标"], name: "受理量", direction: .atLeast, targetValue: ExactDecimal(60000), unit: "件",
                    maxScore: ExactDecimal(20))),
            DeclaredRow(target: Target(levels: ["满意度指标"], name: "满意度", direction: .atLeast, targetValue: ExactDecimal(90), unit: "%")),
        ]
        return DeclarationState(
            unitCode: "u1",
            declaration: TargetDeclaration(
                scope: .project, unit: "某局", fiscalYear: 2025, project: "热线",
                funds: DeclaredFunds(total: DeclaredAmount(value: ExactDecimal(120))), rows: rows),
            status: status)
    }

    @Test("an accepted declaration's targets are copied as declared, the annual budget from its funds, 累计 kept from the earlier round")
    func copied() throws {
        // given
        var earlier = try MonitoringStart.round(
            from: Self.declaration(status: .accepted), declarationID: "d", asOf: CalendarDate("2025-06-30")!,
            dates: [CalendarDate("2025-06-30")!]
        ).get().round
        earlier.targets[0].cumulative = true
        // when
        let state = try MonitoringStart.round(
            from: Self.declaration(status: .accepted), declarationID: "d", asOf: Self.july, dates: [Self.july], earlier: earlier
        ).get()
        // then
        #expect(state.round.targets.map(\.target.name) == ["受理量", "满意度"])
        #expect(state.round.targets[0].target.targetValue == ExactDecimal(60000) && state.round.targets[0].target.unit == "件")
        #expect(state.round.targets.allSatisfy { $0.target.actualValue == nil })
        #expect(state.round.targets.map(\.cumulative) == [true, false])
        #expect(state.round.budget.annual == ExactDecimal(120) && state.round.project == "热线" && state.unitCode == "u1")
        #expect(state.declarationID == "d" && state.status == .draft)
    }

    @Test("a declaration not accepted, a date outside the year or not among the year's dates is refused in Chinese")
    func refused() {
        #expect(
            MonitoringStart.round(from: Self.declaration(status: .approved), declarationID: "d", asOf: Self.july, dates: [Self.july])
                == .failure(.notAccepted))
        let outside = MonitoringStart.round(
            from: Self.declaration(status: .accepted), declarationID: "d", asOf: CalendarDate("2026-01-31")!, dates: [Self.july])
        #expect(outside == .failure(.date("监控截至日期 2026-01-31 不在 2025 年度内（应在 2025-01-01 至 2025-12-31 之间）。")))
        let unscheduled = MonitoringStart.round(
            from: Self.declaration(status: .accepted), declarationID: "d", asOf: CalendarDate("2025-06-30")!, dates: [Self.july])
        #expect(unscheduled == .failure(.date("2025-06-30 不是该年度的监控日期；可选：2025-07-31。")))
    }

    @Test("dates typed one a line (CRLF from a textarea) or with commas; a bad one named; at most 12")
    func dates() {
        #expect(
            MonitoringStart.dates(from: "2025-10-31\r\n2025-07-31，2025-07-31", fiscalYear: 2025)
                == .success([Self.july, CalendarDate("2025-10-31")!]))
        #expect(
            MonitoringStart.dates(from: "2025-07-31\r\n2025-02-30", fiscalYear: 2025)
                == .failure(.date("监控截至日期「2025-02-30」不是有效日期，请按 2025-07-31 的格式填写。")))
        let thirteen = (1...12).map { "2025-\($0)-01" }.joined(separator: ",") + ",2025-12-31"
        #expect(MonitoringStart.dates(from: thirteen, fiscalYear: 2025) == .failure(.date("每个年度最多设置 12 个监控日期。")))
        #expect(MonitoringStart.dates(from: "", fiscalYear: 2025) == .success([]))
    }
}

/// The self-evaluation's targets take the last round's actuals where they have none.
@Suite("运行监控 → 自评：完成值")
struct MonitoredActualsTests {
    @Test("the latest round of the same project fills the actuals by name; an actual already there is kept")
    func filled() throws {
        // given
        let start = try MonitoringStart.round(
            from: MonitoringStartTests.declaration(status: .accepted), declarationID: "d", asOf: MonitoringStartTests.july,
            dates: [MonitoringStartTests.july]
        ).get()
        var july = start, june = start, other = start
        july.round.targets[0].target.actualValue = ExactDecimal(33000)
        july.round.targets[1].target.actualValue = ExactDecimal(92)
        june.round.asOf = CalendarDate("2025-06-30")!
        june.round.targets[0].target.actualValue = ExactDecimal(20000)
        other.round.project = "别的项目"
        other.round.asOf = CalendarDate("2025-08-31")!
        var evaluation = Evaluation(
            kind: .project, unit: Unit(name: "某局", code: "u1"), fiscalYear: 2025, frameworkID: "mof-2020-project")
        evaluation.project = ProjectInfo(name: "热线")
        evaluation.targets = start.round.targets.map(\.target)
        evaluation.targets[1].actualValue = ExactDecimal(95)
        // when
        let round = try #require(MonitoredActuals.latest(for: evaluation, unitCode: "u1", among: [june, july, other]))
        let filled = MonitoredActuals.filled(evaluation, from: round)
        // then
        #expect(round.asOf == MonitoringStartTests.july)
        #expect(filled.targets.map(\.actualValue) == [ExactDecimal(33000), ExactDecimal(95)])
        #expect(MonitoredActuals.latest(for: evaluation, unitCode: "other", among: [june, july]) == nil)
    }
}
