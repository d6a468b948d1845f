import Foundation
import JixiaoCore
import JixiaoImport
import Testing

@testable import JixiaoRender

/// The report is everything typed: every value of the everything-filled evaluations is
/// found in every format (.docx and .xlsx read through LibreOffice → PDF text), and
/// numbers are written as their kind says, with no unit twice.
@Suite struct EverythingFilledTests {
    static func reports() throws -> [(name: String, evaluation: Evaluation, report: ReportDocument)] {
        let (department, departmentScore) = try EverythingFilled.department()
        let (project, projectScore) = try EverythingFilled.project()
        return [
            ("department", department, ReportDocument(evaluation: department, score: departmentScore)),
            ("project", project, ReportDocument(evaluation: project, score: projectScore)),
        ]
    }

    /// The values of `expected` that `text` lacks (spaces and line breaks ignored).
    static func missing(_ expected: [String], in text: String) -> [String] {
        let flat = text.filter { !$0.isWhitespace }
        return expected.filter { !flat.contains($0.filter { !$0.isWhitespace }) }
    }

    @Test func htmlAndMarkdownShowEveryValue() throws {
        for (name, evaluation, report) in try Self.reports() {
            let expected = EverythingFilled.expectedValues(evaluation)
            #expect(Self.missing(expected, in: HtmlRenderer.render(report)) == [], "\(name).html")
            #expect(Self.missing(expected, in: MarkdownRenderer.render(report)) == [], "\(name).md")
        }
    }

    @Test func rateFiguresShowOnePercentSignAndNoOtherUnit() throws {
        for (name, _, report) in try Self.reports() {
            for text in [HtmlRenderer.render(report), MarkdownRenderer.render(report)] {
                #expect(text.contains("96.12%"), "\(name)")
                #expect(!text.contains("9612"), "\(name)")
                for twice in ["% %", "%%", "% 比率", "%比率", "| % |", "<td>%</td>"] {
                    #expect(!text.contains(twice), "\(name): \(twice)")
                }
            }
        }
    }

    @Test func formulasAreInWordsWithTheirNumbers() throws {
        let (_, _, report) = try Self.reports()[0]
        let text = MarkdownRenderer.render(report)
        #expect(text.contains("财政拨款收入与财政拨款收入调整预算数之差的绝对值 ÷ 财政拨款收入调整预算数"))
        #expect(!text.contains("abs("))
        #expect(!text.contains("fiscalIncome"))
        #expect(!text.contains("按评价人录入的得分"))
        #expect(text.contains("（人工评分）"))
    }

    @Test func theTargetsTableIsNotReadBackAsScores() throws {
        // given a department report with the 绩效指标 table before the score table
        let (evaluation, score) = try EverythingFilled.department()
        let data = try DocxRenderer.render(ReportDocument(evaluation: evaluation, score: score))
        // when the app reads its own .docx
        let analysis = ReportAnalysis(lines: try ReportReader.lines(data: data, ext: "docx", path: "everything.docx"))
        // then the scores are the score table's, once each
        let leaves = score.nodes.flatMap(\.leaves).filter { $0.score != nil && !$0.notApplicable }
        // (the marker figures do not add up, so the sum checks rightly report errors here)
        #expect(analysis.facts.scores.map(\.name) == leaves.map(\.name))
        #expect(analysis.facts.scores.map(\.score) == leaves.compactMap(\.score))
    }

    @Test(.enabled(if: LibreOffice.enabled, "LibreOffice (soffice) is not installed"))
    func docxAndXlsxShowEveryValueThroughLibreOffice() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = try Self.reports()
        var files: [URL] = []
        for (name, _, report) in reports {
            for format in [ReportFormat.docx, .xlsx] {
                let url = folder.appendingPathComponent("\(name)-\(format.rawValue).\(format.fileExtension)")
                try format.render(report).write(to: url)
                files.append(url)
            }
        }
        // when
        try LibreOffice.convert(files, to: "pdf", in: folder)
        // then
        for (name, evaluation, _) in reports {
            let expected = EverythingFilled.expectedValues(evaluation)
            for format in ["docx", "xlsx"] {
                let text = try LibreOffice.text(folder.appendingPathComponent("\(name)-\(format).pdf"))
                #expect(Self.missing(expected, in: text) == [], "\(name).\(format)")
                #expect(!text.contains("###"), "\(name).\(format): a number too wide for its column")
            }
        }
    }
}
