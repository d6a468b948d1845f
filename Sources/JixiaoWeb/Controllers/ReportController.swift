import Foundation
import JixiaoCore
import JixiaoRender
import Vapor

/// The report of an evaluation (JixiaoRender): HTML to preview, .docx and .xlsx to download.
struct ReportController {
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
        let analysis = try await req.frameworks.analyze(stored.evaluation)
        guard let report = ReportDocument(analysis: analysis) else {
            throw Abort(.unprocessableEntity, reason: analysis.scoreUnavailable ?? WebText.reportUnavailable)
        }
        let data = try await req.offload { Result { try format.render(report) } }.get()
        let name = "\(stored.evaluation.unit.name)-\(stored.evaluation.fiscalYear).\(format.fileExtension)"
        let response = FileResponse.make(
            data, filename: name, contentType: FileResponse.contentType(format.fileExtension),
            inline: format == .html)
        // A standalone report carries its stylesheet inline: allowed by its hash, nothing else.
        if format == .html { response.headers.replaceOrAdd(name: "Content-Security-Policy", value: SecurityHeadersMiddleware.reportPolicy) }
        return response
    }
}
