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
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder.deleteLastPathComponent()
        }
        let examples = folder.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { examples.appendingPathComponent($0) }
    }()

    @Test func examplesAreThere() {
        #expect(Self.examples.count >= 3)
    }

    @Test(arguments: examples)
    func docxReadsBackTheSameFacts(example: URL) throws {
        // given
        let scored = try EvaluationScoring.score(url: example, library: FrameworkLibrary.standard())
        let evaluation = scored.evaluation
        let report = ReportDocument(evaluation: evaluation, score: scored.result,
                                    findings: EvaluationChecker.check(evaluation) + scored.result.findings)
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
        for id in ["incomeTotal", "fiscalIncome", "expenditureTotal", "basicExpenditure", "personnelExpenditure",
                   "publicExpenditure", "projectExpenditure", "carryoverEnd"] {
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
}
