import Testing

@testable import JixiaoCore

@Suite struct BandsRuleTests {
    typealias F = ScoringFixtures
    /// 预算调整率: = 0 → 3; (0, 10%] → 2; (10%, 20%] → 1; (20%, 30%] → 0.5; > 30% → 0.
    private let adjustment = F.leaf(
        .bands([
            Band(lower: 0, lowerInclusive: true, upper: 0, upperInclusive: true, score: 3),
            Band(lower: 0, lowerInclusive: false, upper: F.d("0.1"), upperInclusive: true, score: 2),
            Band(lower: F.d("0.1"), lowerInclusive: false, upper: F.d("0.2"), upperInclusive: true, score: 1),
            Band(lower: F.d("0.2"), lowerInclusive: false, upper: F.d("0.3"), upperInclusive: true, score: F.d("0.5")),
            Band(lower: F.d("0.3"), lowerInclusive: false, score: 0),
        ]), name: "预算调整率", max: 3)

    @Test func endsAreIncludedOrExcludedAsStated() {
        #expect(F.score(adjustment, x: "0") == 3)
        #expect(F.score(adjustment, x: "0.000001") == 2)
        #expect(F.score(adjustment, x: "0.1") == 2)
        #expect(F.score(adjustment, x: "0.100001") == 1)
        #expect(F.score(adjustment, x: "0.2") == 1)
        #expect(F.score(adjustment, x: "0.3") == F.d("0.5"))
        #expect(F.score(adjustment, x: "0.31") == 0)
    }

    @Test func valueInNoBandScoresZero() {
        let node = F.scoreLeaf(adjustment, figures: ["x": F.d("-0.1")]).node
        #expect(node.score == 0)
        #expect(node.explanation == "预算调整率 = x = -0.1 = -10.00%，不在任何评分区间内，得 0 分")
    }

    @Test func explainsTheBand() {
        let node = F.scoreLeaf(adjustment, figures: ["x": F.d("0.05")]).node
        #expect(node.explanation == "预算调整率 = x = 0.05 = 5.00%，在“高于 0.00%、不超过 10.00%”档，得 2 分")
        let zero = F.scoreLeaf(adjustment, figures: ["x": 0]).node
        #expect(zero.explanation == "预算调整率 = x = 0 = 0.00%，在“等于 0.00%”档，得 3 分")
    }

    @Test func openEndedBands() {
        // 重点支出安排率: ≥ 90% 5; [80, 90) 4; < 60 0 (gap [60, 80) scores 0 too).
        let leaf = F.leaf(
            .bands([
                Band(lower: F.d("0.9"), score: 5),
                Band(lower: F.d("0.8"), upper: F.d("0.9"), score: 4),
                Band(upper: F.d("0.6"), score: 0),
            ]), name: "重点支出安排率", max: 5)
        #expect(F.score(leaf, x: "0.9") == 5)
        #expect(F.score(leaf, x: "0.8999") == 4)
        #expect(F.score(leaf, x: "0.8") == 4)
        #expect(F.score(leaf, x: "0.7") == 0)
        let node = F.scoreLeaf(leaf, figures: ["x": F.d("0.95")]).node
        #expect(node.explanation.hasSuffix("在“不低于 90.00%”档，得 5 分"))
    }
}
