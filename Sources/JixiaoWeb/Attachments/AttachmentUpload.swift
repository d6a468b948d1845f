import Foundation
import JixiaoCore
import Vapor

/// One upload of a 佐证材料, the same for the page and the API: the evaluation must be the
/// user's to change and still a draft (or returned); the file is checked by `AttachmentRules`
/// (empty, size, type sniffed from its content), its indicator must be a scored leaf of the
/// evaluation's framework, and its name is sanitised before it is stored.
enum AttachmentUpload {
    struct Form: Content {
        var file: File?
        var indicator: String?
        var `public`: String?
    }

    /// A refused upload: the HTTP status and the Chinese message.
    struct Refusal: Error {
        var status: HTTPStatus
        var message: String
    }

    static func accept(_ req: Request, rules: AttachmentRules = .standard) async throws -> (Attachment, StoredEvaluation) {
        let stored = try await req.editableEvaluation()
        let user = try req.requireUser()
        guard Workflow.mayChangeContent(stored.evaluation.status) else {
            throw Refusal(status: .conflict, message: AttachmentText.locked)
        }
        let (form, file, bytes, type) = try await checkedFile(req, rules: rules)
        let indicator = form.indicator?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        if let indicator {
            let framework = try await req.frameworks.framework(id: stored.evaluation.frameworkID)
            guard EditorPageModel.scoredLeaves(framework).contains(where: { $0.id == indicator }) else {
                throw Refusal(status: .unprocessableEntity, message: AttachmentRefusal.unknownIndicator(indicator).message)
            }
        }
        let new = NewAttachment(
            evaluationID: stored.id, indicator: indicator,
            name: AttachmentName.sanitise(file.filename, type: type), type: type,
            isPublic: ["1", "true", "on"].contains(form.public ?? ""),
            uploadedBy: user.displayName, content: bytes)
        do {
            return (try await req.attachments.add(new, rules: rules), stored)
        } catch let refusal as AttachmentRefusal {
            throw Refusal(status: .unprocessableEntity, message: refusal.message)
        }
    }
}

extension AttachmentUpload {
    /// The posted form and its file checked by `rules` (empty, size, type sniffed from the content).
    static func checkedFile(_ req: Request, rules: AttachmentRules) async throws -> (Form, File, [UInt8], AttachmentType) {
        let form = try await req.offload { Result { try req.content.decode(Form.self) } }.get()
        guard let file = form.file else { throw Refusal(status: .unprocessableEntity, message: AttachmentText.noFile) }
        let bytes = Array(file.data.readableBytesView)
        switch rules.check(bytes, name: file.filename) {
        case .success(let type): return (form, file, bytes, type)
        case .failure(let refusal):
            if case .tooLarge = refusal { throw Refusal(status: .payloadTooLarge, message: refusal.message) }
            throw Refusal(status: .unprocessableEntity, message: refusal.message)
        }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
