import Foundation
import JixiaoCore
import Vapor

/// The unit's evidence on a 整改 item (`POST /rectifications/:id/attachments`): the item must be
/// readable and the user one who may answer it (`RectificationRules.mayAttach`); the file goes
/// through the same checks and quota as an evaluation's 佐证材料. Downloads are `/attachments/:id`.
struct RectificationAttachments {
    func upload(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id"), let stored = try await req.rectificationService.readable(id, by: user) else {
            throw Abort(.notFound, reason: RectificationText.notFound)
        }
        do {
            guard RectificationRules.mayAttach(user, to: stored.item) else {
                throw AttachmentUpload.Refusal(status: .forbidden, message: RectificationText.attachNotAllowed)
            }
            let (_, file, bytes, type) = try await AttachmentUpload.checkedFile(req, rules: .standard)
            var new = NewAttachment(
                evaluationID: stored.id, indicator: nil, name: AttachmentName.sanitise(file.filename, type: type), type: type,
                isPublic: false, uploadedBy: user.displayName, content: bytes)
            new.owner = .rectification
            do {
                _ = try await req.attachments.add(new, rules: .standard)
            } catch let refusal as AttachmentRefusal {
                throw AttachmentUpload.Refusal(status: .unprocessableEntity, message: refusal.message)
            }
            return req.redirect(to: SiteURL.rectification(stored.id).withQuery(["attachment": "added"]), redirectType: .normal)
        } catch let refusal as AttachmentUpload.Refusal {
            var model = RectificationPage.Model(user: user, csrf: req.csrf, stored: stored, today: Deadlines.today())
            model.attachments = try await req.attachments.list(rectificationID: stored.id)
            model.error = refusal.message
            return RectificationPage.render(model).response(status: refusal.status)
        }
    }
}
