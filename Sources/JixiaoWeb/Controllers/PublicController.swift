import Foundation
import JixiaoCore
import JixiaoRender
import Vapor

/// The public, login-free part: published evaluations, their report pages and downloads.
/// Anything not published answers 404, exactly as an id that does not exist.
struct PublicController {
    /// Published evaluations listed at most (newest years first).
    static let listLimit = 5000

    func index(_ req: Request) async throws -> Response {
        let rows = try await req.evaluations.list(EvaluationFilter(status: .published, limit: Self.listLimit))
        let year = try req.queryInt(.year)
        let model = PublicIndexPage.Model(
            user: req.currentUser, csrf: req.csrf, year: year,
            years: Array(Set(rows.map(\.fiscalYear))).sorted(by: >),
            rows: rows.filter { year == nil || $0.fiscalYear == year }
                .sorted { ($1.fiscalYear, $0.unitName, $0.title) < ($0.fiscalYear, $1.unitName, $1.title) })
        return PublicIndexPage.render(model).response()
    }

    func report(_ req: Request) async throws -> Response {
        let stored = try await Self.published(req)
        let document = try await Self.document(req, stored)
        let files = try await req.attachments.list(evaluationID: stored.id).filter(\.isPublic)
        let leaves = EditorPageModel.scoredLeaves(try await req.frameworks.framework(id: stored.evaluation.frameworkID))
        let panel = AttachmentsPanel.Model(
            evaluationID: stored.id, attachments: files, csrf: req.csrf, editable: false,
            leaves: leaves.map { ($0.id, $0.name) }, isPublicPage: true)
        return PublicReportPage.render(
            user: req.currentUser, csrf: req.csrf, stored: stored, report: document,
            attachments: panel
        ).response()
    }

    func docx(_ req: Request) async throws -> Response { try await download(req, .docx) }
    func xlsx(_ req: Request) async throws -> Response { try await download(req, .xlsx) }

    private func download(_ req: Request, _ format: ReportFormat) async throws -> Response {
        let stored = try await Self.published(req)
        let document = try await Self.document(req, stored)
        let data = try await req.offload { Result { try format.render(document) } }.get()
        return FileResponse.make(
            data, filename: "\(stored.evaluation.unit.name)\(stored.evaluation.fiscalYear)年绩效自评报告.\(format.fileExtension)",
            contentType: FileResponse.contentType(format.fileExtension))
    }

    /// The evaluation `:id` when it is published; 404 otherwise.
    static func published(_ req: Request) async throws -> StoredEvaluation {
        guard let id = req.parameters.get("id"), let stored = try await req.evaluations.find(id: id),
            Workflow.isPublic(stored.evaluation.status)
        else {
            throw Abort(.notFound, reason: WebText.notFound)
        }
        return stored
    }

    /// The report of a published evaluation, from the same content model as every format.
    static func document(_ req: Request, _ stored: StoredEvaluation) async throws -> ReportDocument {
        // Masked before the analysis, which the report is built from (the phone scores nothing).
        var evaluation = stored.evaluation
        if !req.application.services.settings.publicPhones {
            evaluation.filing.phone = evaluation.filing.phone.map(PhoneMask.mask)
        }
        let analysis = try await req.frameworks.analyze(evaluation)
        guard let report = ReportDocument(analysis: analysis) else {
            throw Abort(.serviceUnavailable, reason: ReviewText.reportUnavailable + (analysis.scoreUnavailable ?? ""))
        }
        return report
    }
}
