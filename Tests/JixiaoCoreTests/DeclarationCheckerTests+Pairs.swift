import Testing

@testable import JixiaoCore

/// The parts of rules the first fixtures left out, each beside a near-identical declaration that passes.
extension DeclarationCheckerTests {
    @Test func aRowWithoutNameOrFirstLevelOrTarget() {
        var noName = F.clean()
        noName.rows[0].target.name = " "
        #expect(F.found(noName) == ["targets.required targets.1"])
        #expect(F.messages(noName, rule: "targets.required").first?.contains("三级指标") == true)
        var noFirstLevel = F.clean()
        noFirstLevel.rows[1].target.levels = ["", "质量指标"]
        #expect(F.found(noFirstLevel) == ["targets.required targets.2"])
        #expect(F.messages(noFirstLevel, rule: "targets.required").first?.contains("一级指标") == true)
        var noTarget = F.clean()
        noTarget.rows[0].target.targetValue = nil
        #expect(F.found(noTarget).contains { $0.hasPrefix("targets.required targets.1") || $0.hasPrefix("targets.placeholder targets.1") })
        var named = noName
        named.rows[0].target.name = "热线受理量"
        #expect(F.found(named) == [])
    }

    @Test func noOutputOrNoBenefitRow() {
        var noOutput = F.clean()
        noOutput.rows = noOutput.rows.filter { $0.target.levels.first != "产出指标" }
        noOutput.rows[0].target.maxScore = 80
        #expect(F.found(noOutput) == ["targets.dimensions targets"])
        #expect(F.messages(noOutput, rule: "targets.dimensions").first?.hasPrefix("缺少产出指标") == true)
        var noBenefit = F.clean()
        noBenefit.rows[5].target.levels = ["产出指标", "时效指标"]
        #expect(F.found(noBenefit) == ["targets.dimensions targets"])
        var benefit = noBenefit
        benefit.rows[5].target.levels = ["效益指标", "可持续影响指标"]
        #expect(F.found(benefit) == [])
    }

    @Test func timeAndComplaintRowsAsLowerBoundsAndRatesAsUpperBounds() {
        var slower = F.clean()
        slower.rows[5].target.direction = .atLeast
        #expect(F.found(slower) == ["target.direction targets.6.direction"])
        var complaints = F.clean()
        complaints.rows[5] = F.row(["效益指标", "社会效益指标"], "群众投诉量", .greaterThan, "10", unit: "件", score: 20)
        #expect(F.found(complaints) == ["target.direction targets.6.direction"])
        complaints.rows[5].target.direction = .lessThan
        #expect(F.found(complaints) == [])
        var capped = F.clean()
        capped.rows[2].target.direction = .atMost
        #expect(F.found(capped) == ["target.direction targets.3.direction"])
        capped.rows[2].target.direction = .equal
        #expect(F.found(capped) == [])
    }

    @Test func aQualitativeBenefitRowIsNotUnquantified() {
        var output = F.clean()
        output.rows[0] = F.row(["产出指标", "数量指标"], "热线受理量", .qualitative, "有效提升", score: 20)
        #expect(F.found(output) == ["target.unquantified targets.1.target"])
        var benefit = output
        benefit.rows[0].target.levels = ["效益指标", "社会效益指标"]
        #expect(F.found(benefit) == [])
    }
}
