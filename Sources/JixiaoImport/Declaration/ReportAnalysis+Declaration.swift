import JixiaoCore

extension ReportAnalysis {
    /// This analysis of a 绩效目标申报表: the findings are those `checker` gives for the
    /// declaration (the rules of `jixiao targets`), with their lines; the report checks,
    /// written for self-evaluation reports, do not apply. Unchanged when `declaration` is nil.
    func adopting(_ declaration: DocumentDeclaration?, checker: DeclarationChecker) -> ReportAnalysis {
        guard let declaration else { return self }
        var analysis = self
        analysis.declaration = declaration
        analysis.kind = nil
        analysis.findings = declaration.located(checker.check(declaration.declaration))
        return analysis
    }
}
