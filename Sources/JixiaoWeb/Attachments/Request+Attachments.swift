import JixiaoCore
import JixiaoStore
import Vapor

extension Request {
    var attachments: any AttachmentRepository { FluentAttachmentRepository(database: db) }

    /// The attachment `:id` and its evaluation when the user may read the evaluation; 404
    /// otherwise (another unit's file is not revealed).
    func readableAttachment() async throws -> (attachment: Attachment, stored: StoredEvaluation) {
        let user = try requireUser()
        guard let id = parameters.get("id"), let attachment = try await attachments.find(id: id), attachment.owner == .evaluation,
            let stored = try await evaluations.find(id: attachment.evaluationID),
            user.mayRead(unitCode: stored.evaluation.unit.code ?? "")
        else {
            throw Abort(.notFound, reason: WebText.notFound)
        }
        return (attachment, stored)
    }

    /// The attachment `:id` when the user may read its owner: the evaluation, or the 整改 item
    /// (`RectificationService.readable`); 404 otherwise.
    func downloadableAttachment() async throws -> Attachment {
        guard let id = parameters.get("id"), let attachment = try await attachments.find(id: id) else {
            throw Abort(.notFound, reason: WebText.notFound)
        }
        guard attachment.owner == .rectification else { return try await readableAttachment().attachment }
        guard try await rectificationService.readable(attachment.evaluationID, by: try requireUser()) != nil else {
            throw Abort(.notFound, reason: WebText.notFound)
        }
        return attachment
    }

    /// The attachment `:id` when the user may change its evaluation's files: 404 outside the
    /// scope, 403 when only reading, 409 once the evaluation is no longer a draft (or returned).
    func changeableAttachment() async throws -> (attachment: Attachment, stored: StoredEvaluation) {
        let found = try await readableAttachment()
        guard try requireUser().mayEdit(unitCode: found.stored.evaluation.unit.code ?? "") else {
            throw Abort(.forbidden, reason: WebText.forbidden)
        }
        guard Workflow.mayChangeContent(found.stored.evaluation.status) else { throw Abort(.conflict, reason: AttachmentText.locked) }
        return found
    }
}
