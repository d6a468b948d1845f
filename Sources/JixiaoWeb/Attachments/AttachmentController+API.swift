import Foundation
import JixiaoCore
import Vapor

/// An attachment in the API: `GET …/attachments` lists these as `items`.
struct AttachmentDTO: Content {
    var id: String
    var name: String
    var size: Int
    var contentType: String
    /// The framework leaf it supports; null for the evaluation as a whole.
    var indicator: String?
    var uploadedBy: String
    var uploadedAt: Date
    var `public`: Bool

    init(_ a: Attachment) {
        id = a.id
        name = a.name
        size = a.size
        contentType = a.type.contentType
        indicator = a.indicator
        uploadedBy = a.uploadedBy
        uploadedAt = a.uploadedAt
        `public` = a.isPublic
    }
}

struct AttachmentListDTO: Content {
    var items: [AttachmentDTO]
}

extension AttachmentController {
    func apiUpload(_ req: Request) async throws -> Response {
        do {
            let (attachment, _) = try await AttachmentUpload.accept(req)
            return try await AttachmentDTO(attachment).encodeResponse(status: .created, for: req)
        } catch let refusal as AttachmentUpload.Refusal {
            let body = APIErrorDTO(error: .init(status: Int(refusal.status.code), message: refusal.message))
            return try await body.encodeResponse(status: refusal.status, for: req)
        }
    }

    func apiList(_ req: Request) async throws -> Response {
        let stored = try await req.readableEvaluation()
        let items = try await req.attachments.list(evaluationID: stored.id).map(AttachmentDTO.init)
        return try await AttachmentListDTO(items: items).encodeResponse(for: req)
    }

    func apiDelete(_ req: Request) async throws -> Response {
        let (attachment, _) = try await req.changeableAttachment()
        try await req.attachments.delete(id: attachment.id)
        return Response(status: .noContent)
    }
}
