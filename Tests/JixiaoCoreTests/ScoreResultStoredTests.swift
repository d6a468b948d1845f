import Testing

@testable import JixiaoCore

@Suite("A score result is built once")
struct ScoreResultStoredTests {
    typealias F = ScoringFixtures

    static func result() -> (Scorer, Evaluation) {
        let leaf = F.leaf(.proportional(direction: .atLeast, target: "8", inverse: nil), name: "完成值")
        let scorer = Scorer(framework: F.framework([leaf, Indicator(name: "甲", max: 5, rule: .manual)]))
        let evaluation = F.evaluation(
            figures: ["x": 6],
            inputs: [
                "完成值": IndicatorInput(selfScore: 10),
                "甲": IndicatorInput(selfScore: 7),
            ])
        return (scorer, evaluation)
    }

    @Test func totalsAreThoseOfTheWholeResult() {
        // given
        let (scorer, evaluation) = Self.result()
        // when
        let result = scorer.score(evaluation)
        let totals = scorer.totals(evaluation)
        // then
        #expect(
            totals
                == ScoreTotals(
                    total: result.total, unroundedTotal: result.unroundedTotal,
                    maxTotal: result.maxTotal, grade: result.grade))
        #expect(result.total == F.d("12.5"))
    }

    @Test func replacingTheTreeLeavesFindingsAndValuesAsTheyWere() {
        // given: an unsupported self-score, whose message quotes the leaf's explanation
        let (scorer, evaluation) = Self.result()
        var result = scorer.score(evaluation)
        let explanation = result.nodes[0].explanation
        let findings = result.findings
        let computed = result.computed
        // when
        result.nodes = []
        // then
        #expect(findings.map(\.rule).contains("score.unsupported"))
        #expect(findings.map(\.rule).contains("score.over-max"))
        #expect(result.findings == findings)
        #expect(result.findings.first { $0.rule == "score.unsupported" }?.message.contains(explanation) == true)
        #expect(result.computed == computed && computed.count == 1)
    }

    @Test func equalResultsHashAlike() {
        // given
        let (scorer, evaluation) = Self.result()
        // when
        let a = scorer.score(evaluation), b = scorer.score(evaluation)
        // then
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        var changed = b
        changed.nodes[0].score = 1
        #expect(a != changed)
    }
}
