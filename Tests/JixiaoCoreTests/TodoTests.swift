import Foundation
import JixiaoCore
import Testing

@Suite("To-do, deadlines, notices and 从上年复制 (core)")
struct TodoTests {
    static func user(_ role: Role) -> UserAccount {
        UserAccount(id: UUID(), username: role.rawValue, displayName: role.label, role: role, unitCode: "u1")
    }

    @Test func everyDutyIsAStepTheRoleCanTake() {
        for (role, statuses) in Todo.duties {
            for status in statuses {
                #expect(
                    !Workflow.actions(for: Self.user(role), status: status, unitCode: "u1").isEmpty,
                    "\(role) has nothing to do on \(status)")
            }
        }
        #expect(Todo.statuses(for: .filer) == [.returned, .draft])
        #expect(Todo.statuses(for: .approver) == [.submitted])
        #expect(Todo.statuses(for: .reviewer) == [.approved, .accepted])
    }

    @Test func overdueIsWhatTheUnitStillOwesAfterTheDeadlineDay() {
        let year = FiscalYear(year: 2024, deadline: CalendarDate(year: 2025, month: 4, day: 30))
        let onTheDay = CalendarDate(year: 2025, month: 4, day: 30), after = CalendarDate(year: 2025, month: 5, day: 1)
        #expect(!year.isOverdue(.draft, on: onTheDay))
        #expect(year.isOverdue(.draft, on: after))
        #expect(year.isOverdue(.returned, on: after))
        #expect(!year.isOverdue(.submitted, on: after))
        #expect(!FiscalYear(year: 2024).isOverdue(.draft, on: after))
    }

    @Test func aDeadlineMustBeARealDateAfterTheYear() {
        #expect(FiscalYear.deadlineProblem("", year: 2024) == nil)
        #expect(FiscalYear.deadlineProblem("2025-04-30", year: 2024) == nil)
        #expect(FiscalYear.deadlineProblem("2025年4月30日", year: 2024) == nil)
        #expect(FiscalYear.deadlineProblem("2025-02-30", year: 2024)?.contains("不是有效日期") == true)
        #expect(FiscalYear.deadlineProblem("明年", year: 2024)?.contains("填报截止日期") == true)
        #expect(FiscalYear.deadlineProblem("2024-12-31", year: 2024) == "2024年度的填报截止日期应在2025年1月1日或以后（年度结束之后）。")
    }

    static let lastYear: Evaluation = {
        var e = Evaluation(
            kind: .project, unit: Unit(name: "五华县数据局", code: "u1"), fiscalYear: 2024,
            frameworkID: "mof-2020-project", status: .published,
            filing: Filing(filedBy: "王填报", phone: "0753-1234567", filedOn: "2025-03-01"),
            project: ProjectInfo(
                name: "政务热线", department: "数据局", overallGoal: "接通率提升",
                overallOutcome: "已提升"),
            targets: [
                Target(
                    levels: ["产出指标", "数量指标"], name: "办件量", direction: .atLeast,
                    targetValue: 1000, unit: "件", actualValue: 1200, maxScore: 10,
                    outcome: .achieved, deviationNote: "无偏差")
            ],
            indicators: ["A1": IndicatorInput(selfScore: 8)],
            narrative: [NarrativeSection(key: "functions", title: "部门职能", text: "负责政务数据管理。")],
            statedTotal: 92, review: Review())
        e.figures["incomeTotal"] = 500
        return e
    }()

    @Test func aCopyKeepsThePlanAndLeavesTheResultsEmpty() throws {
        let copy = CarryForward.copy(Self.lastYear)
        #expect(copy.fiscalYear == 2025 && copy.status == .draft && copy.id == nil)
        #expect(copy.kind == .project && copy.unit == Self.lastYear.unit && copy.frameworkID == "mof-2020-project")
        #expect(copy.narrative == Self.lastYear.narrative)
        #expect(copy.project?.name == "政务热线" && copy.project?.overallGoal == "接通率提升")
        #expect(copy.project?.overallOutcome == nil)
        let target = try #require(copy.targets.first)
        #expect(target.name == "办件量" && target.levels == ["产出指标", "数量指标"] && target.direction == .atLeast)
        #expect(target.targetValue == 1000 && target.unit == "件" && target.maxScore == 10)
        #expect(target.actualValue == nil && target.outcome == nil && target.deviationNote == nil)
        #expect(copy.figures == Figures() && copy.indicators.isEmpty && copy.statedTotal == nil && copy.review == nil)
        #expect(copy.filing.filedBy == "王填报" && copy.filing.filedOn == nil)
    }

    static func row(_ year: Int, _ title: String, kind: EvaluationKind = .project) -> EvaluationSummary {
        EvaluationSummary(
            id: "\(year)-\(title)", unitCode: "u1", unitName: "单位", fiscalYear: year, kind: kind,
            status: .draft, frameworkID: "f", title: title, metrics: EvaluationMetrics(), version: 1,
            updatedAt: Date())
    }

    @Test func candidatesAreLastYearsWithoutThisYearsInAnOpenYear() {
        let rows = [Self.row(2024, "热线"), Self.row(2024, "平台"), Self.row(2025, "平台"), Self.row(2023, "旧项目")]
        let ids = CarryForward.candidates(rows, openYears: [2025]).map(\.id)
        #expect(ids == ["2024-热线"])
        #expect(CarryForward.candidates(rows, openYears: [2024, 2025]).map(\.id) == ["2024-热线", "2023-旧项目"])
    }

    @Test func aNoticeNamesUnitYearKindAndTheReasonOfAReturn() throws {
        let returned = try #require(WorkflowNotice.message(.sendBack, on: Self.lastYear, reason: " 支出合计不符 "))
        #expect(returned == "五华县数据局 2024年度项目支出绩效自评（政务热线）被财政退回，请修改后重新提交。退回理由：支出合计不符")
        #expect(WorkflowNotice.message(.accept, on: Self.lastYear, reason: nil)?.hasSuffix("已通过财政审核。") == true)
        #expect(WorkflowNotice.message(.approve, on: Self.lastYear, reason: nil)?.contains("部门审核") == true)
        #expect(WorkflowNotice.message(.publish, on: Self.lastYear, reason: nil)?.hasSuffix("已公开。") == true)
        #expect(WorkflowNotice.message(.submit, on: Self.lastYear, reason: nil) == nil)
    }
}
