import Foundation
import JixiaoCore
import Testing

@testable import JixiaoImport

/// Defects on reports never seen (issue 18): made-up reports in varied layouts (prose, tab,
/// pipe and one-cell-a-line tables, score tables with 扣分 and 得分率 columns, three- and
/// four-level score trees, totals first or last, 元 and 万元 mixed, 上年 beside 本年), each
/// defective one with a clean twin. The table (found / missed / false) goes to the test log.
struct DefectsUnseenTests {
    static let foundFloor = 32
    static let falseCeiling = 0

    @Test func defectsOnUnseenLayouts() throws {
        let folder = try #require(DefectsUnseenScore.folder, "Fixtures/defects-unseen 缺失")
        let score = try DefectsUnseenScore.measure(folder)
        print("Defects on unseen layouts (Fixtures/defects-unseen, \(score.rows.count) files):\n" + score.table)
        #expect(score.rows.count >= 40)
        #expect(score.found >= Self.foundFloor, "found \(score.found)/\(score.total)")
        #expect(score.falses <= Self.falseCeiling, "false findings \(score.falses)")
    }

    static var canRender: Bool { (LibreOfficeDocxTests.soffice != nil && PdfText.toolPath != nil) || Support.isCI }

    /// The same reports as .docx (tables as Word tables) and as PDF from LibreOffice give the
    /// findings the text gives: the same errors, and the same findings of the rules under test.
    @Test(.enabled(if: canRender, "需要 LibreOffice（soffice）和 pdftotext"))
    func docxAndPdfGiveTheSameFindings() throws {
        let soffice = try #require(LibreOfficeDocxTests.soffice, "soffice 未安装")
        let folder = try #require(DefectsUnseenScore.folder, "Fixtures/defects-unseen 缺失")
        let (expected, names) = try DefectsUnseenScore.expected(folder)
        #expect(names.count >= 10)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-defects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var docxFiles: [URL] = []
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let url = work.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".docx"))
            try TextDocx.data(text).write(to: url)
            docxFiles.append(url)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            ["-env:UserInstallation=file://\(work.path)/profile", "--headless", "--convert-to", "pdf", "--outdir", work.path]
            + docxFiles.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for (name, docx) in zip(names, docxFiles) {
            let want = expected[name] ?? DefectsUnseenScore.Expected()
            let rules = Set(want.found.map(\.rule)).union(want.quiet)
            func shown(_ findings: [Finding]) -> [String] {
                findings.filter { $0.severity == .error || rules.contains($0.rule) }.map { "\($0.rule) \($0.message)" }
            }
            let text = try ReportReader.analyse(path: folder.appendingPathComponent(name).path)
            let fromDocx = try ReportReader.analyse(path: docx.path)
            let fromPDF = try ReportReader.analyse(path: docx.deletingPathExtension().appendingPathExtension("pdf").path)
            #expect(shown(fromDocx.findings) == shown(text.findings), "\(name) .docx")
            #expect(shown(fromPDF.findings) == shown(text.findings), "\(name) PDF")
            // The .docx keeps the text's lines, so it scores as the text does.
            let row = DefectsUnseenScore.row(name, want, fromDocx.findings)
            #expect(row.found == row.total && row.falses == 0, "\(name) .docx: \(row.notes)")
        }
    }
}
