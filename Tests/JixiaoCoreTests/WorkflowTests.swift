import Foundation
import JixiaoCore
import Testing

@Suite struct WorkflowTests {
    static func user(_ role: Role, unit: String = "u1") -> UserAccount {
        UserAccount(id: UUID(), username: role.rawValue, displayName: role.label, role: role, unitCode: unit)
    }

    @Test func theWholeCycleMovesThroughEveryStatus() {
        // given the people of one unit and the finance bureau
        let filer = Self.user(.filer), approver = Self.user(.approver)
        let reviewer = Self.user(.reviewer, unit: "finance"), admin = Self.user(.admin, unit: "finance")
        // when each takes their step
        let steps: [(WorkflowAction, UserAccount, EvaluationStatus, String?)] = [
            (.submit, filer, .draft, nil), (.approve, approver, .submitted, nil),
            (.sendBack, reviewer, .approved, "支出合计与明细不符"), (.submit, filer, .returned, nil),
            (.approve, approver, .submitted, nil), (.accept, reviewer, .approved, nil), (.publish, admin, .accepted, nil),
        ]
        let reached = steps.map { Workflow.decide($0.0, from: $0.2, by: $0.1, unitCode: "u1", reason: $0.3) }
        // then every step is allowed and lands on the next status
        #expect(
            reached == [
                .success(.submitted), .success(.approved), .success(.returned), .success(.submitted),
                .success(.approved), .success(.accepted), .success(.published),
            ])
    }

    @Test func returningWithoutAReasonIsRefused() {
        let result = Workflow.decide(.sendBack, from: .approved, by: Self.user(.reviewer), unitCode: "u1", reason: "  ")
        #expect(result == .failure(.reasonRequired(.sendBack)))
        #expect(WorkflowError.reasonRequired(.sendBack).message == "「退回」须填写理由。")
    }

    @Test func rolesCannotTakeStepsThatAreNotTheirs() {
        #expect(
            Workflow.decide(.approve, from: .submitted, by: Self.user(.filer), unitCode: "u1")
                == .failure(.wrongRole(.approve, .filer)))
        #expect(
            Workflow.decide(.accept, from: .approved, by: Self.user(.approver), unitCode: "u1")
                == .failure(.wrongRole(.accept, .approver)))
        #expect(
            Workflow.decide(.publish, from: .accepted, by: Self.user(.filer), unitCode: "u1")
                == .failure(.wrongRole(.publish, .filer)))
    }

    @Test func aDepartmentHeadApprovesOnlyTheirOwnUnit() {
        let other = Self.user(.approver, unit: "u2")
        #expect(Workflow.decide(.approve, from: .submitted, by: other, unitCode: "u1") == .failure(.otherUnit))
    }

    @Test func stepsFromTheWrongStatusAreRefused() {
        let reviewer = Self.user(.reviewer)
        #expect(
            Workflow.decide(.accept, from: .submitted, by: reviewer, unitCode: "u1")
                == .failure(.notAllowed(.accept, .submitted)))
        #expect(
            Workflow.decide(.publish, from: .approved, by: reviewer, unitCode: "u1")
                == .failure(.notAllowed(.publish, .approved)))
        #expect(
            Workflow.decide(.submit, from: .accepted, by: Self.user(.filer), unitCode: "u1")
                == .failure(.notAllowed(.submit, .accepted)))
    }

    @Test func acceptedEvaluationsAreLockedUntilAReviewerReopensThem() {
        // given an accepted evaluation
        #expect(Workflow.isLocked(.accepted) && Workflow.isLocked(.published))
        #expect(!Workflow.mayChangeContent(.accepted) && !Workflow.mayRecordReview(.accepted))
        // when a reviewer reopens it with a reason
        let reopened = Workflow.decide(.reopen, from: .accepted, by: Self.user(.reviewer), unitCode: "u1", reason: "复核有误")
        // then it is back under review, where scores may be recorded again
        #expect(reopened == .success(.approved))
        #expect(Workflow.mayRecordReview(.approved) && !Workflow.isLocked(.approved))
        #expect(
            Workflow.decide(.reopen, from: .accepted, by: Self.user(.filer), unitCode: "u1", reason: "x")
                == .failure(.wrongRole(.reopen, .filer)))
    }

    @Test func onlyDraftsAndReturnedEvaluationsTakeContentChanges() {
        let open = EvaluationStatus.allCases.filter(Workflow.mayChangeContent)
        #expect(open == [.draft, .returned])
        #expect(EvaluationStatus.allCases.filter(Workflow.isPublic) == [.published])
    }

    @Test func buttonsListTheActionsOfTheRoleAndStatus() {
        #expect(Workflow.actions(for: Self.user(.reviewer), status: .approved, unitCode: "u1") == [.sendBack, .accept])
        #expect(Workflow.actions(for: Self.user(.approver), status: .submitted, unitCode: "u1") == [.approve, .departmentReturn])
        #expect(Workflow.actions(for: Self.user(.approver, unit: "u2"), status: .submitted, unitCode: "u1").isEmpty)
        #expect(Workflow.actions(for: Self.user(.admin), status: .accepted, unitCode: "u1") == [.publish])
    }

    @Test func reviewChangesBecomeHistoryLines() {
        let old = Review(scores: ["A1": ReviewScore(score: 8, comment: "")])
        let new = Review(
            scores: ["A1": ReviewScore(score: 6, comment: "执行率不足")], returnReason: "请补充说明",
            fieldNotes: ["figures.expenditureTotal": "与明细不符"])
        let lines = ReviewDiff.changes(from: old, to: new)
        #expect(
            lines.map(\.field) == [
                "review.returnReason", "review.fieldNotes.figures.expenditureTotal",
                "review.scores.A1.score", "review.scores.A1.comment",
            ])
        #expect(lines[2].old == "8" && lines[2].new == "6")
        #expect(ReviewDiff.step(.sendBack, reason: "请补充说明").new == "退回：请补充说明")
    }

    @Test func reviewSurvivesJSONAndOldDocumentsStillDecode() throws {
        let unit = JixiaoCore.Unit(name: "单位", code: "u1")
        var e = Evaluation(kind: .departmentWide, unit: unit, fiscalYear: 2024, frameworkID: "f")
        let plain = try JSONEncoder().encode(e)
        #expect(!String(decoding: plain, as: UTF8.self).contains("review"))
        e.review = Review(scores: ["A1": ReviewScore(score: ExactDecimal("7.5"), comment: "c")], returnReason: "r")
        let decoded = try JSONDecoder().decode(Evaluation.self, from: JSONEncoder().encode(e))
        #expect(decoded == e)
    }
}
