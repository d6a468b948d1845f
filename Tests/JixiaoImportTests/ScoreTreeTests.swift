import JixiaoCore
import Testing

@testable import JixiaoImport

/// A score section read as levels (issue 18): sums compared within a level, a subtotal
/// never added to its own items, items above their heading's maximum reported.
struct ScoreTreeTests {
    static let nested = """
        部门整体支出绩效自评报告
        三、自评得分情况
        （一）投入（20分），得18分。
        1.预算编制（10分）：自评得9分。
        2.预算执行（10分）：自评得9分。
        （二）产出（50分），得45分。
        1.数量（25分）：自评得23分。
        2.质量（25分）：自评得22分。
        （三）效益（30分），得27分。
        1.社会效益（15分）：自评得14分。
        2.满意度（15分）：自评得13分。
        综合得分为90分。
        """

    func scoreFindings(_ text: String) -> [Finding] {
        ReportAnalysis(text: text).findings.filter { $0.rule.hasPrefix("score.") }
    }

    @Test func aCorrectNestedTreeHasNoFindings() {
        #expect(scoreFindings(Self.nested).isEmpty)
    }

    @Test func subtotalsAreNotAddedToTheirOwnItems() {
        // All nine scores add up to 180: the old reading reported a 90-point score.sum.
        let tree = ScoreTree(
            structure: DocumentStructure(Normaliser.normalise(text: Self.nested)),
            scores: ReportAnalysis(text: Self.nested).facts.scores)
        #expect(tree.parts(tree.topLevel) == [18, 45, 27])
        #expect(!scoreFindings(Self.nested).contains { $0.rule == "score.sum" })
    }

    @Test func aHeadingWhoseItemsExceedItsMaximum() {
        let text = """
            部门整体支出绩效自评报告
            三、自评得分情况
            （一）投入（20分）
            1.预算编制：自评得8分。
            2.预算执行：自评得9分。
            3.资金管理：自评得6分。
            （二）产出（30分）
            1.数量：自评得15分。
            2.质量：自评得14分。
            综合得分为52分。
            """
        let findings = scoreFindings(text)
        #expect(findings.map(\.rule) == ["score.over-max"])
        #expect(findings.first?.message == "「投入(20分)」下各项得分 8 + 9 + 6 = 23 分，超过该项分值 20 分")
        #expect(findings.first?.location.line == 3)
    }

    @Test func itemsThatDoNotAddUpToTheirSubtotal() {
        let text = Self.nested.replacing(once: "得18分", with: "得17分").replacing(once: "为90分", with: "为89分")
        let findings = scoreFindings(text)
        #expect(findings.map(\.rule) == ["score.sum"])
        #expect(findings.first?.message == "「投入(20分)」下各项得分 9 + 9 = 18 分，与该项得分 17 分不符（相差 1 分）")
        #expect(findings.first?.location.line == 3)
    }

    @Test func subtotalsThatDoNotAddUpToTheTotal() {
        let findings = scoreFindings(Self.nested.replacing(once: "为90分", with: "为91分"))
        #expect(findings.map(\.rule) == ["score.sum"])
        #expect(findings.first?.message == "分项得分之和 18 + 45 + 27 = 90 分，与自评总分 91 分不符（相差 1 分）")
    }
}
