import Testing

@testable import JixiaoCore

@Suite("结果应用 rows: one per unit from a lookup per source")
struct ResultUseTableTests {
    static func state(_ code: String, executed: Int) -> MonitoringRoundState {
        MonitoringRoundState(
            unitCode: code, declarationID: "d",
            round: MonitoringRound(
                unit: code, fiscalYear: 2025, asOf: CalendarDate(year: 2025, month: 6, day: 30),
                budget: MonitoredBudget(annual: 100, executed: ExactDecimal(executed))),
            status: .submitted)
    }

    @Test("10,000 units: grades only from handed-in evaluations, lights under the year's thresholds, counts per light")
    func tenThousandUnits() {
        // given: every other unit has an evaluation (every fourth still a draft); every third a round
        let units = (0..<10_000).map { (code: "u\($0)", name: "单位\($0)") }
        let evaluations = stride(from: 0, to: 10_000, by: 2).map {
            ResultUseEvaluation(
                unitCode: "u\($0)", status: $0 % 4 == 0 ? .draft : .accepted, total: 85, grade: .good)
        }
        // 50% executed at half-year: 100% of the time elapsed (green); 20%: 40% (red); 35%: 70% (yellow)
        let rounds = Dictionary(
            uniqueKeysWithValues: stride(from: 0, to: 10_000, by: 3).map { n in
                ("u\(n)", Self.state("u\(n)", executed: [50, 20, 35][(n / 3) % 3]))
            })
        var settings = YearSettings.defaults(year: 2025)
        settings.resultRules = ResultUseRules([.good: "按需保障（核减 5%）"])
        // when
        let rows = ResultUseTable.rows(
            units: units, evaluations: evaluations, rounds: rounds, openRectifications: ["u2": 3], settings: settings)
        let counts = ResultUseTable.lightCounts(rows)
        // then
        #expect(rows.count == 10_000)
        #expect(rows[0].grade == nil && rows[0].status == .draft)
        #expect(rows[0].suggestion.reason == "尚无已提交的自评等级，暂无建议")
        #expect(rows[2].grade == .good && rows[2].score == 85 && rows[2].openRectifications == 3)
        #expect(rows[2].suggestion.reason == "自评等级 良 → 按需保障（核减 5%）")
        #expect(rows[1].status == nil && rows[1].lights == nil)
        #expect(rows[3].lights?.overall == .red && rows[3].lights?.budgetRate == 20 && rows[3].lights?.timeProgress == 50)
        #expect(rows[6].lights?.budget == .yellow)
        #expect(rows[0].lights?.budget == .green)
        #expect(counts[.green] == 1112 && counts[.red] == 1111 && counts[.yellow] == 1111 && counts[.blue] == nil)
    }
}
