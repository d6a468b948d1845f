import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoImport
import Testing

@testable import JixiaoRender

/// Every example evaluation rendered as .docx, turned into PDF by LibreOffice and read back by
/// `jixiao check` (pdftotext's word positions, tables by position): no error, the same facts and
/// findings as the .docx, and no item score the .docx does not give. The project examples carry a landscape indicator table.
@Suite(.serialized, .enabled(if: LibreOffice.enabled, "LibreOffice (soffice) is not installed"))
struct PdfReadingTests {
    @Test func everyExamplePdfReadsLikeItsDocx() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let examples = RoundTripTests.examples
        #expect(examples.contains { $0.lastPathComponent == "wuhua-2023.yaml" })
        var docxFiles: [URL] = []
        var landscape: [String] = []
        for example in examples {
            let scored = try EvaluationScoring.score(url: example, library: FrameworkLibrary.standard())
            let report = try #require(ReportDocument(analysis: scored.analysis))
            let url = folder.appendingPathComponent(example.deletingPathExtension().lastPathComponent + ".docx")
            try DocxRenderer.render(report).write(to: url)
            if DocxRenderer.documentXML(report).contains("w:orient=\"landscape\"") { landscape.append(url.lastPathComponent) }
            docxFiles.append(url)
        }
        // The project examples' indicator tables are set on landscape pages.
        #expect(landscape.contains("hotline-project-2023.docx") && landscape.contains("project-demo.docx"), "\(landscape)")
        // when
        try LibreOffice.convert(docxFiles, to: "pdf", in: folder)
        // then
        for docx in docxFiles {
            let name = docx.lastPathComponent
            let fromDocx = try ReportReader.analyse(path: docx.path)
            let fromPDF = try ReportReader.analyse(path: docx.deletingPathExtension().appendingPathExtension("pdf").path)
            #expect(fromPDF.findings.filter { $0.severity == .error }.map(\.message) == [], "\(name)")
            #expect(Self.values(fromPDF.facts) == Self.values(fromDocx.facts), "\(name)")
            // Every item score read from the PDF is one the .docx gives (none glued or shifted).
            let docxScores = Set(fromDocx.facts.scores.map { "\($0.name) \($0.score) \($0.max.map { "\($0)" } ?? "-")" })
            #expect(
                fromPDF.facts.scores.filter { !docxScores.contains("\($0.name) \($0.score) \($0.max.map { "\($0)" } ?? "-")") }.map(\.name)
                    == [], "\(name)")
            #expect(fromPDF.facts.scores.count == fromDocx.facts.scores.count, "\(name)")
            #expect(Self.targets(fromPDF.facts) == Self.targets(fromDocx.facts), "\(name)")
            #expect(fromPDF.findings.map { "\($0.rule) \($0.message)" } == fromDocx.findings.map { "\($0.rule) \($0.message)" }, "\(name)")
        }
    }

    /// The targets' names and figures without their lines.
    static func targets(_ facts: ReportFacts) -> [String] {
        facts.targets.map { target in
            target.name + " "
                + [target.value, target.actual, target.max, target.score].map { $0.map { "\($0)" } ?? "-" }.joined(separator: " ")
        }
    }

    /// The facts' values without their lines (a PDF wraps lines elsewhere).
    static func values(_ facts: ReportFacts) -> [String] {
        var out = [
            "unit \(facts.unitName?.value ?? "-")", "year \(facts.fiscalYear.map { "\($0.value)" } ?? "-")",
            "filer \(facts.filedBy?.value ?? "-")", "phone \(facts.phone?.value ?? "-")", "on \(facts.filedOn?.value ?? "-")",
            "staff \(facts.staffAuthorized.map { "\($0.value)" } ?? "-") \(facts.staffActual.map { "\($0.value)" } ?? "-")",
            "score \(facts.selfScore.map { "\($0.value)" } ?? "-")", "grade \(facts.grade.map { "\($0.value)" } ?? "-")",
        ]
        for (id, amounts) in facts.amounts.sorted(by: { $0.key < $1.key }) {
            out.append("\(id) \(amounts.first.map { "\($0.value.value)" } ?? "-")")
        }
        return out
    }
}
