import Testing

@testable import JixiaoCore

@Suite("Analyzer: checks and scoring put together once")
struct AnalyzerTests {
    typealias F = ScoringFixtures

    /// A correct evaluation with one broken sum (a check) and a self-score below the
    /// maximum without a note (found while scoring).
    static func evaluation() -> Evaluation {
        var e = EvaluationCheckerTests.good()
        e.figures["projectExpenditure"] = 190
        e.indicators["甲"] = IndicatorInput(selfScore: 6)
        e.indicators["乙"] = IndicatorInput(selfScore: 10, note: "已说明")
        return e
    }

    static let framework = F.framework([
        Indicator(name: "甲", max: 8, rule: .manual),
        Indicator(name: "乙", max: 12, rule: .manual),
    ])

    @Test func findingsAreTheChecksThenScoringsEachOnce() throws {
        // when
        let analysis = Analyzer(framework: Self.framework).analyze(Self.evaluation())
        // then
        #expect(analysis.findings.map(\.rule) == ["sum.expenditure", "deviation.missing"])
        let score = try #require(analysis.score)
        #expect(score.findings.map(\.rule) == ["deviation.missing"])
        #expect(score.total == 16 && analysis.nodes.map(\.score) == [6, 10])
        #expect(analysis.metrics == EvaluationMetrics(total: 16, grade: .good, errorCount: 1, warningCount: 1))
        #expect(analysis.blocking.map(\.rule) == ["sum.expenditure", "deviation.missing"])
        #expect(analysis.framework?.id == "test")
    }

    @Test func withoutAFrameworkOnlyTheChecksRun() {
        // when
        let analysis = Analyzer.unscored(Self.evaluation())
        // then
        #expect(analysis.score == nil && analysis.scored == nil && analysis.nodes.isEmpty)
        #expect(analysis.findings.map(\.rule) == ["sum.expenditure"])
        #expect(analysis.metrics == EvaluationMetrics(total: nil, grade: nil, errorCount: 1, warningCount: 0))
    }

    @Test func aNewDraftHasAScoreButIsNotScored() {
        // when
        let analysis = Analyzer(framework: Self.framework).analyze(F.evaluation())
        // then
        #expect(analysis.score != nil)
        #expect(analysis.scored == nil)
        #expect(analysis.metrics.total == nil && analysis.metrics.grade == nil)
    }

    @Test func theCacheDecodesAFrameworkOncePerVersion() {
        // given
        let cache = AnalyzerCache()
        var decoded = 0
        func framework() -> Framework { decoded += 1; return Self.framework }
        let first = AnalyzerCache.Key(id: "test", version: "1")
        // when
        let a = cache.analyzer(first, framework: framework)
        let b = cache.analyzer(first, framework: framework)
        let c = cache.analyzer(AnalyzerCache.Key(id: "test", version: "2"), framework: framework)
        let d = cache.analyzer(first, framework: framework)
        // then
        #expect(a === b)
        #expect(a !== c)
        #expect(d !== a)  // version 2 replaced version 1
        #expect(decoded == 3)
    }
}
