import Foundation
import JixiaoCore
import Vapor

/// The evaluation editor: show, save (with version check), live analysis, submit.
struct EditorController {
    func show(_ req: Request) async throws -> Response {
        let stored = try await req.readableEvaluation()
        var model = try await makeModel(
            req, stored: stored, form: EvaluationForm(evaluation: stored.evaluation, version: stored.version),
            evaluation: stored.evaluation)
        if req.query[String.self, at: "saved"] != nil { model.flash = WebText.saved }
        if req.query[String.self, at: "submitted"] != nil { model.flash = WebText.submitted }
        if req.query[String.self, at: "merged"] != nil { model.flash = WebText.merged }
        if req.query[String.self, at: "copied"] != nil { model.flash = CopyText.copied }
        if let done = AttachmentText.done(req.query[String.self, at: "attachment"]) { model.flash = done }
        model.attachIndicator = req.query[String.self, at: "attach"] ?? ""
        if let count = req.query[String.self, at: "workbook"].flatMap({ Int($0) }), count >= 0 {
            model.flash = WorkbookText.imported(count)
        }
        if let done = req.query[String.self, at: "done"].flatMap(WorkflowAction.init(rawValue:)) { model.flash = ReviewText.done(done) }
        model.error = try await req.filingYears.closedForDraft(stored.evaluation)
        return EditorPage.render(model).response()
    }

    func save(_ req: Request) async throws -> Response {
        let stored = try await req.editableEvaluation()
        let user = try req.requireUser()
        let form = EvaluationForm(fields: try req.content.decode([String: String].self))
        let closed = try await req.filingYears.closedForDraft(stored.evaluation)
        guard Self.isOpen(stored.evaluation.status), closed == nil else {
            var model = try await makeModel(req, stored: stored, form: form, evaluation: stored.evaluation)
            model.error = closed ?? WebText.notEditable
            return EditorPage.render(model).response(status: .conflict)
        }
        let outcome = try await EditorSave(req: req).attempt(form, stored: stored, by: user)
        if case .saved(let saved, let merged, _) = outcome {
            return req.redirect(
                to: SiteURL.evaluation(saved.id).path + (merged ? "?merged=1" : "?saved=1"),
                redirectType: .normal)
        }
        return try await unsaved(req, outcome, form: form, stored: stored)
    }

    /// The editor page again for a save that did not happen, with what was typed kept.
    func unsaved(
        _ req: Request, _ outcome: EditorSave.Outcome, form: EvaluationForm,
        stored: StoredEvaluation
    ) async throws -> Response {
        switch outcome {
        case .saved(let saved, _, _):
            return req.redirect(to: SiteURL.evaluation(saved.id).path, redirectType: .normal)
        case .invalid(let errors):
            // Shown at the top and at each field, with what was typed kept.
            var model = try await makeModel(req, stored: stored, form: form, evaluation: form.parse(onto: stored.evaluation).evaluation)
            model.fieldErrors = errors
            model.error = WebText.notSaved(errors.count)
            return EditorPage.render(model).response(status: .unprocessableEntity)
        case .refused(let message, let field):
            var model = try await makeModel(req, stored: stored, form: form, evaluation: stored.evaluation)
            model.error = WebText.notSavedBecause(message)
            if let field { model.fieldErrors[field] = message }
            return EditorPage.render(model).response(status: .unprocessableEntity)
        case .conflict(let current, let conflicts, _):
            return try await conflict(
                req, form: form, parsed: form.parse(onto: stored.evaluation).evaluation,
                current: current, fields: conflicts)
        case .raced(let current):
            return try await conflict(
                req, form: form, parsed: form.parse(onto: stored.evaluation).evaluation,
                current: current, fields: [])
        case .duplicate(let evaluation):
            // A changed project name that another evaluation of the unit and year already has.
            var model = try await makeModel(req, stored: stored, form: form, evaluation: evaluation)
            model.error = WebText.duplicate(evaluation)
            return EditorPage.render(model).response(status: .conflict)
        }
    }

    func analyze(_ req: Request) async throws -> Response {
        let stored = try await req.editableEvaluation()
        let form = EvaluationForm(fields: try req.content.decode([String: String].self))
        let analysis = try await req.frameworks.analyze(form.parse(onto: stored.evaluation).evaluation)
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: AnalysisPanel.fragment(analysis)))
    }

    /// Someone saved first: show the user's own input with the other person's version
    /// number, so nothing typed is lost and a second save is a deliberate choice; each field
    /// both changed shows both values.
    func conflict(
        _ req: Request, form: EvaluationForm, parsed: Evaluation, current: StoredEvaluation? = nil,
        fields: [EditorSave.Conflict]
    ) async throws -> Response {
        let current = if let current { current } else { try await req.readableEvaluation() }
        let labels = EvaluationDiff.fields(of: current.evaluation)
        var form = form
        form.fields["version"] = String(current.version)
        var model = try await makeModel(req, stored: current, form: form, evaluation: parsed)
        model.error =
            WebText.conflict(by: current.updatedBy, version: current.version)
            + (fields.isEmpty ? "" : "双方都改动了：" + fields.map { labels[$0.field]?.label ?? $0.field }.joined(separator: "、"))
        for field in fields { model.fieldErrors[field.field] = WebText.conflictField(theirs: field.theirs, mine: field.mine) }
        return EditorPage.render(model).response(status: .conflict)
    }

    /// The editor page's model; `analysis` of `evaluation` when the caller made it already.
    func makeModel(
        _ req: Request, stored: StoredEvaluation, form: EvaluationForm, evaluation: Evaluation,
        analysis given: EvaluationAnalysis? = nil
    ) async throws -> EditorPageModel {
        let user = try req.requireUser()
        let editable = user.mayEdit(unitCode: stored.evaluation.unit.code ?? "") && Self.isOpen(stored.evaluation.status)
        // One analysis, whose framework the page shows too: found once, scored once.
        let analysis = if let given { given } else { try await req.frameworks.analyze(evaluation) }
        var model = EditorPageModel(
            user: user, csrf: req.csrf, stored: stored, form: form,
            analysis: analysis, framework: analysis.framework, editable: editable)
        model.attachments = try await req.attachments.list(evaluationID: stored.id)
        return model
    }

    /// Drafts and returned evaluations can be changed and submitted.
    static func isOpen(_ status: EvaluationStatus) -> Bool { status == .draft || status == .returned }
}
