/// The flow into the self-evaluation (cycle.md §4): a new evaluation of a unit and year (or
/// project) starts with the targets of its accepted declaration (levels, name, direction, value,
/// unit, weight), so the filer adds actual values only.
public enum AcceptedTargets {
    /// The accepted declaration among `declarations` that `evaluation` is judged against: same
    /// unit, year and kind (部门整体 ↔ department; 项目 ↔ project of the same name).
    public static func declaration(
        for evaluation: Evaluation, unitCode: String,
        among declarations: [DeclarationState]
    ) -> DeclarationState? {
        declarations.first { state in
            let d = state.declaration
            guard state.status == .accepted || state.status == .published, state.unitCode == unitCode,
                d.fiscalYear == evaluation.fiscalYear
            else { return false }
            switch (evaluation.kind, d.scope) {
            case (.departmentWide, .department): return true
            case (.project, .project):
                return (d.project ?? "").trimmedSpaces == (evaluation.project?.name ?? "").trimmedSpaces
            default: return false
            }
        }
    }

    /// `evaluation` with the accepted targets filled in when it has none yet (a file or body that
    /// brings its own targets keeps them); unchanged when no accepted declaration fits.
    public static func filled(_ evaluation: Evaluation, unitCode: String, among declarations: [DeclarationState]) -> Evaluation {
        guard evaluation.targets.isEmpty,
            let state = declaration(for: evaluation, unitCode: unitCode, among: declarations)
        else { return evaluation }
        var out = evaluation
        out.targets = state.declaration.targets.map { target in
            Target(
                id: target.id, levels: target.levels, name: target.name, direction: target.direction,
                targetValue: target.targetValue, targetText: target.targetText, unit: target.unit,
                maxScore: target.maxScore)
        }
        return out
    }
}
