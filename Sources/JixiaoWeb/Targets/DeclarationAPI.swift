import Foundation
import JixiaoCore
import JixiaoFiles
import Vapor

/// `/api/v1/targets…`: declarations in the file form of `jixiao targets`, read by the same
/// reader and checked by the same checker, so the CLI, the pages and the API agree.
struct DeclarationAPI {
    /// One declaration as answered.
    struct DeclarationDTO: Encodable {
        var id: String
        var version: Int
        var status: EvaluationStatus
        var unitCode: String
        var title: String
        var updatedAt: Date
        var review: DeclarationReview
        var declaration: DeclarationFileJSON
        /// While a 调整 is under way: the accepted version, still in force until the adjustment is accepted.
        var inForce: DeclarationFileJSON?
        var findings: [DeclarationReport.Item]

        /// `checker` nil: no findings (lists).
        init(_ s: StoredDeclaration, checker: DeclarationChecker?) {
            id = s.id
            version = s.version
            status = s.state.status
            unitCode = s.state.unitCode
            title = s.state.title
            updatedAt = s.updatedAt
            review = s.state.review
            declaration = DeclarationFileJSON(s.state.declaration)
            inForce = s.state.isAdjusting ? s.state.inForce.map(DeclarationFileJSON.init) : nil
            findings =
                checker.map {
                    DeclarationReport(file: "", kind: s.state.declaration.scope.rawValue, findings: $0.check(s.state.declaration))
                        .findings
                } ?? []
        }
    }

    /// A workflow step: `rows` maps a row number ("1") to its verdict.
    struct StepDTO: Content {
        var action: DeclarationAction
        var reason: String?
        var version: Int?
        var rows: [String: RowReview]?
    }

    func list(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let rows = try await req.declarations.list(
            unitCode: user.role.seesAllUnits ? nil : user.unitCode,
            fiscalYear: try req.queryInt(.year), limit: 500)
        return try Self.json(rows.map { DeclarationDTO($0, checker: nil) })
    }

    func read(_ req: Request) async throws -> Response {
        let stored = try await DeclarationService(req: req).readable(req.parameters.get("id"), by: try req.requireUser())
        return try Self.json(DeclarationDTO(stored, checker: try await req.declarationChecker()))
    }

    /// The findings of a posted declaration (nothing stored): `jixiao targets --format json`'s report.
    func check(_ req: Request) async throws -> Response {
        let loaded = try Self.loaded(req)
        let report = DeclarationReport(
            file: "request", kind: loaded.declaration.scope.rawValue,
            findings: loaded.located(try await req.declarationChecker().check(loaded.declaration)))
        return try Self.json(report)
    }

    func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let loaded = try Self.loaded(req)
        return try await answer(req, status: .created) {
            try await DeclarationService(req: req).create(loaded.declaration, unitCode: user.unitCode, by: user)
        }
    }

    /// Replaces the content (`?version=` the version read); unit, year, scope and project stay.
    func update(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = DeclarationService(req: req)
        let stored = try await service.readable(req.parameters.get("id"), by: user)
        guard let version = try req.queryInt(.version) else {
            throw Abort(.badRequest, reason: "参数 version（版本号）必填：读取申报表时的版本号。")
        }
        var declaration = try Self.loaded(req).declaration
        declaration.unit = stored.state.declaration.unit
        return try await answer(req, status: .ok) {
            try await service.save(declaration, to: stored, version: version, by: user)
        }
    }

    func workflow(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = DeclarationService(req: req)
        let stored = try await service.readable(req.parameters.get("id"), by: user)
        let body = try req.content.decode(StepDTO.self)
        let rows = Dictionary(
            (body.rows ?? [:]).compactMap { key, value in Int(key).map { ($0, value) } },
            uniquingKeysWith: { a, _ in a })
        return try await answer(req, status: .ok) {
            try await service.step(body.action, on: stored, reason: body.reason, rows: rows, version: body.version, by: user)
        }
    }

    private func answer(
        _ req: Request, status: HTTPStatus,
        _ body: () async throws -> StoredDeclaration
    ) async throws -> Response {
        do {
            let stored = try await body()
            return try Self.json(DeclarationDTO(stored, checker: try await req.declarationChecker()), status: status)
        } catch let failure as DeclarationService.Failure {
            return try await failure.apiResponse(for: req)
        }
    }

    /// The body read as a declaration file (JSON or YAML); 422 listing every problem with its line.
    static func loaded(_ req: Request) throws -> LoadedDeclaration {
        guard let text = req.body.string, !text.isEmpty else { throw Abort(.badRequest, reason: "请求体为空：须为申报表（JSON）。") }
        do throws(FileError) {
            return try DeclarationReader.read(text: text, file: "request")
        } catch {
            throw Abort(.unprocessableEntity, reason: error.problems.map(\.description).joined(separator: "\n"))
        }
    }

    /// `value` as JSON (dates ISO 8601, as the rest of the API).
    static func json<T: Encodable>(_ value: T, status: HTTPStatus = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }
}
