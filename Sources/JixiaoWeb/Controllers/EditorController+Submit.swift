import Foundation
import JixiaoCore
import Vapor

extension EditorController {
    /// 提交审核. The action bar's button belongs to the editor's form (`formaction`), so the post
    /// carries what the page shows: changed values are saved first (as 保存 does) and what is
    /// submitted is what was typed; a save that is refused comes back with the input kept and
    /// nothing submitted. A post without the form's fields (older pages, scripts) submits the stored version.
    func submit(_ req: Request) async throws -> Response {
        var stored = try await req.editableEvaluation()
        let user = try req.requireUser()
        let posted = (try? req.content.decode([String: String].self)) ?? [:]
        var version = BoundedInt.version.value(posted["version"]) ?? stored.version
        let closed = try await req.filingYears.closedForDraft(stored.evaluation)
        if Self.isOpen(stored.evaluation.status), closed == nil, posted[FieldPath.filing(.filedBy).text] != nil {
            let form = EvaluationForm(fields: posted)
            let parsed = form.parse(onto: stored.evaluation)
            if form.version != stored.version || !parsed.errors.isEmpty || parsed.evaluation != stored.evaluation {
                let outcome = try await EditorSave(req: req).attempt(form, stored: stored, by: user)
                switch outcome {
                case .saved(let saved, merged: false, _):
                    stored = saved
                    version = saved.version
                case .saved(let saved, merged: true, _):
                    // Others' changes were folded in: the user sees them before submitting.
                    return req.redirect(to: SiteURL.evaluation(saved.id).withQuery(["merged": "1"]), redirectType: .normal)
                default:
                    return try await unsaved(req, outcome, form: form, stored: stored)
                }
            }
        }
        let analysis = try await req.frameworks.analyze(stored.evaluation)
        let blocking = analysis.blocking
        guard Self.isOpen(stored.evaluation.status), closed == nil, blocking.isEmpty else {
            var model = try await makeModel(
                req, stored: stored, form: EvaluationForm(evaluation: stored.evaluation, version: stored.version),
                evaluation: stored.evaluation)
            model.blocking = blocking
            if !Self.isOpen(stored.evaluation.status) { model.error = WebText.notEditable }
            if let closed { model.error = closed }
            return EditorPage.render(model).response(status: .unprocessableEntity)
        }
        var submitted = stored.evaluation
        submitted.status = .submitted
        do {
            _ = try await req.evaluations.update(
                stored, expectedVersion: version, evaluation: submitted, metrics: analysis.metrics,
                by: user.displayName, changes: EvaluationDiff.changes(from: stored.evaluation, to: submitted))
        } catch RepositoryError.versionConflict {
            return try await conflict(
                req, form: EvaluationForm(evaluation: stored.evaluation, version: version),
                parsed: stored.evaluation, fields: [])
        }
        return req.redirect(to: SiteURL.evaluation(stored.id).withQuery(["submitted": "1"]), redirectType: .normal)
    }
}
