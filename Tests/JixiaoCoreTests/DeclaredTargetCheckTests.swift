import Testing

@testable import JixiaoCore

/// `target.changed`: the self-evaluation's targets against the accepted declaration, and the
/// accepted version staying in force while an adjustment (调整) is under way.
@Suite struct DeclaredTargetCheckTests {
    static let declared = DeclarationFixtures.clean().targets

    /// A project evaluation of 2025 whose targets are the declared ones with actual values.
    static func evaluation(_ change: (inout [Target]) -> Void = { _ in }) -> Evaluation {
        var targets = declared.map { target -> Target in
            var t = target
            t.actualValue = t.targetValue
            return t
        }
        change(&targets)
        return Evaluation(
            kind: .project, unit: Unit(name: "五华县政务服务数据管理局", code: "u1"), fiscalYear: 2025,
            frameworkID: "mof-2020-project", project: ProjectInfo(name: "政务服务热线运行维护"), targets: targets)
    }

    static func lines(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) \($0.location.field ?? "")" }
    }

    @Test func theAcceptedTargetsWithActualValuesOnlyAreClean() {
        #expect(DeclaredTargetCheck.findings(Self.evaluation(), declared: Self.declared).isEmpty)
    }

    @Test func eachChangedFieldIsAFindingAtItsInputNamingTheTargetAndBothValues() {
        // given: row 2 (热线接通率) with another value, unit and weight; row 1 lowered to ≤; row 7 renamed
        let changed = Self.evaluation { t in
            t[1].targetValue = 90
            t[1].unit = "‰"
            t[1].maxScore = 20
            t[0].direction = .atMost
            t[6].name = "群众满意度"
        }
        // when
        let findings = DeclaredTargetCheck.findings(changed, declared: Self.declared)
        // then
        #expect(
            Self.lines(findings) == [
                "target.changed targets.0.direction", "target.changed targets.1.target", "target.changed targets.1.unit",
                "target.changed targets.1.maxScore", "target.changed targets.6.name",
            ])
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings[1].message.hasPrefix("指标「热线接通率」的指标值与已批准的绩效目标申报表不一致：申报表为「95」，自评表为「90」"))
        #expect(findings[3].message.contains("分值") && findings[3].message.contains("申报表为「15」，自评表为「20」"))
        #expect(findings[4].message.contains("指标名称") && findings[4].message.contains("「群众满意度」"))
        #expect(findings.allSatisfy { $0.message.contains("调整") })
    }

    @Test func anAddedTargetAndALeftOutOneAreFindings() {
        // given: the last row dropped, a new one added in the middle
        let changed = Self.evaluation { t in
            t.removeLast()
            t.insert(Target(name: "宣传次数", direction: .atLeast, targetValue: 3, unit: "次"), at: 1)
        }
        // when
        let findings = DeclaredTargetCheck.findings(changed, declared: Self.declared)
        // then: the new row by its name, the missing one at the first empty row
        #expect(Self.lines(findings) == ["target.changed targets.1.name", "target.changed targets.7.name"])
        #expect(findings[0].message.contains("「宣传次数」不在已批准的绩效目标申报表中"))
        #expect(findings[1].message.contains("「服务对象满意度」在自评表中缺失"))
    }

    @Test func aWeightTheDeclarationLeavesOutIsNotCompared() {
        // given: a declaration without weights; the evaluation gives its own
        let declared = Self.declared.map { target -> Target in
            var t = target
            t.maxScore = nil
            return t
        }
        #expect(DeclaredTargetCheck.findings(Self.evaluation(), declared: declared).isEmpty)
    }

    @Test func duringAnAdjustmentTheAcceptedVersionStaysInForceUntilItIsAccepted() {
        // given: an accepted declaration, adjusted (the value of row 2 raised), returned, then accepted
        let accepted = DeclarationState(unitCode: "u1", declaration: DeclarationFixtures.clean(), status: .accepted)
        var adjusting = DeclarationWorkflow.apply(.adjust, to: accepted, status: .draft, reason: "追加预算", rows: [:])
        adjusting.declaration.rows[1].target.targetValue = 98
        let returned = DeclarationWorkflow.apply(.sendBack, to: adjusting, status: .returned, reason: "依据不足", rows: [:])
        let done = DeclarationWorkflow.apply(.accept, to: returned, status: .accepted, reason: nil, rows: [:])
        let evaluation = Self.evaluation()
        // when
        func value(_ state: DeclarationState) -> ExactDecimal? {
            AcceptedTargets.inForce(for: evaluation, unitCode: "u1", among: [state])?[1].targetValue
        }
        // then
        #expect(value(accepted) == 95 && value(adjusting) == 95 && value(returned) == 95 && value(done) == 98)
        #expect(adjusting.isAdjusting && returned.isAdjusting && !done.isAdjusting && done.accepted == nil)
        #expect(AcceptedTargets.filled(Self.evaluation { $0 = [] }, unitCode: "u1", among: [returned]).targets[1].targetValue == 95)
        #expect(DeclarationState(unitCode: "u1", declaration: DeclarationFixtures.clean()).inForce == nil)
    }
}
