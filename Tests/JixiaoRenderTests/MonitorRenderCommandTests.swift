import Foundation
import JixiaoCore
import Testing

@testable import JixiaoRender

/// `jixiao monitor --render xlsx|docx` through the built binary: many rounds into one
/// 监控情况汇总表, one round into a Word document.
@Suite(
    .enabled(if: BuiltJixiao.url != nil || ProcessInfo.processInfo.environment["CI"] == "true", "需要先构建 jixiao（swift build --build-tests）"))
struct MonitorRenderCommandTests {
    let cli = RenderCommandTests()

    @Test func manyRoundsMakeOneSummary() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("汇总/监控.xlsx")
        // when
        let run = try #require(
            try cli.jixiao([
                "monitor", "examples/monitoring-2025-07.yaml", "examples/monitoring-2025-07-issues.yaml",
                "examples/monitoring-project-2025-07.yaml", "--render", "xlsx", "--output", output.path,
            ]))
        // then written, whatever the findings, and every target is a row
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr == "已生成 \(output.path)\n")
        let book = try WorkbookCells(Data(contentsOf: output))
        #expect(book.workbook.sheets[0].lastRow == 4 + 1 + 5 + 7)
        #expect(book.workbook.sheets[1].lastRow == 4 + 3)
        #expect(book.text(1, "D17") == "服务对象满意度" && book.text(1, "K16") == "红灯")
        #expect(try book.fill(1, "K16") == CellFill.red.rgb)
    }

    @Test func oneRoundMakesADocument() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("round.docx")
        let run = try #require(
            try cli.jixiao(["monitor", "examples/monitoring-project-2025-07.yaml", "--render", "docx", "-o", output.path]))
        #expect(run.status == 0)
        let xml = try Package.part("word/document.xml", of: Data(contentsOf: output))
        #expect(XML.texts(of: "w:t", in: xml).contains("工单平均办理时长"))
        #expect(xml.contains("w:orient=\"landscape\""))
    }

    @Test func aDocumentTakesOneFileAndNothingIsWrittenForAnUnreadableOne() throws {
        let two = try #require(
            try cli.jixiao([
                "monitor", "examples/monitoring-2025-07.yaml", "examples/monitoring-2025-07-issues.yaml", "--render", "docx", "-o",
                "/tmp/never-monitor.docx",
            ]))
        #expect(two.status == 2 && two.stderr.hasPrefix("--render docx 一次只能生成一轮监控表"))
        let missing = try #require(
            try cli.jixiao([
                "monitor", "examples/monitoring-2025-07.yaml", "examples/no-such.yaml", "--render", "xlsx", "-o", "/tmp/never-monitor.xlsx",
            ]))
        #expect(missing.status == 2 && missing.stderr.contains("examples/no-such.yaml"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-monitor.docx"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-monitor.xlsx"))
    }
}
