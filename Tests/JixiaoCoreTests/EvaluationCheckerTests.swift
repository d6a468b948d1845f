import Testing

@testable import JixiaoCore

@Suite struct EvaluationCheckerTests {
    static func good() -> Evaluation {
        Evaluation(
            kind: .departmentWide, unit: Unit(name: "青山县文化服务中心"), fiscalYear: 2023, frameworkID: "x",
            filing: Filing(filedBy: "王小明", phone: "0762-3381234", filedOn: "2024-03-08"),
            figures: Figures([
                "expenditureTotal": 480, "basicExpenditure": 300, "projectExpenditure": 180,
                "personnelExpenditure": 250, "publicExpenditure": 50, "carryoverStart": 20,
                "incomeTotal": 500, "carryoverEnd": 40,
            ]),
            targets: [
                Target(name: "演出场次", direction: .atLeast, targetValue: 60, unit: "场", actualValue: 62),
                Target(name: "单场成本", direction: .atMost, targetValue: 2, unit: "万元"),
            ],
            narrative: [
                NarrativeSection(key: "functions", title: "部门职能", text: "负责公共文化服务。"),
                NarrativeSection(key: "work", title: "年度总体工作和重点工作任务", text: "举办演出六十场。"),
                NarrativeSection(key: "targets", title: "部门整体支出绩效目标", text: "演出不少于六十场。"),
                NarrativeSection(key: "spending", title: "部门整体支出情况", text: "支出 480 万元。"),
                NarrativeSection(key: "execution", title: "预算执行情况", text: "按进度支出。"),
                NarrativeSection(key: "performance", title: "部门整体支出目标实现程度及使用绩效", text: "完成全部目标。"),
                NarrativeSection(key: "conclusion", title: "自评结论", text: "综合得分 98 分。"),
                NarrativeSection(key: "problems", title: "存在问题及改进意见", text: "宣传不足。"),
            ])
    }

    @Test func correctEvaluationHasNoFindings() {
        #expect(EvaluationChecker.check(Self.good()) == [])
    }

    @Test func eachBrokenFieldGivesItsRuleAndField() {
        var e = Self.good()
        e.figures["projectExpenditure"] = 190
        e.figures["publicExpenditure"] = 60
        e.figures["carryoverEnd"] = 45
        e.filing.phone = "12345"
        e.filing.filedOn = "2023-12-08"
        e.unit.name = ""
        e.targets[1].direction = .atLeast
        e.targets[0].unit = nil
        e.targets[0].actualValue = 90
        e.narrative.removeLast()
        let found = EvaluationChecker.check(e).map { "\($0.rule) \($0.location.field ?? "")" }
        #expect(
            found == [
                "sum.expenditure figures.expenditureTotal", "sum.basic figures.basicExpenditure", "balance figures.carryoverEnd",
                "meta.missing filing.filedBy", "meta.phone filing.phone", "meta.date filing.filedOn",
                "target.unquantified targets.0.unit", "deviation.missing targets.0.deviationNote",
                "target.direction targets.1.direction", "section.missing narrative.problems",
            ])
    }

    /// The parts of a project's funds must add up to 年度资金总额, column by column.
    @Test func fundPartsMustAddUpToTheTotal() throws {
        var e = Self.good()
        e.figures["budgetAdjusted"] = 125
        e.figures["fiscalFundsAdjusted"] = 105
        e.figures["carryoverFundsAdjusted"] = 20
        e.figures["otherFundsAdjusted"] = 0
        #expect(EvaluationChecker.check(e) == [])
        e.figures["otherFundsAdjusted"] = 5
        let finding = try #require(EvaluationChecker.check(e).first)
        #expect(finding.rule == "sum.funds")
        #expect(finding.location.field == "figures.budgetAdjusted")
        #expect(finding.message.contains("105.00 万元") && finding.message.contains("与全年预算数 125.00 万元不符"))
    }

    @Test func templateGuidanceInANarrativeSection() {
        var e = Self.good()
        e.narrative[6].text = "涉及部门年度工作与部门职能、规划的相关程度判断，部门整体制度保障的完善程度，部门资金内部管理机制的健全程度，部门整体资源配置水平和能力等。"
        #expect(EvaluationChecker.check(e).map(\.rule) == ["template.unfilled"])
    }

    /// Required sections come from the report catalogue: matched by key, then by title
    /// or alias; a project's header fields count as its 年度总体目标 and 实际完成情况.
    @Test func requiredSectionsFollowTheReportCatalogue() {
        var e = Self.good()
        e.narrative[0] = NarrativeSection(key: "own", title: "主要职责", text: "负责公共文化服务。")
        e.narrative[1].text = "  "
        e.narrative.remove(at: 2)
        let found = EvaluationChecker.check(e).map { "\($0.location.field ?? "") \($0.message)" }
        #expect(
            found == [
                "narrative.work 「（二）年度总体工作和重点工作任务」部分没有内容",
                "narrative.targets 缺少「（三）部门整体支出绩效目标」部分",
            ])
        var project = Evaluation(
            kind: .project, unit: Unit(name: "青山县文化服务中心"), fiscalYear: 2023, frameworkID: "x",
            filing: Self.good().filing,
            narrative: [
                NarrativeSection(key: "problems", title: "存在问题", text: "进度偏慢。"),
                NarrativeSection(key: "x", title: "改进意见", text: "加强调度。"),
            ])
        project.project = ProjectInfo(name: "文化广场", overallGoal: "建成 10 个广场", overallOutcome: "已建成 10 个")
        #expect(EvaluationChecker.sectionFindings(project) == [])
        project.project?.overallOutcome = nil
        #expect(EvaluationChecker.sectionFindings(project).map(\.location.field) == ["narrative.overallOutcome"])
    }
}
