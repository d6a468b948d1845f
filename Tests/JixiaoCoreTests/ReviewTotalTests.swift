import Testing

@testable import JixiaoCore

/// 财政复核总分: the framework's total with the reviewer's score where given and the
/// unit's score elsewhere (issue 13 item 3).
@Suite struct ReviewTotalTests {
    typealias F = ScoringFixtures
    /// Four manual leaves, 10 + 20 + 30 + 40 = 100; the unit scores 9 + 18 + 30 + 40 = 97.
    private let framework = F.framework([
        Indicator(name: "甲", max: 10, rule: .manual), Indicator(name: "乙", max: 20, rule: .manual),
        Indicator(name: "丙", max: 30, rule: .manual), Indicator(name: "丁", max: 40, rule: .manual),
    ])

    private func reviewed(_ scores: [String: String], notApplicable: String? = nil) -> (Evaluation, ScoreResult) {
        let selfScores = ["甲": "9", "乙": "18", "丙": "30", "丁": "40"]
        var inputs: [String: IndicatorInput] = [:]
        for (id, s) in selfScores {
            inputs[id] = IndicatorInput(selfScore: F.d(s), note: "说明", notApplicable: id == notApplicable ? true : nil)
        }
        var e = F.evaluation(inputs: inputs)
        e.review = Review(scores: scores.mapValues { ReviewScore(score: F.d($0)) })
        return (e, Scorer(framework: framework).score(e))
    }

    @Test func oneItemRescoredKeepsTheUnitsScoresElsewhere() throws {
        let (e, result) = reviewed(["甲": "4"])
        #expect(result.total == 97)
        let total = try #require(ReviewTotal.of(e, score: result))
        #expect(total.total == 92)
        #expect(total.grade == .excellent)
        #expect(total.reviewedCount == 1)
    }

    @Test func severalItemsRescored() throws {
        let (e, result) = reviewed(["甲": "4", "丁": "25.5"])
        let total = try #require(ReviewTotal.of(e, score: result))
        #expect(total.total == F.d("77.5"))
        #expect(total.grade == .fair)
        #expect(total.reviewedCount == 2)
    }

    @Test func allItemsRescored() throws {
        let (e, result) = reviewed(["甲": "5", "乙": "10", "丙": "20", "丁": "20"])
        let total = try #require(ReviewTotal.of(e, score: result))
        #expect(total.total == 55)
        #expect(total.grade == .poor)
        #expect(total.reviewedCount == 4)
    }

    @Test func nothingRescoredHasNoReviewTotal() {
        let (e, result) = reviewed([:])
        #expect(ReviewTotal.of(e, score: result) == nil)
        var commented = e
        commented.review = Review(scores: ["甲": ReviewScore(score: nil, comment: "意见")])
        #expect(ReviewTotal.of(commented, score: result) == nil)
    }

    @Test func excludedIndicatorsRescaleLikeTheComputedTotal() throws {
        // 甲 not applicable: applicable 90; 18 + 30 + 20 = 68 → 68 × 100 / 90 = 75.56.
        let (e, result) = reviewed(["丁": "20"], notApplicable: "甲")
        let total = try #require(ReviewTotal.of(e, score: result))
        #expect(total.total == F.d("75.56"))
        #expect(total.grade == .fair)
    }

    @Test func withoutAFrameworkTheSelfScoresStandIn() throws {
        let (e, _) = reviewed(["乙": "10"])
        let total = try #require(ReviewTotal.of(e, score: nil))
        #expect(total.total == 89)
        #expect(total.grade == nil)
    }
}
