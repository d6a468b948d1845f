import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// The public page is the whole report: text typed under grouping headings and the targets table too.
@Suite("The public report shows everything typed", .timeLimit(.minutes(10)))
struct PublicReportContentTests {
    @Test("部门基本情况 and 绩效自评情况 text, targets and their figures on the public page", arguments: [TestDatabase.sqlite])
    func everythingTyped(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a published evaluation with text under the two grouping headings and a target
            let id = try await Fixtures.evaluationID(app)
            let repository = FluentEvaluationRepository(database: app.db)
            let stored = try #require(try await repository.find(id: id))
            var e = stored.evaluation
            e.narrative.removeAll { $0.key == "basics" || $0.key == "selfEvaluation" }
            e.narrative += [
                NarrativeSection(key: "basics", title: "部门基本情况", text: "基本情况标记QX01"),
                NarrativeSection(key: "selfEvaluation", title: "绩效自评情况", text: "自评情况标记QX02"),
            ]
            e.targets = [
                Target(
                    id: "q1", levels: ["产出指标", "数量指标"], name: "办件量标记QX03", direction: .atLeast,
                    targetValue: 3000, unit: "件", actualValue: 3460, maxScore: 5, deviationNote: "偏差标记QX04")
            ]
            e.figures["satisfaction"] = ExactDecimal("0.96")
            e.status = .published
            _ = try await repository.update(
                id: id, expectedVersion: stored.version, evaluation: e,
                metrics: try await app.frameworks.analyze(e).metrics, by: "测试",
                changes: EvaluationDiff.changes(from: stored.evaluation, to: e))
            var anonymous = Browser(app: app)
            // when
            let page = try await anonymous.get("/public/\(id)").body.string
            // then
            for marker in ["基本情况标记QX01", "自评情况标记QX02", "办件量标记QX03", "偏差标记QX04", "3,000", "3,460", "96.00%"] {
                #expect(page.contains(marker), "\(marker)")
            }
            // The old defect printed 0.96 as 9600%; a bare "9600" may stand in a random id or nonce on the page.
            #expect(!page.contains("% %") && !page.contains("9600%") && !page.contains("9,600"))
        }
    }
}
