import Foundation
import JixiaoCore
import JixiaoImport
import Vapor

/// The Excel round trip: the report workbook downloaded from the editor, filled offline,
/// uploaded back into the draft. Read off the event loop; any cell that cannot be read
/// refuses the whole upload (listed by sheet and cell); otherwise the values go through the
/// editor's form parsing and content rules and are saved version-checked, with history.
struct WorkbookUploadController {
    struct UploadForm: Content {
        var version: String?
        var workbook: File?
    }

    /// Largest workbook accepted (the downloaded one is a few tens of KB).
    static let maxBytes = 5 * 1024 * 1024

    func upload(_ req: Request) async throws -> Response {
        let stored = try await req.editableEvaluation()
        let user = try req.requireUser()
        if (req.body.data?.readableBytes ?? 0) > Self.maxBytes + UploadController.formOverhead {
            return try await refuse(req, stored, WorkbookText.tooLarge, status: .payloadTooLarge)
        }
        let closed = try await req.filingYears.closedForDraft(stored.evaluation)
        guard EditorController.isOpen(stored.evaluation.status), closed == nil else {
            return try await refuse(req, stored, closed ?? WorkbookText.notEditable, status: .conflict)
        }
        let form = try await req.offload { Result { try req.content.decode(UploadForm.self) } }.get()
        guard let file = form.workbook, file.data.readableBytes > 0 else {
            return try await refuse(req, stored, WorkbookText.empty, status: .badRequest)
        }
        guard file.data.readableBytes <= Self.maxBytes else {
            return try await refuse(req, stored, WorkbookText.tooLarge, status: .payloadTooLarge)
        }
        let data = Data(file.data.readableBytesView)
        let book: XlsxWorkbook
        switch try await req.offload({ Result { try XlsxWorkbook.read(data) } }) {
        case .success(let value): book = value
        case .failure(let error as XlsxReadError): return try await refuse(req, stored, error.message, status: .unprocessableEntity)
        case .failure: return try await refuse(req, stored, XlsxReadError.damaged.message, status: .unprocessableEntity)
        }
        let analysis = try await req.frameworks.analyze(stored.evaluation)
        guard let score = analysis.score else {
            return try await refuse(req, stored, WorkbookText.unscored, status: .unprocessableEntity)
        }
        let version = BoundedInt.version.value(form.version) ?? stored.version
        let editable = Set(EditorPageModel.scoredLeaves(analysis.framework).map(\.id))
        let fill = WorkbookFill(book, evaluation: stored.evaluation, score: score, editable: editable, version: version)
        let parsed = EvaluationForm(fields: fill.fields).parse(onto: stored.evaluation)
        let errors = fill.errors + parsed.errors.sorted { $0.key < $1.key }.map { "\(fill.cells[$0.key] ?? $0.key)：\($0.value)" }
        guard errors.isEmpty else {
            return try await refuse(req, stored, WorkbookText.refused(errors), status: .unprocessableEntity)
        }
        if let refusal = EvaluationRules.contentRefusal(parsed.evaluation) {
            return try await refuse(req, stored, refusal, status: .unprocessableEntity)
        }
        let changes = EvaluationDiff.changes(from: stored.evaluation, to: parsed.evaluation)
        guard !changes.isEmpty else {
            return req.redirect(to: SiteURL.evaluation(stored.id).withQuery(["workbook": "0"]), redirectType: .normal)
        }
        do {
            let saved = try await req.evaluations.update(
                stored, expectedVersion: version, evaluation: parsed.evaluation,
                metrics: try await req.frameworks.analyze(parsed.evaluation).metrics, by: user.displayName, changes: changes)
            return req.redirect(to: SiteURL.evaluation(saved.id).withQuery(["workbook": String(changes.count)]), redirectType: .normal)
        } catch RepositoryError.versionConflict(_, let current) {
            let latest = try await req.readableEvaluation()
            return try await refuse(req, latest, WorkbookText.conflict(by: latest.updatedBy, version: current), status: .conflict)
        } catch RepositoryError.duplicate {
            return try await refuse(req, stored, WebText.duplicate(parsed.evaluation), status: .conflict)
        }
    }

    /// The editor as saved, with the reason at the top; nothing was changed.
    private func refuse(
        _ req: Request, _ stored: StoredEvaluation, _ message: String,
        status: HTTPStatus
    ) async throws -> Response {
        var model = try await EditorController().makeModel(
            req, stored: stored, form: EvaluationForm(evaluation: stored.evaluation, version: stored.version),
            evaluation: stored.evaluation)
        model.error = message
        return EditorPage.render(model).response(status: status)
    }
}
