import Testing

@testable import JixiaoCore

@Suite struct QualitativeRuleTests {
    typealias F = ScoringFixtures
    private let leaf = Indicator(name: "社会效益", max: 10, rule: .qualitative)

    private func scored(_ outcome: QualitativeOutcome?, _ score: String?) -> (node: ScoredNode, result: ScoreResult) {
        F.scoreLeaf(leaf, input: IndicatorInput(selfScore: score.map(F.d), outcome: outcome, note: "说明"))
    }

    @Test func acceptsScoresInsideTheBand() {
        #expect(scored(.achieved, "8").result.findings.isEmpty)
        #expect(scored(.achieved, "10").result.findings.isEmpty)
        #expect(scored(.partlyAchieved, "6").result.findings.isEmpty)
        #expect(scored(.partlyAchieved, "7.99").result.findings.isEmpty)
        #expect(scored(.notAchieved, "0").result.findings.isEmpty)
        #expect(scored(.notAchieved, "5.99").result.findings.isEmpty)
        #expect(scored(.achieved, "9").node.score == 9)
    }

    @Test func flagsScoresOutsideTheBand() {
        for (outcome, score) in [
            (QualitativeOutcome.achieved, "7.99"), (.partlyAchieved, "8"), (.partlyAchieved, "5.99"),
            (.notAchieved, "6"),
        ] {
            let result = scored(outcome, score)
            #expect(F.rules(result.result) == ["indicator.invalid"], "\(outcome) \(score)")
            #expect(result.node.score == F.d(score))
        }
        #expect(
            scored(.partlyAchieved, "8").result.findings[0].message
                == "“社会效益”评价结果为“部分达成年度指标并具有一定效果”，得分应在 6 至 8 分（不含 8 分）档内，自评 8 分")
    }

    @Test func explainsTheOutcome() {
        #expect(scored(.achieved, "9").node.explanation == "评价结果“达成年度指标”（8 至 10 分档），自评 9 分")
    }

    @Test func infersTheOutcomeFromAScoreAlone() {
        let node = scored(nil, "7").node
        #expect(node.score == 7)
        #expect(node.explanation == "未选择评价结果，按自评 7 分归入“部分达成年度指标并具有一定效果”（6 至 8 分（不含 8 分）档）")
    }

    @Test func needsAScore() {
        let outcomeOnly = scored(.achieved, nil)
        #expect(outcomeOnly.node.score == nil)
        #expect(F.rules(outcomeOnly.result) == ["figure.missing"])
        #expect(outcomeOnly.result.findings[0].location.field == "indicators.社会效益.selfScore")
        let nothing = F.scoreLeaf(leaf)
        #expect(nothing.node.score == nil)
        #expect(nothing.result.findings[0].location.field == "indicators.社会效益.outcome")
    }

    @Test func selfScoresAreNotComparedWithThemselves() {
        #expect(!F.rules(scored(.achieved, "10").result).contains("score.unsupported"))
    }
}
