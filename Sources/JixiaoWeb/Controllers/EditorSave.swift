import JixiaoCore
import Vapor

/// One save of the editor's form, shared by 保存 and autosave: read the form onto the stored
/// evaluation, refuse bad values (per field), merge with what someone else saved since the
/// form was loaded (`FormMerge`, three-way), and write under the version check.
struct EditorSave {
    let req: Request

    /// A field both sides changed: what the user typed and what the other saved.
    struct Conflict: Equatable {
        var field: String
        var mine: String
        var theirs: String
    }

    enum Outcome {
        /// Entries that are not what their field takes, by field name.
        case invalid([String: String])
        /// Content out of bounds; `field` names the input when there is one.
        case refused(String, field: String?)
        /// Saved (`merged` when someone else's changes were folded in; `theirs` the form fields
        /// they changed, which the user's page does not show yet).
        case saved(StoredEvaluation, merged: Bool, theirs: [String: String])
        /// Someone saved first and changed what the user changed: nothing was written. `current`
        /// is their version; `theirs` the fields they changed that the user did not.
        case conflict(current: StoredEvaluation, conflicts: [Conflict], theirs: [String: String])
        /// Another save landed between reading and writing: nothing was written; the same
        /// form sent again merges with it.
        case raced(current: StoredEvaluation)
        /// A changed project name that another evaluation of the unit and year has.
        case duplicate(Evaluation)
    }

    /// Saves `form` over `stored` (which the caller may edit and which is open).
    func attempt(_ form: EvaluationForm, stored: StoredEvaluation, by user: UserAccount) async throws -> Outcome {
        let parsed = form.parse(onto: stored.evaluation)
        guard parsed.errors.isEmpty else { return .invalid(parsed.errors) }
        if let issue = EvaluationRules.contentIssue(parsed.evaluation) { return .refused(issue.message, field: issue.field?.text) }
        var toSave = parsed.evaluation
        var merged = false
        var theirs: [String: String] = [:]
        if form.version != stored.version {
            // Someone saved since this form was loaded: merge their changes with ours.
            guard let base = try await req.evaluations.document(id: stored.id, version: form.version) else {
                return .conflict(current: stored, conflicts: [], theirs: [:])
            }
            let current = EvaluationForm(evaluation: stored.evaluation, version: 0).fields
            let mine = EvaluationForm(evaluation: form.parse(onto: base).evaluation, version: 0).fields
            let result = FormMerge.merge(base: EvaluationForm(evaluation: base, version: 0).fields, current: current, mine: mine)
            // What the merge took from the other side: where it differs from the user's form.
            for name in Set(result.fields.keys).union(mine.keys).subtracting(FormMerge.ignored)
            where (result.fields[name] ?? "").trimmedSpaces != (mine[name] ?? "").trimmedSpaces
                && !result.conflicts.contains(name)
            {
                theirs[name] = result.fields[name] ?? ""
            }
            guard result.conflicts.isEmpty else {
                let conflicts = result.conflicts.map { Conflict(field: $0, mine: mine[$0] ?? "", theirs: current[$0] ?? "") }
                return .conflict(current: stored, conflicts: conflicts, theirs: theirs)
            }
            toSave = EvaluationForm(fields: result.fields).parse(onto: stored.evaluation).evaluation
            merged = true
        }
        do {
            let saved = try await req.evaluations.update(
                stored, expectedVersion: stored.version, evaluation: toSave,
                metrics: try await req.frameworks.analyze(toSave).metrics, by: user.displayName,
                changes: EvaluationDiff.changes(from: stored.evaluation, to: toSave))
            return .saved(saved, merged: merged, theirs: theirs)
        } catch RepositoryError.versionConflict {
            return .raced(current: try await req.readableEvaluation())
        } catch RepositoryError.duplicate {
            return .duplicate(toSave)
        }
    }
}
