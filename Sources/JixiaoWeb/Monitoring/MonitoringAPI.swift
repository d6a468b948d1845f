import Foundation
import JixiaoCore
import JixiaoFiles
import Vapor

/// `/api/v1/monitoring…`: rounds in the file form of `jixiao monitor`, read by the same reader,
/// lit by the same analysis and answered in the same JSON (`MonitoringReport`), so the CLI, the
/// pages and the API give the same lights for the same round.
struct MonitoringAPI {
    /// One round as answered; `result` is `jixiao monitor --format json` of it.
    struct RoundDTO: Encodable {
        var id: String
        var version: Int
        var status: EvaluationStatus
        var unitCode: String
        var declarationId: String
        var updatedAt: Date
        var review: MonitoringReview
        var round: MonitoringFileJSON
        var result: MonitoringReport

        init(_ s: StoredMonitoringRound, result: MonitoringResult) {
            id = s.id
            version = s.version
            status = s.state.status
            unitCode = s.state.unitCode
            declarationId = s.state.declarationID
            updatedAt = s.updatedAt
            review = s.state.review
            round = MonitoringFileJSON(s.state.round)
            self.result = MonitoringReport(round: s.state.round, result: result)
        }
    }

    struct CreateDTO: Content {
        var declarationId: String
        var asOf: String
    }

    struct StepDTO: Content {
        var action: WorkflowAction
        var reason: String?
        var version: Int?
    }

    func list(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let rows = try await req.monitoringRounds.list(
            unitCode: user.role.seesAllUnits ? nil : user.unitCode, fiscalYear: try req.queryInt(.year), limit: 5000)
        return try DeclarationAPI.json(try await req.litRounds(rows).map { RoundDTO($0.stored, result: $0.result) })
    }

    func read(_ req: Request) async throws -> Response {
        let stored = try await MonitoringService(req: req).readable(req.parameters.get("id"), by: try req.requireUser())
        return try DeclarationAPI.json(RoundDTO(stored, result: try await req.roundAnalysis(stored.state)))
    }

    /// The lights and findings of a posted round (nothing stored): `jixiao monitor --format json`.
    func check(_ req: Request) async throws -> Response {
        let round = try Self.loaded(req)
        let result = round.evaluate(thresholds: try await req.monitoringThresholds(round.fiscalYear))
        return try DeclarationAPI.json(MonitoringReport(round: round, result: result))
    }

    /// A new round of an accepted declaration at one of the year's monitoring dates.
    func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let body = try req.content.decode(CreateDTO.self)
        return try await answer(req, status: .created) {
            try await MonitoringService(req: req).create(declarationID: body.declarationId, asOf: body.asOf, by: user)
        }
    }

    /// Replaces the content (`?version=` the version read); unit, year, project and date stay.
    /// Targets that differ from the declaration are saved and answered as `monitor.target-changed`.
    func update(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = MonitoringService(req: req)
        let stored = try await service.readable(req.parameters.get("id"), by: user)
        guard let version = try req.queryInt(.version) else {
            throw Abort(.badRequest, reason: "参数 version（版本号）必填：读取运行监控表时的版本号。")
        }
        let round = try Self.loaded(req)
        return try await answer(req, status: .ok) { try await service.save(round, to: stored, version: version, by: user) }
    }

    func workflow(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = MonitoringService(req: req)
        let stored = try await service.readable(req.parameters.get("id"), by: user)
        let body = try req.content.decode(StepDTO.self)
        return try await answer(req, status: .ok) {
            try await service.step(body.action, on: stored, reason: body.reason, version: body.version, by: user)
        }
    }

    private func answer(_ req: Request, status: HTTPStatus, _ body: () async throws -> StoredMonitoringRound) async throws -> Response {
        do {
            let stored = try await body()
            return try DeclarationAPI.json(RoundDTO(stored, result: try await req.roundAnalysis(stored.state)), status: status)
        } catch let failure as MonitoringService.Failure {
            return try await failure.apiResponse(for: req)
        }
    }

    /// The body read as a round file (JSON or YAML); 422 listing every problem with its line.
    static func loaded(_ req: Request) throws -> MonitoringRound {
        guard let text = req.body.string, !text.isEmpty else { throw Abort(.badRequest, reason: "请求体为空：须为运行监控表（JSON）。") }
        do throws(FileError) {
            return try MonitoringReader.read(text: text, file: "request").round
        } catch {
            throw Abort(.unprocessableEntity, reason: error.problems.map(\.description).joined(separator: "\n"))
        }
    }
}
