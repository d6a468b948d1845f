import Foundation
import JixiaoCore
import Testing

@testable import JixiaoFiles

/// The example files state what the sample reports state.
@Suite(
    "Examples against the sample reports",
    .enabled(if: Samples.folder != nil || ProcessInfo.processInfo.environment["CI"] == "true", "需要 ../shared/samples（或 JIXIAO_SAMPLES）"))
struct SampleConsistencyTests {
    @Test func wuhuaSelfScoresAreThoseOfTheReportInOrder() throws {
        let sample = try #require(Samples.text("wuhua-2023-data-bureau.txt"))
        // given: the item scores the report states, in its order
        let analysis = try #require(sample.range(of: "整体支出绩效指标分析"))
        let regex = try NSRegularExpression(pattern: #"自评(?:得|为)?\s*(\d+(?:\.\d+)?)\s*分"#)
        let body = String(sample[analysis.lowerBound...])
        let stated = regex.matches(in: body, range: NSRange(body.startIndex..., in: body)).compactMap { match in
            Range(match.range(at: 1), in: body).flatMap { ExactDecimal(String(body[$0])) }
        }
        // when
        let evaluation = try EvaluationReader.read(url: TestPaths.example("wuhua-2023.yaml")).evaluation
        let framework = try #require(try FrameworkLibrary.builtIn().framework(id: evaluation.frameworkID))
        let example = framework.indicators.flatMap(\.leaves).map { evaluation.indicators[$0.id]?.selfScore }
        // then
        #expect(stated.count == 25)
        #expect(example == stated.map { Optional($0) })
        #expect(sample.contains("综合得分为 98 分"))
        #expect(sample.contains("核定行政编制14名,实有人员13人"))
        #expect(sample.contains("财政拨款收入合计 563.02 万元"))
    }

    @Test func xinfengFiguresAreThoseOfTheReport() throws {
        let sample = try #require(Samples.text("xinfeng-2023-service-centre.txt"))
        let evaluation = try EvaluationReader.read(url: TestPaths.example("xinfeng-2023.yaml")).evaluation
        #expect(sample.contains("本年收入1,174.46万元"))
        #expect(evaluation.figures["fiscalIncome"] == ExactDecimal("1174.46"))
        #expect(sample.contains("事业编制 9 名"))
        #expect(evaluation.figures["staffAuthorized"] == 9)
        #expect(sample.contains("填 报 人：李惠君") && evaluation.filing.filedBy == "李惠君")
    }
}
