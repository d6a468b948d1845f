import Foundation
import JixiaoCore
import Testing

@testable import JixiaoRender

/// The monitoring documents as LibreOffice opens them: the round's targets on a landscape
/// page, the 汇总表's first sheet with its numbers formatted and its lights in words.
@Suite(.serialized, .enabled(if: LibreOffice.enabled, "LibreOffice (soffice) is not installed"))
struct LibreOfficeMonitoringTests {
    @Test func theRoundPrintsItsTargetsOnALandscapePage() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = try MonitoringSummaryTests.entry("monitoring-project-2025-07.yaml")
        let url = folder.appendingPathComponent("round.docx")
        try DocxRenderer.render(ReportDocument(monitoring: entry.round, result: entry.result)).write(to: url)
        // when
        try LibreOffice.convert([url], to: "pdf", in: folder)
        // then
        let pdf = folder.appendingPathComponent("round.pdf")
        let orientations = try LibreOffice.landscapePages(pdf)
        #expect(orientations.first == false)
        let landscape = try #require(orientations.firstIndex(of: true)) + 1
        let table = try LibreOffice.text(pdf, pages: landscape...landscape)
        #expect(table.contains("热线受理量") && table.contains("红灯") && table.contains("94.29%"))
        #expect(try LibreOffice.text(pdf, pages: 1...1).contains("89.29%"))
    }

    @Test func theSummaryOpensWithFormattedNumbersAndLightWords() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries = [try MonitoringSummaryTests.entry("monitoring-2025-07.yaml")]
        let url = folder.appendingPathComponent("summary.xlsx")
        try MonitoringSummary(entries: entries).xlsx().write(to: url)
        try LibreOffice.convert([url], to: "csv:Text - txt - csv (StarCalc):44,34,76", in: folder)
        let csv = try String(contentsOf: folder.appendingPathComponent("summary.csv"), encoding: .utf8)
        let row = try #require(csv.split(separator: "\n").first { $0.contains("热线接通率") })
        #expect(row.contains(",95,") && row.contains(",96.2,") && row.contains(",101.26%,绿灯,"))
    }
}
