/// The formulas of the common indicators (财预〔2013〕53号 and the local tables that follow it),
/// by the names bureau tables give them. Used to give imported tables their values.
public enum CommonIndicatorFormulas {
    /// Formula by indicator name (quotes removed).
    public static let byName: [String: String] = [
        "在职人员控制率": "staffActual / staffAuthorized",
        "财政供养人员控制率": "staffActual / staffAuthorized",
        "三公经费变动率": "(threePublicBudget - threePublicBudgetLastYear) / threePublicBudgetLastYear",
        "三公经费控制率": "threePublicActual / threePublicBudget",
        "重点支出安排率": "keyProjectExpenditure / projectExpenditure",
        "预算完成率": "(carryoverStart + budgetInitial + budgetAdded - carryoverEnd) / (carryoverStart + budgetInitial + budgetAdded)",
        "预算执行率": "budgetExecuted / budgetAdjusted",
        "预算调整率": "budgetAdded / budgetInitial",
        "预算控制率": "budgetAdded / budgetInitial",
        "结转结余率": "carryoverEnd / budgetAdjusted",
        "结转结余变动率": "(carryoverEnd - carryoverLastYearEnd) / carryoverLastYearEnd",
        "公用经费控制率": "publicExpenditure / publicExpenditureBudget",
        "政府采购执行率": "procurementActual / procurementBudget",
        "固定资产利用率": "fixedAssetsInUse / fixedAssetsTotal",
        "财政拨款收入预决算差异率": "abs(fiscalIncome - fiscalIncomeBudget) / fiscalIncomeBudget",
        "实际完成率": "tasksDone / tasksPlanned",
        "完成及时率": "tasksOnTime / tasksPlanned",
        "质量达标率": "tasksUpToStandard / tasksDone",
        "重点工作办结率": "keyTasksDone / keyTasksAssigned",
        "重点工作完成率": "keyTasksDone / keyTasksAssigned",
    ]

    /// The formula of the indicator called `name` (quotes and spaces ignored), or nil.
    public static func formula(for name: String) -> String? {
        let bare = HalfWidth.fold(name).filter { !"\"“”'‘’「」 ".contains($0) }
        return byName[bare]
    }
}
