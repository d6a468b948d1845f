import JixiaoCore
import Testing

@Suite struct ReportSectionTests {
    @Test(arguments: EvaluationKind.allCases)
    func keysAndOrdersAreUniqueAndAscending(kind: EvaluationKind) {
        // given
        let sections = ReportSection.sections(for: kind)
        // then
        #expect(Set(sections.map(\.key)).count == sections.count)
        #expect(sections.map(\.order) == sections.map(\.order).sorted())
        #expect(Set(sections.map(\.order)).count == sections.count)
        #expect(sections.allSatisfy { $0.kind == kind })
    }

    @Test func departmentWideFollowsTheCountyTemplate() {
        // when
        let headings = ReportSection.departmentWide.map(\.heading)
        // then
        #expect(headings.first == "一、部门基本情况")
        #expect(headings.contains("（四）部门整体支出情况"))
        #expect(headings.contains("三、存在问题及改进意见"))
        #expect(ReportSection.section("performance", of: .departmentWide)?.content == .scores)
        #expect(ReportSection.section("basics", of: .departmentWide)?.required == false)
    }

    @Test func projectTableRequiresGoalOutcomeProblemsAndImprovements() {
        let required = ReportSection.project.filter(\.required).map(\.key)
        #expect(required == ["overallGoal", "overallOutcome", "problems", "improvements"])
    }
}
