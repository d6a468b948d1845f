import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoImport
import Testing

@testable import JixiaoRender

/// Each example evaluation rendered as .docx and read back by `jixiao check`'s reader:
/// the same facts, and no `error`.
@Suite struct RoundTripTests {
    static let examples: [URL] = {
        let examples = packageRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        // Evaluations only: declarations and monitoring rounds say `kind: targets` / `kind: monitoring`.
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { examples.appendingPathComponent($0) }
            .filter { url in
                let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                return !text.contains("\nkind: targets") && !text.contains("\nkind: monitoring")
            }
    }()

    @Test func examplesAreThere() {
        #expect(Self.examples.count >= 3)
    }

    @Test(arguments: examples)
    func docxReadsBackTheSameFacts(example: URL) throws {
        // given
        let scored = try EvaluationScoring.score(url: example, library: FrameworkLibrary.standard())
        let evaluation = scored.evaluation
        let report = try #require(ReportDocument(analysis: scored.analysis))
        // when
        let data = try DocxRenderer.render(report)
        let analysis = ReportAnalysis(lines: try ReportReader.lines(data: data, ext: "docx", path: example.lastPathComponent))
        // then
        let facts = analysis.facts
        #expect(analysis.kind == evaluation.kind)
        #expect(analysis.findings.filter { $0.severity == .error }.map(\.message) == [])
        #expect(facts.unitName?.value == evaluation.unit.name)
        #expect(facts.fiscalYear?.value == evaluation.fiscalYear)
        #expect(facts.filedBy?.value == evaluation.filing.filedBy)
        #expect(facts.phone?.value == evaluation.filing.phone)
        #expect(facts.filedOn.flatMap { CalendarDate($0.value) } == evaluation.filing.filedOn.flatMap(CalendarDate.init))
        for id in [
            "incomeTotal", "fiscalIncome", "expenditureTotal", "basicExpenditure", "personnelExpenditure",
            "publicExpenditure", "projectExpenditure", "carryoverEnd",
        ] {
            #expect(facts.amount(id)?.value.value == evaluation.figures[id], "\(id)")
        }
        #expect(facts.staffAuthorized.map { ExactDecimal($0.value) } == evaluation.figures["staffAuthorized"])
        #expect(facts.staffActual.map { ExactDecimal($0.value) } == evaluation.figures["staffActual"])
        // every scored leaf is read back with its score and maximum, and they add up to the total
        let leaves = scored.result.nodes.flatMap(\.leaves).filter { $0.score != nil && !$0.notApplicable }
        #expect(facts.scores.map(\.name) == leaves.map(\.name))
        #expect(facts.scores.map(\.score) == leaves.compactMap(\.score))
        #expect(facts.scores.map(\.max) == leaves.map(\.max))
        if leaves.isEmpty {
            // nothing could be scored: the report states no total and no grade
            #expect(facts.selfScore == nil)
            #expect(facts.statedGrade == nil)
        } else {
            #expect(facts.selfScore?.value == scored.result.total)
            #expect(facts.grade?.value == scored.result.grade)
        }
    }

    @Test func lowTotalReadsBackAsTheTotalWithItsGrade() throws {
        // given a poor result
        let nodes = [
            Fixtures.heading(
                "预算执行", level: 1,
                [
                    Fixtures.heading(
                        "资金管理", level: 2,
                        [
                            Fixtures.leaf("结转结余率", max: "60", score: "20.5", "结转结余率 35% > 10%，扣分", note: "年末结余偏高"),
                            Fixtures.leaf("财务合规性", max: "40", score: "12", "发现违规 7 处，扣分", note: "整改中"),
                        ])
                ])
        ]
        let report = ReportDocument(
            evaluation: Fixtures.departmentEvaluation(),
            score: Fixtures.result(nodes, framework: "test"))
        // when
        let data = try DocxRenderer.render(report)
        let analysis = ReportAnalysis(lines: try ReportReader.lines(data: data, ext: "docx", path: "poor.docx"))
        // then
        #expect(analysis.facts.selfScore?.value == ExactDecimal("32.5"))
        #expect(analysis.facts.statedGrade?.value == .poor)
        #expect(analysis.facts.scores.map(\.score) == [ExactDecimal("20.5"), 12])
        #expect(analysis.findings.filter { $0.severity == .error }.map(\.message) == [])
    }
}
