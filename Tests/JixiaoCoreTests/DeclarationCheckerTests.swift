import Testing

@testable import JixiaoCore

/// Each rule of cycle.md §1: a fixture that triggers it and a near-identical one that does not.
@Suite struct DeclarationCheckerTests {
    typealias F = DeclarationFixtures

    @Test func cleanDeclarationHasNoFindings() {
        #expect(F.found(F.clean()) == [])
        var withSector = F.clean()
        withSector.sector = "政务服务"
        #expect(F.found(withSector) == [])
    }

    @Test func requiredPartsOfARow() {
        var missingUnit = F.clean()
        missingUnit.rows[1].target.unit = nil
        #expect(F.found(missingUnit) == ["targets.required targets.2.unit"])
        #expect(F.messages(missingUnit, rule: "targets.required") == ["第 2 行指标「热线接通率」缺少计量单位"])
        var slashUnit = F.clean()
        slashUnit.rows[0].target.unit = "/"
        #expect(F.found(slashUnit) == ["targets.required targets.1.unit"])
        var noDirectionNoLevel = F.clean()
        noDirectionNoLevel.rows[0].directionStated = false
        noDirectionNoLevel.rows[0].target.levels = ["产出指标"]
        #expect(F.messages(noDirectionNoLevel, rule: "targets.required") == ["第 1 行指标「热线受理量」缺少二级指标、指标性质"])
        // a 定性 row needs no unit, and a date target none either
        var qualitative = F.clean()
        qualitative.rows[5] = F.row(["效益指标", "社会效益指标"], "群众办事便利度", .qualitative, "明显提升", score: 20)
        #expect(F.found(qualitative) == [])
    }

    @Test func placeholderTargets() {
        for text in ["待定", "*", "**", "-", "/", "xx", "XX", "", "——"] {
            var declaration = F.clean()
            declaration.rows[1] = F.row(["产出指标", "质量指标"], "热线接通率", .atLeast, text, unit: "%", score: 15)
            #expect(F.found(declaration) == ["targets.placeholder targets.2.target"], "\(text)")
        }
        var real = F.clean()
        real.rows[1] = F.row(["产出指标", "质量指标"], "热线接通率", .atLeast, "96", unit: "%", score: 15)
        #expect(F.found(real) == [])
    }

    @Test func duplicateNames() {
        var declaration = F.clean()
        declaration.rows[5].target.name = "热线受理量"
        declaration.rows[5].target.levels = ["效益指标", "社会效益指标"]
        #expect(F.found(declaration) == ["targets.duplicate targets.6.name"])
        #expect(F.messages(declaration, rule: "targets.duplicate") == ["指标「热线受理量」重复：第 1、6 行同名"])
        var nearly = declaration
        nearly.rows[5].target.name = "热线受理量增长"
        #expect(F.found(nearly) == [])
    }

    @Test func weightsAddUpTo100Or90AndArePositive() {
        // the fixture's scores add up to 90 (预算执行率 apart)
        var ninetyFive = F.clean()
        ninetyFive.rows[0].target.maxScore = 25
        #expect(F.found(ninetyFive) == ["targets.weights targets"])
        #expect(
            F.messages(ninetyFive, rule: "targets.weights")
                == ["各指标分值之和 25 + 15 + 10 + 5 + 10 + 20 + 10 = 95 分，应为 100 分或 90 分"])
        var hundred = F.clean()
        hundred.rows[0].target.maxScore = 30
        #expect(F.found(hundred) == [])
        var zero = F.clean()
        zero.rows[3].target.maxScore = 0
        zero.rows[0].target.maxScore = 25
        #expect(F.found(zero) == ["targets.weights targets.4.maxScore"])
        var unscored = F.clean()
        for index in unscored.rows.indices { unscored.rows[index].target.maxScore = nil }
        #expect(F.found(unscored) == [])
    }

    @Test func threeDimensions() {
        var noSatisfaction = F.clean()
        noSatisfaction.rows[6].target.levels = ["效益指标", "社会效益指标"]
        #expect(F.found(noSatisfaction) == ["targets.dimensions targets"])
        #expect(F.messages(noSatisfaction, rule: "targets.dimensions").first?.hasPrefix("缺少满意度指标") == true)
        // 满意度 as a second level under 效益 (the 2021 指引) still counts
        var underBenefit = F.clean()
        underBenefit.rows[6].target.levels = ["效益指标", "服务对象满意度指标"]
        #expect(F.found(underBenefit) == [])
    }

    @Test func fundsAddUpExactly() {
        var off = F.clean()
        off.funds?.other = DeclaredAmount(value: ExactDecimal("25.00")!)
        #expect(F.found(off) == ["targets.funds funds.total"])
        #expect(
            F.messages(off, rule: "targets.funds")
                == ["财政资金 100.00 万元 + 其他资金 25.00 万元 = 125.00 万元，与资金总额 120.00 万元不符（相差 5.00 万元）"])
        var oneCent = F.clean()
        oneCent.funds?.total = DeclaredAmount(value: ExactDecimal("120.01")!)
        #expect(F.found(oneCent) == ["targets.funds funds.total"])
        var fiscalOnly = F.clean()
        fiscalOnly.funds = DeclaredFunds(total: DeclaredAmount(value: 100), fiscal: DeclaredAmount(value: 100))
        #expect(F.found(fiscalOnly) == [])
    }
}
