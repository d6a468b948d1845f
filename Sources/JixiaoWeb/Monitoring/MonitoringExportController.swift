import Foundation
import JixiaoCore
import JixiaoRender
import Vapor

/// Downloads of monitoring: the 监控情况汇总表 (.xlsx) of the rounds the list shows (same scope,
/// `year`, `light` and `order`), and one round as a Word document. Rendered off the event loop.
struct MonitoringExportController {
    /// Most rounds in one 汇总表 (the list reads at most as many).
    static let maxRounds = 5000

    func summary(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (year, light, _, rows) = try await MonitoringController.listedRows(req, user: user)
        var context = [year.map { "\($0)年度" } ?? "全部年度"]
        if let label = LightText.filterOptions.first(where: { $0.0 == light && !light.isEmpty })?.1 { context.append(label) }
        context.append("共 \(rows.count) 轮")
        let summary = MonitoringSummary(
            entries: rows.map { .init(round: $0.stored.state.round, result: $0.result) }, context: context.joined(separator: "　"))
        let data = try await req.offload { Result { try summary.xlsx() } }.get()
        let name = MonitoringLabels.summaryTitle + (year.map { "-\($0)" } ?? "") + ".xlsx"
        return FileResponse.make(data, filename: name, contentType: FileResponse.contentType("xlsx"))
    }

    func document(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let stored = try await MonitoringService(req: req).readable(req.parameters.get("id"), by: user)
        let result = try await req.roundAnalysis(stored.state)
        let report = ReportDocument(monitoring: stored.state.round, result: result)
        let data = try await req.offload { Result { try DocxRenderer.render(report) } }.get()
        let round = stored.state.round
        let name = ReportFileNames.sanitised("\(round.subject)-\(round.asOf.iso)-运行监控表") + ".docx"
        return FileResponse.make(data, filename: name, contentType: FileResponse.contentType("docx"))
    }
}
