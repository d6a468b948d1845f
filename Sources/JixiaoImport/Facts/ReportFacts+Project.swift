import JixiaoCore

extension ReportFacts {
    /// A project's expenditure is what it executed: when a project report states no
    /// 支出合计, its 全年执行数 (执行 425 万元, the funds row) is that figure, on its own line,
    /// marked derived. `jixiao check` writes it so (check-json.md); the facts the checks and
    /// the upload read keep only what the report states.
    mutating func adoptExecutedAsExpenditure() {
        guard amounts["expenditureTotal"] == nil, let executed = amounts["budgetExecuted"]?.first else { return }
        var amount = executed.value
        amount.label = FigureCatalog.label("expenditureTotal")
        amounts["expenditureTotal"] = [Fact(amount, line: executed.line, derived: true)]
    }
}
