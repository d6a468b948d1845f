/// Last year's actual values (`TargetDeclaration.previous`, read by `targets.regression`) taken
/// from last year's self-evaluation of the same unit (and project) when a store holds one.
public enum PreviousActuals {
    /// True when an evaluation of `kind` titled `title` (the project's name, for a project) in
    /// `year` is the one before `declaration`: the year before, same kind, same project.
    public static func isLastYears(kind: EvaluationKind, title: String, year: Int, of declaration: TargetDeclaration) -> Bool {
        guard year == declaration.fiscalYear - 1 else { return false }
        switch (kind, declaration.scope) {
        case (.departmentWide, .department): return true
        case (.project, .project): return title.trimmedSpaces == (declaration.project ?? "").trimmedSpaces
        default: return false
        }
    }

    /// The numeric actual values of `evaluation`'s targets by name (the first of a repeated name).
    public static func of(_ evaluation: Evaluation) -> [PreviousActual] {
        var seen: Set<String> = []
        return evaluation.targets.compactMap { target in
            let name = target.name.trimmedSpaces
            guard let value = target.actualValue, !name.isEmpty, seen.insert(name).inserted else { return nil }
            return PreviousActual(name: name, value: value)
        }
    }

    /// `declaration` with `previous` filled from `evaluation` when it gives none of its own.
    public static func filled(_ declaration: TargetDeclaration, from evaluation: Evaluation?) -> TargetDeclaration {
        guard declaration.previous.isEmpty, let evaluation else { return declaration }
        var out = declaration
        out.previous = of(evaluation)
        return out
    }
}
