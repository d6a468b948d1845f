import Foundation
import JixiaoCore
import Vapor

/// The JSON API under `/api/v1` (bearer tokens; scope as on the pages).
struct APIController {
    func units(_ req: Request) async throws -> [JixiaoCore.Unit] {
        let user = try req.requireUser()
        return try await req.units.units().filter { user.mayRead(unitCode: $0.code ?? "") }
    }

    func fiscalYears(_ req: Request) async throws -> [FiscalYearDTO] {
        try await req.fiscalYears.all().map(FiscalYearDTO.init)
    }

    func list(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let unit = req.queryValue(String.self, at: "unit")
        if let unit, !user.mayRead(unitCode: unit) { throw Abort(.forbidden, reason: WebText.forbidden) }
        let scope = unit.map { [$0] } ?? (user.role.seesAllUnits ? nil : [user.unitCode])
        let statusText = req.queryValue(String.self, at: "status")
        let status = statusText.flatMap(EvaluationStatus.init(rawValue:))
        if statusText != nil && status == nil { throw Abort(.badRequest, reason: "status 取值无效") }
        let filter = EvaluationFilter(unitCodes: scope, fiscalYear: try req.queryInt(.year), status: status)
        let page = try ListPage(req, perFromQuery: true)
        let (items, total) = try await req.evaluations.page(page.rows(of: filter))
        // Only an empty page can lie past the end: a full list pays nothing for the check.
        if items.isEmpty { try page.requireExists(total: total) }
        return EvaluationListJSON.response(
            EvaluationListDTO(
                items: items, next: page.next(after: items), page: page.page,
                per: page.per, total: total))
    }

    func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        var evaluation = try req.content.decode(Evaluation.self)
        let code = evaluation.unit.code ?? user.unitCode
        guard user.mayEdit(unitCode: code), let unit = try await req.units.unit(code: code) else {
            throw Abort(.forbidden, reason: WebText.forbidden)
        }
        evaluation.unit = unit
        evaluation.status = .draft
        evaluation = try await req.withAcceptedTargets(evaluation)
        if evaluation.frameworkID.trimmedSpaces.isEmpty, BoundedInt.year.range.contains(evaluation.fiscalYear) {
            evaluation.frameworkID =
                try await req.filingYears.defaultFramework(
                    year: evaluation.fiscalYear,
                    kind: evaluation.kind) ?? ""
        }
        if let refusal = try await req.evaluationRules.newRefusal(evaluation) {
            throw Abort(.unprocessableEntity, reason: refusal)
        }
        do {
            let stored = try await req.evaluations.create(
                evaluation, metrics: try await req.frameworks.analyze(evaluation).metrics,
                by: user.displayName)
            return try await EvaluationDTO(stored).encodeResponse(status: .created, for: req)
        } catch RepositoryError.duplicate(let existing) {
            return try await Self.duplicate(evaluation, existing: existing, req)
        }
    }

    func read(_ req: Request) async throws -> EvaluationDTO {
        EvaluationDTO(try await req.readableEvaluation())
    }

    func update(_ req: Request) async throws -> Response {
        let (stored, year) = try await req.editableEvaluationWithYear()
        let user = try req.requireUser()
        let body = try req.content.decode(EvaluationUpdateDTO.self)
        let closed = FilingYears.closedForDraft(stored.evaluation, year: year)
        guard Workflow.mayChangeContent(stored.evaluation.status), closed == nil else {
            let message = closed ?? WorkflowError.locked(stored.evaluation.status).message
            let error = APIErrorDTO(
                error: .init(
                    status: 409, message: message,
                    currentVersion: stored.version))
            return try await error.encodeResponse(status: .conflict, for: req)
        }
        if let refusal = try await req.evaluationRules.changeRefusal(from: stored.evaluation, to: body.evaluation) {
            throw Abort(.unprocessableEntity, reason: refusal)
        }
        var evaluation = body.evaluation
        evaluation.unit = stored.evaluation.unit
        evaluation.status = stored.evaluation.status
        evaluation.review = stored.evaluation.review
        do {
            let saved = try await req.evaluations.update(
                stored, expectedVersion: body.version, evaluation: evaluation,
                metrics: try await req.frameworks.analyze(evaluation).metrics, by: user.displayName,
                changes: EvaluationDiff.changes(from: stored.evaluation, to: evaluation))
            return try await EvaluationDTO(saved).encodeResponse(for: req)
        } catch RepositoryError.versionConflict(_, let current) {
            let error = APIErrorDTO(
                error: .init(
                    status: 409, message: WebText.conflict(by: stored.updatedBy, version: current),
                    currentVersion: current))
            return try await error.encodeResponse(status: .conflict, for: req)
        } catch RepositoryError.duplicate(let existing) {
            return try await Self.duplicate(evaluation, existing: existing, req)
        }
    }

    func score(_ req: Request) async throws -> ScoreDTO {
        let analysis = try await req.frameworks.analyze(try await req.readableEvaluation().evaluation)
        return ScoreDTO(
            score: analysis.score, scored: analysis.scored != nil, unavailable: analysis.scoreUnavailable,
            findings: analysis.findings)
    }

    func check(_ req: Request) async throws -> CheckDTO {
        let analysis = try await req.frameworks.analyze(try await req.readableEvaluation().evaluation)
        return CheckDTO(findings: analysis.findings, blocking: analysis.blocking.count)
    }
}

extension APIController {
    /// 409 with the Chinese message and the id of the evaluation the request would duplicate.
    static func duplicate(_ evaluation: Evaluation, existing: String, _ req: Request) async throws -> Response {
        let error = APIErrorDTO(error: .init(status: 409, message: WebText.duplicate(evaluation), existingId: existing))
        return try await error.encodeResponse(status: .conflict, for: req)
    }
}
