import Foundation
import Testing

@testable import JixiaoImport

/// The samples written as .docx by LibreOffice give the same facts and findings as the text.
@Suite struct LibreOfficeDocxTests {
    static var soffice: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let names = ["wuhua-2023-data-bureau.txt", "xinfeng-2021-template-draft.txt", "xinfeng-2023-service-centre.txt"]

    /// Runs where LibreOffice and the samples are, and always under CI (where a missing one fails).
    static var canRun: Bool { (soffice != nil && Support.samplesFolder != nil) || Support.isCI }

    @Test(.enabled(if: canRun, "需要 LibreOffice（soffice）和 ../shared/samples"))
    func docxFromLibreOfficeGivesTheSameFactsAsText() throws {
        let soffice = try #require(Self.soffice, "soffice 未安装（scripts/install-test-deps.sh 安装 libreoffice-writer-nogui）")
        let folder = try #require(Support.samplesFolder, "shared/samples 缺失")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            [
                "-env:UserInstallation=file://\(work.path)/profile", "--headless",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", work.path,
            ]
            + Self.names.map { folder.appendingPathComponent($0).path }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for name in Self.names {
            let text = try ReportReader.analyse(path: folder.appendingPathComponent(name).path)
            let docxPath = work.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".docx")).path
            let docx = try ReportReader.analyse(path: docxPath)
            let fromText = CheckOutput.json([.init(file: name, result: .success(text))])
            let fromDocx = CheckOutput.json([.init(file: name, result: .success(docx))])
            #expect(fromDocx == fromText, "\(name)")
            #expect(docx.facts.unitName == text.facts.unitName)
        }
    }

    @Test(.enabled(if: canRun && (PdfText.toolPath != nil || Support.isCI), "需要 LibreOffice、pdftotext 和 ../shared/samples"))
    func pdfThroughPdftotextGivesTheSameFactValues() throws {
        let soffice = try #require(Self.soffice, "soffice 未安装")
        try #require(PdfText.toolPath != nil, "pdftotext 未安装")
        let folder = try #require(Support.samplesFolder, "shared/samples 缺失")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let name = "xinfeng-2023-service-centre.txt"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=file://\(work.path)/profile", "--headless", "--convert-to", "pdf",
            "--outdir", work.path, folder.appendingPathComponent(name).path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdf = try ReportReader.analyse(path: work.appendingPathComponent("xinfeng-2023-service-centre.pdf").path)
        let text = try ReportReader.analyse(path: folder.appendingPathComponent(name).path)
        // Lines differ (the PDF wraps differently); the values must not.
        #expect(pdf.facts.unitName?.value == text.facts.unitName?.value)
        #expect(pdf.facts.phone?.value == text.facts.phone?.value && pdf.facts.filedBy?.value == text.facts.filedBy?.value)
        #expect(pdf.facts.amount("incomeTotal")?.value == text.facts.amount("incomeTotal")?.value)
        #expect(pdf.facts.staffAuthorized?.value == text.facts.staffAuthorized?.value)
        #expect(pdf.findings.map(\.rule) == text.findings.map(\.rule))
    }
}
