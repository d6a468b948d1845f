import Testing
@testable import JixiaoCore

@Suite struct EvaluationCheckerTests {
    static func good() -> Evaluation {
        Evaluation(
            kind: .departmentWide, unit: Unit(name: "青山县文化服务中心"), fiscalYear: 2023, frameworkID: "x",
            filing: Filing(filedBy: "王小明", phone: "0762-3381234", filedOn: "2024-03-08"),
            figures: Figures(["expenditureTotal": 480, "basicExpenditure": 300, "projectExpenditure": 180,
                              "personnelExpenditure": 250, "publicExpenditure": 50, "carryoverStart": 20,
                              "incomeTotal": 500, "carryoverEnd": 40]),
            targets: [Target(name: "演出场次", direction: .atLeast, targetValue: 60, unit: "场", actualValue: 62),
                      Target(name: "单场成本", direction: .atMost, targetValue: 2, unit: "万元")],
            narrative: [NarrativeSection(key: "basicInfo", title: "部门基本情况", text: "负责公共文化服务。"),
                        NarrativeSection(key: "selfEvaluation", title: "绩效自评情况", text: "完成全部目标。"),
                        NarrativeSection(key: "conclusion", title: "自评结论", text: "综合得分 98 分。"),
                        NarrativeSection(key: "problems", title: "存在问题及改进意见", text: "宣传不足。")])
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
        #expect(found == [
            "sum.expenditure figures.expenditureTotal", "sum.basic figures.basicExpenditure", "balance figures.carryoverEnd",
            "meta.missing filing", "meta.phone filing.phone", "meta.date filing.filedOn",
            "target.unquantified targets.演出场次.unit", "deviation.missing targets.演出场次.deviationNote",
            "target.direction targets.单场成本.direction", "section.missing narrative.problems",
        ])
    }

    @Test func templateGuidanceInANarrativeSection() {
        var e = Self.good()
        e.narrative[2].text = "涉及部门年度工作与部门职能、规划的相关程度判断，部门整体制度保障的完善程度，部门资金内部管理机制的健全程度，部门整体资源配置水平和能力等。"
        #expect(EvaluationChecker.check(e).map(\.rule) == ["template.unfilled"])
    }
}
