import JixiaoCore

/// `target.changed` in the web app and API: an evaluation's targets against the accepted
/// declaration in force for its unit and year (or project), which only the database knows.
/// `FrameworkResolver.analyze` adds these findings to every single evaluation's analysis, so the
/// editor shows them at the field, the API's check and score list them and submission waits.
struct DeclaredTargets {
    let declarations: any DeclarationRepository

    /// `analysis` with the `target.changed` findings when an accepted declaration fits its evaluation.
    func checked(_ analysis: EvaluationAnalysis) async throws -> EvaluationAnalysis {
        let evaluation = analysis.evaluation
        guard let code = evaluation.unit.code, (2000...2100).contains(evaluation.fiscalYear) else { return analysis }
        let states = try await declarations.list(unitCode: code, fiscalYear: evaluation.fiscalYear, limit: 1000).map(\.state)
        guard let declared = AcceptedTargets.inForce(for: evaluation, unitCode: code, among: states) else { return analysis }
        return analysis.adding(DeclaredTargetCheck.findings(evaluation, declared: declared))
    }
}
