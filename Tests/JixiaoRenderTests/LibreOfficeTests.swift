import Foundation
import JixiaoCore
import Testing
import ZIPFoundation

@testable import JixiaoRender

/// Opens the generated files in LibreOffice (headless). Serialized: each run takes seconds.
@Suite(.serialized, .enabled(if: LibreOffice.enabled, "LibreOffice (soffice) is not installed"))
struct LibreOfficeTests {
    let department = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())
    let project = ReportDocument(evaluation: Fixtures.projectEvaluation(), score: Fixtures.projectScore())

    /// Hostile text everywhere, and one 100,000-character paragraph.
    var hostile: ReportDocument {
        var (evaluation, score) = Fixtures.hostileDepartment(longText: false)
        evaluation.narrative[1].text += "\n" + Fixtures.long(100_000)
        return ReportDocument(evaluation: evaluation, score: score)
    }

    @Test func docxConvertsToPDFWithTheFacts() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try [("department", department), ("project", project), ("hostile", hostile)].map { name, report in
            let url = folder.appendingPathComponent("\(name).docx")
            try DocxRenderer.render(report).write(to: url)
            return url
        }
        // when
        try LibreOffice.convert(files, to: "pdf", in: folder)
        // then
        let departmentPDF = folder.appendingPathComponent("department.pdf")
        let departmentText = try LibreOffice.text(departmentPDF)
        #expect(try LibreOffice.pages(departmentPDF) == 4)
        #expect(departmentText.contains("示例县数据服务管理局"))
        #expect(departmentText.contains("93.85"))
        #expect(departmentText.contains("自评等级：优"))
        #expect(departmentText.replacingOccurrences(of: " ", with: "").contains("—4—"))

        let projectPDF = folder.appendingPathComponent("project.pdf")
        let projectText = try LibreOffice.text(projectPDF)
        // The eleven-column 自评表 (with its heading) is set on landscape pages; the text stays portrait.
        let orientations = try LibreOffice.landscapePages(projectPDF)
        #expect(orientations.first == false && orientations.last == false && orientations.contains(true))
        #expect(orientations.count >= 3)
        let firstLandscape = try #require(orientations.firstIndex(of: true)) + 1
        #expect(try LibreOffice.text(projectPDF, pages: firstLandscape...firstLandscape).contains("绩效指标"))
        #expect(projectText.contains("示例县政务服务中心"))
        #expect(projectText.contains("99.25"))
        #expect(projectText.contains("自评等级为“优”"))

        let hostilePDF = folder.appendingPathComponent("hostile.pdf")
        let hostilePages = try LibreOffice.pages(hostilePDF)
        let hostileText = try LibreOffice.text(hostilePDF, pages: 1...3)
        // 100,000 characters at 22 × 28 = 616 a page
        #expect(hostilePages > 100_000 / 616)
        #expect(hostilePages < 400)
        #expect(hostileText.contains("<script>alert('x')</script> & ]]>"))
    }

    @Test func pageHolds22LinesOf28Characters() throws {
        // given 21 paragraphs of 28 characters, then one of 29 (no indent)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var body = DocxBody()
        let marks = Array("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌")
        for mark in marks { body.paragraph(String(mark) + String(repeating: "文", count: 27), style: "JxMeta") }
        body.paragraph(String(repeating: "末", count: 28) + "尾", style: "JxMeta")
        let url = folder.appendingPathComponent("grid.docx")
        try DocxRenderer.package(documentXML: DocxRenderer.documentXML(body: body), title: "grid").write(to: url)
        // when
        try LibreOffice.convert([url], to: "pdf", in: folder)
        // then the 29th character is the 23rd line, alone on page 2
        let pdf = folder.appendingPathComponent("grid.pdf")
        #expect(try LibreOffice.pages(pdf) == 2)
        let first = try LibreOffice.text(pdf, pages: 1...1)
        let second = try LibreOffice.text(pdf, pages: 2...2)
        #expect(first.contains("戌" + String(repeating: "文", count: 27)))
        #expect(first.contains(String(repeating: "末", count: 28)))
        #expect(!first.contains("尾"))
        #expect(second.contains("尾"))
        #expect(!second.contains("末"))
    }

    @Test func xlsxOpensAndRecalculatesToTheStoredTotals() throws {
        // given the workbooks, and copies without cached formula results
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var workbooks: [URL] = [], stripped: [URL] = []
        for (name, report) in [("department", department), ("project", project), ("hostile", hostile)] {
            let data = try XlsxRenderer.render(report)
            let url = folder.appendingPathComponent("\(name).xlsx")
            try data.write(to: url)
            workbooks.append(url)
            guard name != "hostile" else { continue }
            let bare = folder.appendingPathComponent("\(name)-bare.xlsx")
            try Self.withoutCachedResults(data).write(to: bare)
            stripped.append(bare)
        }
        // when
        try LibreOffice.convert(workbooks, to: "pdf", in: folder)
        try LibreOffice.convert(
            stripped, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            in: folder)
        // then every sheet prints, with the facts
        for (name, report) in [("department", department), ("project", project)] {
            let pdf = folder.appendingPathComponent("\(name).pdf")
            let text = try LibreOffice.text(pdf)
            // the text sheet, then a page per table
            #expect(try LibreOffice.pages(pdf) >= report.tables.count + 1)
            #expect(text.contains(report.signature.unitName))
            #expect(text.contains(ReportText.score(report.summary.total)))
            #expect(text.contains("自评等级：优"))
        }
        #expect(try LibreOffice.pages(folder.appendingPathComponent("hostile.pdf")) >= 1)
        // and LibreOffice's own sums equal the stored totals
        let departmentScores = try Self.csv(folder.appendingPathComponent("department-bare-评分表.csv"))
        #expect(departmentScores.last?[0] == "合计")
        #expect(departmentScores.last?[3] == "100")
        #expect(departmentScores.last?[4] == "93.85")
        let money = try Self.csv(folder.appendingPathComponent("department-bare-收支情况.csv"))
        #expect(money.first { $0.first == "支出合计" }?[1] == "563.02")
        #expect(money.first { $0.first?.hasSuffix("基本支出") == true }?[1] == "410.5")
        let projectScores = try Self.csv(folder.appendingPathComponent("project-bare-自评表.csv"))
        #expect(projectScores.last?[0] == "总分")
        #expect(projectScores.last?[8] == "99.25")
    }

    /// The workbook with every `<v>` after a formula removed, so a reader must compute it.
    static func withoutCachedResults(_ data: Data) throws -> Data {
        let source = try Archive(data: data, accessMode: .read)
        let target = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var bytes = Data()
            _ = try source.extract(entry) { bytes.append($0) }
            if entry.path.hasPrefix("xl/worksheets/") {
                let xml = String(decoding: bytes, as: UTF8.self)
                    .replacingOccurrences(of: #"</f><v>[^<]*</v>"#, with: "</f>", options: .regularExpression)
                bytes = Data(xml.utf8)
            }
            let payload = bytes
            try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(payload.count)) { position, size in
                payload.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let out = target.data else { throw TestFailure("could not write the stripped workbook") }
        return out
    }

    /// A CSV file's rows (no quoted commas in the cells read here).
    static func csv(_ url: URL) throws -> [[String]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
