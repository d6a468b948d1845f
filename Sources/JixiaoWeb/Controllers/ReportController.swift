import Foundation
import JixiaoCore
import JixiaoRender
import Vapor

/// The report of an evaluation (JixiaoRender): HTML to preview, .docx and .xlsx to download.
struct ReportController {
    /// Content type per format.
    static let mediaTypes: [ReportFormat: String] = [
        .html: "text/html; charset=utf-8",
        .md: "text/markdown; charset=utf-8",
        .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    func page(_ req: Request) async throws -> Response {
        try await render(req, format: req.parameters.get("format") ?? "html")
    }

    func api(_ req: Request) async throws -> Response {
        try await render(req, format: req.query[String.self, at: "format"] ?? "html")
    }

    private func render(_ req: Request, format text: String) async throws -> Response {
        let stored = try await req.readableEvaluation()
        guard let format = ReportFormat(rawValue: text.lowercased()) else {
            throw Abort(.unprocessableEntity, reason: WebText.reportFormatUnknown(text))
        }
        let analysis = req.analyzer.analyze(stored.evaluation)
        guard let score = analysis.score else {
            throw Abort(.unprocessableEntity, reason: analysis.scoreUnavailable ?? WebText.reportUnavailable)
        }
        let report = ReportDocument(evaluation: stored.evaluation, score: score, findings: analysis.findings)
        let data = try format.render(report)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: Self.mediaTypes[format] ?? "application/octet-stream")
        let name = "\(stored.evaluation.unit.name)-\(stored.evaluation.fiscalYear).\(format.fileExtension)"
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "report"
        let disposition = format == .html ? "inline" : "attachment"
        headers.replaceOrAdd(name: .contentDisposition, value: "\(disposition); filename*=UTF-8''\(encoded)")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
