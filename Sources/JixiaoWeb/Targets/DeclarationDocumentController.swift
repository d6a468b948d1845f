import Foundation
import JixiaoCore
import JixiaoRender
import Vapor

/// The 绩效目标申报表 to download: the one document model of `jixiao targets --render`
/// (`ReportDocument(declaration:)`) as .docx (GB/T 9704, the indicator table landscape) or .xlsx.
struct DeclarationDocumentController {
    func download(_ req: Request) async throws -> Response {
        let stored = try await DeclarationService(req: req).readable(req.parameters.get("id"), by: try req.requireUser())
        let text = (req.parameters.get("format") ?? "").lowercased()
        guard text == "docx" || text == "xlsx", let format = ReportFormat(rawValue: text) else {
            throw Abort(.unprocessableEntity, reason: DeclarationText.documentFormat(String(text.prefix(20))))
        }
        let declaration = stored.state.declaration
        let report = ReportDocument(declaration: declaration)
        let data = try await req.offload { Result { try format.render(report) } }.get()
        let name = "\(declaration.unit)-\(declaration.fiscalYear)-\(stored.state.title).\(format.fileExtension)"
        return FileResponse.make(data, filename: name, contentType: FileResponse.contentType(format.fileExtension), inline: false)
    }
}
