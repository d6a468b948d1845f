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

    @Test func docxFromLibreOfficeGivesTheSameFactsAsText() throws {
        guard let soffice = Self.soffice else {
            if Support.isCI { Issue.record("soffice 未安装（scripts/install-test-deps.sh 安装 libreoffice-writer-nogui）") }
            return
        }
        guard let folder = Support.samplesFolder else {
            if Support.isCI { Issue.record("shared/samples 缺失") }
            return
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(work.path)/profile", "--headless",
                             "--convert-to", "docx:MS Word 2007 XML", "--outdir", work.path]
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
}
