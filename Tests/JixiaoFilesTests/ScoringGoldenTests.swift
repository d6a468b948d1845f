import Foundation
import JixiaoCore
import Testing

@testable import JixiaoFiles

/// Pins the texts scoring produces — explanations, findings, totals — to what
/// `jixiao score` printed before the scorer was optimised (`Golden/*.json`, `*.txt`),
/// so speed work cannot change a word.
@Suite("Scoring texts stay as they were")
struct ScoringGoldenTests {
    static func scored(_ name: String) throws -> ScoredEvaluation {
        let file = "Tests/JixiaoFilesTests/Golden/" + name + ".yaml"
        return try EvaluationScoring.score(
            url: TestPaths.root.appendingPathComponent(file), file: file,
            library: FrameworkLibrary.builtIn())
    }

    static func golden(_ name: String) throws -> String {
        try String(
            contentsOf: TestPaths.root.appendingPathComponent("Tests/JixiaoFilesTests/Golden/" + name),
            encoding: .utf8)
    }

    @Test(arguments: ["scoring-golden", "scoring-golden-missing"])
    func jsonAndTextAreUnchanged(name: String) throws {
        // when
        let scored = try Self.scored(name)
        // then
        #expect(try scored.report.json() == Self.golden(name + ".json"))
        #expect(scored.text + "\n" == (try Self.golden(name + ".txt")))
    }

    @Test func findingsAndSummaryAreUnchanged() throws {
        // when
        let result = try Self.scored("scoring-golden").result
        // then
        #expect(
            result.explanation == "不适用指标 预算编制及时性（4 分）已剔除，适用指标分值合计 96 分，得分 75 分，"
                + "折算为 75 ÷ 96 × 100 = 78.13 分，等级“中”")
        let unsupported = try #require(result.findings.first { $0.rule == "score.unsupported" })
        #expect(
            unsupported.message == "“结转结余率”自评得分 4 分高于按数据计算的得分 2 分（结转结余率 = 年末结转结余 ÷ "
                + "全年预算数 = 75.25 ÷ 600.00 = 12.54%，不满足 ≤ 10.00%，超出 2.54 个百分点，每 1 个百分点扣 1 分（不足一档不扣），"
                + "计 2 档 × 1 = 扣 2 分，得 2 分）")
        #expect(unsupported.location.field == "indicators.结转结余率.selfScore")
        #expect(try Self.scored("scoring-golden-missing").result.explanation == "总分 = 各指标得分之和 77.75 分，等级“中”")
    }
}
