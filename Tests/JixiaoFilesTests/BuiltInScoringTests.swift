import JixiaoCore
import Testing

@testable import JixiaoFiles

/// The built-in rules score as their tables say.
@Suite("Built-in frameworks scored")
struct BuiltInScoringTests {
    func leafScore(_ frameworkID: String, _ leafID: String, figures: [String: ExactDecimal]) throws -> ExactDecimal? {
        let framework = try #require(try FrameworkLibrary.builtIn().framework(id: frameworkID))
        let evaluation = Evaluation(
            kind: framework.kind, unit: Unit(name: "测试单位"), fiscalYear: 2023,
            frameworkID: frameworkID, figures: Figures(figures))
        let leaves = Scorer(framework: framework).score(evaluation).nodes.flatMap(\.leaves)
        return try #require(leaves.first { $0.id == leafID }).score
    }

    @Test(arguments: [
        (ExactDecimal.zero, ExactDecimal(10), ExactDecimal(3)),
        (ExactDecimal(5), ExactDecimal(10), ExactDecimal(2)),
        (ExactDecimal(10), ExactDecimal(10), ExactDecimal(2)),
        (ExactDecimal(12), ExactDecimal(10), ExactDecimal.zero),
        (ExactDecimal(5), ExactDecimal.zero, ExactDecimal.zero),
    ])
    func hunanCarryover(thisYear: ExactDecimal, lastYear: ExactDecimal, expected: ExactDecimal) throws {
        let score = try leafScore(
            "hunan-department", "资金结余",
            figures: ["carryoverEnd": thisYear, "carryoverLastYearEnd": lastYear])
        #expect(score == expected)
    }

    @Test func hunanBudgetAdjustmentBands() throws {
        func score(_ added: Int) throws -> ExactDecimal? {
            try leafScore("hunan-department", "预算调整率", figures: ["budgetInitial": 100, "budgetAdded": ExactDecimal(added)])
        }
        #expect(try [0, 10, 11, 20, 30, 31].map(score) == [3, 2, 1, 1, ExactDecimal("0.5"), 0])
    }

    @Test func guangdongCarryoverRateDeductsPerPoint() throws {
        let score = try leafScore(
            "guangdong-county-department", "结转结余率",
            figures: ["carryoverEnd": 12, "budgetAdjusted": 100])
        #expect(score == 2)
    }

    @Test func projectExecutionRateIsCapped() throws {
        let over = try leafScore("mof-2020-project", "预算执行率", figures: ["budgetExecuted": 120, "budgetAdjusted": 100])
        let under = try leafScore("mof-2020-project", "预算执行率", figures: ["budgetExecuted": 85, "budgetAdjusted": 100])
        #expect(over == 10)
        #expect(under == ExactDecimal("8.5"))
    }
}
