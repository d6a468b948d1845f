import Foundation
import JixiaoCore
import Testing

/// The review cycle of a declaration: the evaluation's rules plus 调整, verdicts per row, rounds.
@Suite struct DeclarationWorkflowRuleTests {
    static let filer = WorkflowTests.user(.filer), approver = WorkflowTests.user(.approver)
    static let reviewer = WorkflowTests.user(.reviewer, unit: "finance"), other = WorkflowTests.user(.filer, unit: "u2")

    static func state(_ status: EvaluationStatus) -> DeclarationState {
        DeclarationState(
            unitCode: "u1",
            declaration: TargetDeclaration(
                scope: .department, unit: "单位", fiscalYear: 2025,
                rows: [
                    DeclaredRow(target: Target(levels: ["产出指标", "数量指标"], name: "受理量", direction: .atLeast, targetValue: 1, unit: "件"))
                ]), status: status)
    }

    @Test func theEvaluationRulesHoldAndAdjustIsTheUnitsFilersWithAReason() {
        // when
        let submit = DeclarationWorkflow.decide(.submit, from: .draft, by: Self.filer, unitCode: "u1")
        let otherUnit = DeclarationWorkflow.decide(.submit, from: .draft, by: Self.other, unitCode: "u1")
        let noReason = DeclarationWorkflow.decide(.sendBack, from: .approved, by: Self.reviewer, unitCode: "u1")
        let adjust = DeclarationWorkflow.decide(.adjust, from: .accepted, by: Self.filer, unitCode: "u1", reason: "追加预算")
        let adjustDraft = DeclarationWorkflow.decide(.adjust, from: .draft, by: Self.filer, unitCode: "u1", reason: "x")
        let adjustBlank = DeclarationWorkflow.decide(.adjust, from: .accepted, by: Self.filer, unitCode: "u1", reason: "  ")
        let adjustReviewer = DeclarationWorkflow.decide(.adjust, from: .accepted, by: Self.reviewer, unitCode: "u1", reason: "x")
        // then
        #expect(submit == .success(.submitted) && adjust == .success(.draft))
        #expect(otherUnit == .failure(.workflow(.otherUnit)) && noReason == .failure(.workflow(.reasonRequired(.sendBack))))
        #expect(otherUnit.failureMessage == "只能处理本单位的绩效目标申报表。")
        #expect(adjustDraft.failureMessage?.contains("财政审核通过后才能调整") == true)
        #expect(adjustBlank.failureMessage == "「调整」须填写理由。")
        #expect(adjustReviewer.failureMessage == "只有本单位的填报人可以调整绩效目标。")
        #expect(DeclarationWorkflow.actions(for: Self.filer, status: .accepted, unitCode: "u1") == [.adjust])
        #expect(DeclarationWorkflow.actions(for: Self.reviewer, status: .approved, unitCode: "u1") == [.sendBack, .accept])
        #expect(DeclarationWorkflow.actions(for: Self.reviewer, status: .accepted, unitCode: "u1").isEmpty)
    }

    @Test func aReturnKeepsReasonAndRowsAndMakesTheNextReviewARecheckAndAnAcceptedAdjustmentIsCounted() {
        // given
        let rows = [1: RowReview(verdict: .revise, comment: "偏低")]
        // when
        let returned = DeclarationWorkflow.apply(.sendBack, to: Self.state(.approved), status: .returned, reason: " 偏低 ", rows: rows)
        let adjusting = DeclarationWorkflow.apply(.adjust, to: Self.state(.accepted), status: .draft, reason: "追加预算", rows: [:])
        let accepted = DeclarationWorkflow.apply(
            .accept, to: adjusting, status: .accepted, reason: nil, rows: [1: RowReview(verdict: .agree)])
        // then
        #expect(returned.review.returnReason == "偏低" && returned.review.rows == rows && returned.review.roundLabel == "复审")
        #expect(Self.state(.approved).review.roundLabel == "初审")
        #expect(adjusting.review.adjustmentReason == "追加预算" && adjusting.status == .draft)
        #expect(accepted.review.adjustmentReason == nil && accepted.review.adjustments == 1)
        #expect(DeclarationWorkflow.acceptRefusal(rows) == "第1行的意见为「需修改」，不能审核通过：请退回，或把意见改为「同意」。")
        #expect(DeclarationWorkflow.acceptRefusal([1: RowReview(verdict: .agree)]) == nil)
        let lines = DeclarationDiff.changes(from: Self.state(.approved), to: returned).map(\.field)
        #expect(lines == ["status", "review.targets.1", "review.returnReason"])
    }
}

extension Result where Failure == DeclarationRefusal {
    var failureMessage: String? {
        if case .failure(let refusal) = self { return refusal.message }
        return nil
    }
}
