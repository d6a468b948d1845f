/// The cue words of report-format.md §4, by what they announce.
enum FactCue: Sendable, Hashable {
    case unitName, filer, contactPerson, phone, date
    /// A label whose value counts only when it is an organisation's name (实施单位 | X |);
    /// `nameAtStart` only where a field starts (名称: X, not 项目名称: X).
    case unitLabel, nameAtStart, publisher
    case amount(String)
    /// A bare 收入 / 支出 that counts only where a field starts and a colon or cell follows
    /// (2、支出:1,203.5万元; | 收入 | 1286.40 |).
    case amountAtStart(String)
    case noCarryover
    case staffAuthorized, staffActual
    case totalScore, selfScoreLoose
    case grade

    static let index = CueIndex<FactCue>(entries)

    /// The cue words and, for each, its traditional form (`TraditionalForms`).
    static let entries: [(String, FactCue)] = TraditionalForms.withVariants(simplified)

    static let simplified: [(String, FactCue)] = [
        ("部门名称", .unitName), ("单位名称", .unitName), ("部门(单位)名称", .unitName), ("填报单位", .unitName),
        ("预算单位", .unitLabel), ("实施单位", .unitLabel), ("项目单位", .unitLabel), ("名称", .nameAtStart),
        ("发布机构", .publisher), ("编制单位", .unitLabel),
        ("填报人", .filer), ("填表人", .filer), ("联系人", .contactPerson),
        ("联系电话", .phone), ("联络电话", .phone), ("电话", .phone),
        ("填报日期", .date), ("报告日期", .date), ("填表日期", .date),
        ("本年收入合计", .amount("incomeTotal")), ("收入合计", .amount("incomeTotal")), ("本年收入", .amount("incomeTotal")),
        ("收入总计", .amount("incomeTotal")), ("收入总额", .amount("incomeTotal")), ("总收入", .amount("incomeTotal")),
        ("财政拨款收入合计", .amount("incomeTotal")), ("收到财政资金", .amount("incomeTotal")),
        ("财政拨款收入", .amount("fiscalIncome")), ("其他收入", .amount("otherIncome")),
        ("本年支出合计", .amount("expenditureTotal")), ("支出合计", .amount("expenditureTotal")),
        ("本年支出", .amount("expenditureTotal")), ("支出总计", .amount("expenditureTotal")),
        ("支出总额", .amount("expenditureTotal")), ("总支出", .amount("expenditureTotal")),
        ("总的支出", .amount("expenditureTotal")), ("实际支出", .amount("expenditureTotal")),
        ("实际收入", .amount("incomeTotal")), ("决算收入", .amount("incomeTotal")), ("收入决算数", .amount("incomeTotal")),
        ("决算支出", .amount("expenditureTotal")), ("支出决算数", .amount("expenditureTotal")),
        ("全年收入", .amount("incomeTotal")), ("全年支出", .amount("expenditureTotal")), ("整体支出", .amount("expenditureTotal")),
        ("实际使用", .amount("expenditureTotal")),
        ("收入决算", .amount("incomeTotal")), ("支出决算", .amount("expenditureTotal")), ("收入共计", .amount("incomeTotal")),
        ("支出共计", .amount("expenditureTotal")), ("人员支出", .amount("personnelExpenditure")),
        ("公用支出", .amount("publicExpenditure")),
        ("财政拨款支出合计", .amount("expenditureTotal")), ("完成支出", .amount("expenditureTotal")),
        ("执行", .amount("budgetExecuted")), ("执行数", .amount("budgetExecuted")), ("执行金额", .amount("budgetExecuted")),
        ("全年执行数", .amount("budgetExecuted")), ("完成拨付", .amount("budgetExecuted")), ("已拨付", .amount("budgetExecuted")),
        ("拨付资金", .amount("budgetExecuted")),
        ("基本支出", .amount("basicExpenditure")), ("项目支出", .amount("projectExpenditure")),
        ("人员经费", .amount("personnelExpenditure")), ("公用经费", .amount("publicExpenditure")),
        ("年初结转结余", .amount("carryoverStart")), ("年初结转和结余", .amount("carryoverStart")),
        ("年初结余", .amount("carryoverStart")), ("上年结转结余", .amount("carryoverStart")),
        ("年末结转结余", .amount("carryoverEnd")), ("年末结转和结余", .amount("carryoverEnd")),
        ("年末结余", .amount("carryoverEnd")), ("期末结转结余", .amount("carryoverEnd")),
        ("无结转结余", .noCarryover), ("无结转", .noCarryover), ("无结余", .noCarryover),
        ("核定编制", .staffAuthorized), ("核定行政编制", .staffAuthorized), ("行政编制", .staffAuthorized),
        ("事业编制", .staffAuthorized), ("编制数", .staffAuthorized), ("编制", .staffAuthorized),
        ("实有人员", .staffActual), ("实有人数", .staffActual), ("实有", .staffActual), ("在职人员", .staffActual),
        ("在职人数", .staffActual), ("在职在编人数", .staffActual), ("在编人数", .staffActual), ("在职", .staffActual),
        ("综合得分", .totalScore), ("评价得分", .totalScore), ("总得分", .totalScore), ("自评总分", .totalScore),
        ("最终得分", .totalScore), ("合计得分", .totalScore), ("整体得分", .totalScore), ("总分", .totalScore),
        ("自评综合得分", .totalScore), ("自评得分", .selfScoreLoose), ("自评", .selfScoreLoose),
        ("该项目得分", .selfScoreLoose), ("本项目得分", .selfScoreLoose), ("综合评分", .totalScore), ("自评分数", .totalScore), ("总体评分", .totalScore),
        ("评价分数", .totalScore),
        ("收入", .amountAtStart("incomeTotal")), ("支出", .amountAtStart("expenditureTotal")),
        ("等级", .grade), ("评价结果为", .grade), ("评价结果", .grade), ("自评结果", .grade), ("评定为", .grade), ("自评为", .grade), ("等次", .grade),
        ("实际在岗", .staffActual), ("在岗", .staffActual), ("编制人数", .staffAuthorized), ("人员编制", .staffAuthorized),
        ("编制总数", .staffAuthorized),
    ]
}
