import Foundation
import JixiaoCore
import Vapor

/// `/api/v1/rectifications…`: list, read, raise, answer, close and reopen through
/// `RectificationService`, the path of the pages.
struct RectificationAPI {
    /// A step's body: the answer (answer) or the comment (close, reopen), and the version read.
    struct StepDTO: Content {
        var text: String?
        var version: Int?
    }

    func list(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let filter = try await RectificationListFilter.checked(req).store
        let rows = try await req.rectificationService.list(filter, for: user)
        let today = Deadlines.today()
        return try DeclarationAPI.json(rows.map { RectificationDTO($0, today: today) })
    }

    func read(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id"), let stored = try await req.rectificationService.readable(id, by: try req.requireUser())
        else { throw Abort(.notFound, reason: RectificationText.notFound) }
        return try DeclarationAPI.json(RectificationDTO(stored, today: Deadlines.today()))
    }

    func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let command = try req.content.decode(RectificationService.Command.self)
        return try await answer(req, status: .created) { try await req.rectificationService.raise(command, by: user) }
    }

    func answer(_ req: Request) async throws -> Response { try await step(req, .answer) }
    func close(_ req: Request) async throws -> Response { try await step(req, .close) }
    func reopen(_ req: Request) async throws -> Response { try await step(req, .reopen) }

    private func step(_ req: Request, _ action: RectificationAction) async throws -> Response {
        let user = try req.requireUser()
        let body = try req.content.decode(StepDTO.self)
        if let version = body.version, !BoundedInt.version.range.contains(version) {
            throw Abort(.badRequest, reason: BoundedInt.version.message)
        }
        let id = req.parameters.get("id") ?? ""
        return try await answer(req, status: .ok) {
            try await req.rectificationService.step(id, action, text: body.text, version: body.version, by: user)
        }
    }

    private func answer(
        _ req: Request, status: HTTPStatus, _ body: () async throws -> StoredRectification
    ) async throws -> Response {
        do {
            return try DeclarationAPI.json(RectificationDTO(try await body(), today: Deadlines.today()), status: status)
        } catch RectificationService.Failure.notFound {
            throw Abort(.notFound, reason: RectificationText.notFound)
        } catch RectificationService.Failure.refused(let refusal) {
            let error = APIErrorDTO(error: .init(status: 422, message: "\(refusal.field)：\(refusal.message)"))
            return try await error.encodeResponse(status: .unprocessableEntity, for: req)
        } catch RectificationService.Failure.conflict(let current) {
            let error = APIErrorDTO(error: .init(status: 409, message: RectificationText.conflict(current), currentVersion: current))
            return try await error.encodeResponse(status: .conflict, for: req)
        }
    }
}
