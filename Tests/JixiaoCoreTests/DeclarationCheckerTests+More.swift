import Testing

@testable import JixiaoCore

extension DeclarationCheckerTests {
    @Test func periodOrderAndTimeRows() {
        var reversed = F.clean()
        reversed.period = DeclarationPeriod(
            start: CalendarDate(year: 2025, month: 12, day: 31),
            end: CalendarDate(year: 2025, month: 1, day: 1))
        #expect(F.found(reversed).contains("targets.period period.start"))
        var late = F.clean()
        late.rows[3].target.targetText = "2026年3月31日前"
        #expect(F.found(late) == ["targets.period targets.4.target"])
        #expect(
            F.messages(late, rule: "targets.period")
                == ["第 4 行指标「热线系统升级完成时间」的完成时限 2026年3月31日 晚于实施期结束日期 2025年12月31日"])
        var onTheEnd = F.clean()
        onTheEnd.rows[3].target.targetText = "2025-12-31"
        #expect(F.found(onTheEnd) == [])
        // without a period, the end of the fiscal year
        var noPeriod = late
        noPeriod.period = nil
        #expect(F.messages(noPeriod, rule: "targets.period").first?.contains("晚于年度结束 2025年12月31日") == true)
    }

    @Test func costRowsAsLowerBounds() {
        var lowerBound = F.clean()
        lowerBound.rows[4].target.direction = .atLeast
        #expect(F.found(lowerBound) == ["target.direction targets.5.direction"])
        #expect(
            F.messages(lowerBound, rule: "target.direction")
                == ["「热线运维成本」含「成本」，应越低越好，却设为下限（≥）；应使用 ≤ 或 ＜"])
        // a row of the 成本 level whose name has no cost word is judged by its level
        var byLevel = F.clean()
        byLevel.rows[4].target.name = "设备购置"
        byLevel.rows[4].target.direction = .atLeast
        #expect(F.found(byLevel) == ["target.direction targets.5.direction"])
        byLevel.rows[4].target.direction = .atMost
        #expect(F.found(byLevel) == [])
    }

    @Test func percentRange() {
        var over = F.clean()
        over.rows[2].target.targetValue = 120
        #expect(F.found(over) == ["targets.percent-range targets.3.target"])
        #expect(F.messages(over, rule: "targets.percent-range") == ["第 3 行指标「办件按时办结率」的计量单位为 %，目标值 120% 超过 100%"])
        var negativeRate = F.clean()
        negativeRate.rows[1].target.targetValue = -1
        negativeRate.previous = []
        #expect(F.found(negativeRate) == ["targets.percent-range targets.2.target"])
        var full = F.clean()
        full.rows[2].target.targetValue = 100
        #expect(F.found(full) == [])
    }

    @Test func unquantifiedRows() {
        var qualitativeCount = F.clean()
        qualitativeCount.rows[0] = F.row(["产出指标", "数量指标"], "热线受理量", .qualitative, "有效提升", score: 20)
        #expect(F.found(qualitativeCount) == ["target.unquantified targets.1.target"])
        #expect(
            F.messages(qualitativeCount, rule: "target.unquantified")
                == ["指标「热线受理量」未量化：缺少定量的指标值（属于数量指标，却设为定性）"])
        var wordsAsBound = F.clean()
        wordsAsBound.rows[0] = F.row(["产出指标", "数量指标"], "热线受理量", .atLeast, "明显增加", unit: "件", score: 20)
        #expect(F.found(wordsAsBound) == ["target.unquantified targets.1.target"])
        // a 时效 row with a date is quantified
        #expect(F.found(F.clean()).isEmpty)
    }

    @Test func regressionAgainstLastYear() {
        var easier = F.clean()
        easier.previous = [PreviousActual(name: "热线接通率", value: ExactDecimal("96.5")!)]
        #expect(F.found(easier) == ["targets.regression targets.2.target"])
        #expect(
            F.messages(easier, rule: "targets.regression")
                == ["第 2 行指标「热线接通率」越高越好，目标值 95% 低于上年实际完成值 96.5%（低 1.5）"])
        var costlier = F.clean()
        costlier.previous = [PreviousActual(name: "工单平均办理时长", value: 4)]
        #expect(F.found(costlier) == ["targets.regression targets.6.target"])
        var harder = F.clean()
        harder.previous = [PreviousActual(name: "热线接通率", value: 94), PreviousActual(name: "工单平均办理时长", value: 6)]
        #expect(F.found(harder) == [])
    }

    @Test func coreIndicatorsOfTheSector() {
        var missing = F.clean()
        missing.sector = "政务服务"
        missing.rows[2].target.name = "工单办结率"
        #expect(F.found(missing) == ["targets.core-missing targets"])
        #expect(
            F.messages(missing, rule: "targets.core-missing")
                == ["指标库中行业「政务服务」的必选指标「办件按时办结率」（产出指标 › 时效指标）未列入绩效指标"])
        var alias = missing
        alias.rows[2].target.name = "按时办结率"
        #expect(F.found(alias) == [])
        var noSector = missing
        noSector.sector = nil
        #expect(F.found(noSector) == [])
    }

    @Test func severityIsDataAndEveryRuleCitesItsSource() {
        var off = F.clean()
        off.funds?.other = DeclaredAmount(value: 25)
        var rules = DeclarationRules.standard
        rules.severities["targets.funds"] = .warning
        let finding = DeclarationChecker(rules: rules).check(off).first
        #expect(finding?.rule == "targets.funds" && finding?.severity == .warning)
        let ids = [
            "targets.required", "targets.placeholder", "targets.duplicate", "targets.weights", "targets.dimensions",
            "targets.funds", "targets.period", "target.direction", "targets.percent-range", "target.unquantified",
            "targets.regression", "targets.core-missing",
        ]
        let errors: Set = [
            "targets.required", "targets.placeholder", "targets.weights", "targets.dimensions",
            "targets.funds", "targets.period",
        ]
        for id in ids {
            let entry = CheckCatalog.entry(id)
            #expect(entry?.source.contains("财预〔") == true, "\(id)")
            #expect(entry?.severity == (errors.contains(id) ? .error : .warning), "\(id)")
        }
    }

    @Test func datesInTimeTargets() {
        #expect(TargetDate.find("2025年10月31日前") == CalendarDate(year: 2025, month: 10, day: 31))
        #expect(TargetDate.find("于2025-6-30前完成") == CalendarDate(year: 2025, month: 6, day: 30))
        #expect(TargetDate.find("2025年9月底") == CalendarDate(year: 2025, month: 9, day: 30))
        #expect(TargetDate.find("2025年底前") == CalendarDate(year: 2025, month: 12, day: 31))
        #expect(TargetDate.find("2025年2月30日") == nil)
        #expect(TargetDate.find("30000") == nil)
        #expect(TargetDate.find("及时") == nil)
    }
}
