import JixiaoCore
import Vapor

/// The attachment pages: upload, delete and the public flag from the editor (back to it with
/// a message, or the editor again with the refusal at the top), and the downloads.
struct AttachmentController {
    func upload(_ req: Request) async throws -> Response {
        do {
            let (_, stored) = try await AttachmentUpload.accept(req)
            return back(req, stored.id, "added")
        } catch let refusal as AttachmentUpload.Refusal {
            let stored = try await req.readableEvaluation()
            let editor = EditorController()
            var model = try await editor.makeModel(
                req, stored: stored,
                form: EvaluationForm(evaluation: stored.evaluation, version: stored.version),
                evaluation: stored.evaluation)
            model.error = refusal.message
            return EditorPage.render(model).response(status: refusal.status)
        }
    }

    func download(_ req: Request) async throws -> Response {
        let attachment = try await req.downloadableAttachment()
        guard let bytes = try await req.attachments.content(id: attachment.id) else { throw Abort(.notFound, reason: WebText.notFound) }
        return AttachmentResponse.make(bytes, attachment)
    }

    /// A public file of a published evaluation, for anyone; every other id is a 404.
    func publicDownload(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id"), let attachment = try await req.attachments.find(id: id), attachment.isPublic,
            let stored = try await req.evaluations.find(id: attachment.evaluationID),
            Workflow.isPublic(stored.evaluation.status),
            let bytes = try await req.attachments.content(id: attachment.id)
        else {
            throw Abort(.notFound, reason: WebText.notFound)
        }
        return AttachmentResponse.make(bytes, attachment)
    }

    func delete(_ req: Request) async throws -> Response {
        let (attachment, stored) = try await req.changeableAttachment()
        try await req.attachments.delete(id: attachment.id)
        return back(req, stored.id, "deleted")
    }

    func setPublic(_ req: Request) async throws -> Response {
        let (attachment, stored) = try await req.changeableAttachment()
        let value = (try? req.content.get(String.self, at: "public")) ?? ""
        try await req.attachments.setPublic(id: attachment.id, value == "1")
        return back(req, stored.id, "public")
    }

    private func back(_ req: Request, _ id: String, _ done: String) -> Response {
        req.redirect(to: SiteURL.evaluation(id).withQuery(["attachment": done], fragment: "attachments"), redirectType: .normal)
    }
}
