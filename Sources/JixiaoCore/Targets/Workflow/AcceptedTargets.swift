/// The flow into the self-evaluation (cycle.md §4): a new evaluation of a unit and year (or
/// project) starts with the targets of its accepted declaration (levels, name, direction, value,
/// unit, weight), so the filer adds actual values only.
public enum AcceptedTargets {
    /// The declaration among `declarations` whose version in force (`DeclarationState.inForce`:
    /// the accepted one, also while an adjustment of it is under way) `evaluation` is judged
    /// against: same unit, year and kind (部门整体 ↔ department; 项目 ↔ project of the same name).
    public static func declaration(
        for evaluation: Evaluation, unitCode: String,
        among declarations: [DeclarationState]
    ) -> DeclarationState? {
        declarations.first { state in
            guard state.unitCode == unitCode, let d = state.inForce else { return false }
            return fits(d, evaluation)
        }
    }

    /// The accepted targets `evaluation` is judged against, nil when no accepted declaration fits.
    public static func inForce(
        for evaluation: Evaluation, unitCode: String, among declarations: [DeclarationState]
    ) -> [Target]? {
        declaration(for: evaluation, unitCode: unitCode, among: declarations)?.inForce?.targets
    }

    /// True when `d` declares the targets of `evaluation` (same year and kind, same project).
    static func fits(_ d: TargetDeclaration, _ evaluation: Evaluation) -> Bool {
        guard d.fiscalYear == evaluation.fiscalYear else { return false }
        switch (evaluation.kind, d.scope) {
        case (.departmentWide, .department): return true
        case (.project, .project):
            return (d.project ?? "").trimmedSpaces == (evaluation.project?.name ?? "").trimmedSpaces
        default: return false
        }
    }

    /// `evaluation` with the accepted targets filled in when it has none yet (a file or body that
    /// brings its own targets keeps them); unchanged when no accepted declaration fits.
    public static func filled(_ evaluation: Evaluation, unitCode: String, among declarations: [DeclarationState]) -> Evaluation {
        guard evaluation.targets.isEmpty,
            let targets = inForce(for: evaluation, unitCode: unitCode, among: declarations)
        else { return evaluation }
        var out = evaluation
        out.targets = targets.map { target in
            Target(
                id: target.id, levels: target.levels, name: target.name, direction: target.direction,
                targetValue: target.targetValue, targetText: target.targetText, unit: target.unit,
                maxScore: target.maxScore)
        }
        return out
    }
}
