/// A known figure: its id, its Chinese label, its unit and the form group it belongs to.
public struct FigureDefinition: Sendable, Hashable {
    public var id: String
    public var label: String
    /// 万元, 人, 件, 个, or `比率` for fractions.
    public var unit: String
    /// Group as the forms show it (收入, 支出, 结转结余, 人员, 三公经费, 采购与资产, 其他).
    public var group: String

    /// How the figure is written everywhere (`NumberFormat`): 万元 money, 人/项/件 counts, 比率 rates.
    public var kind: NumberKind { NumberKind.ofUnit(unit) }

    /// The unit printed after the number: none for rates (the % is part of the number).
    public var shownUnit: String { kind == .rate ? "" : unit }

    /// The label as a form shows it, with the unit: 满意度（%）, 编制数（人）.
    public var labelWithUnit: String { label + "（" + (kind == .rate ? "%" : unit) + "）" }
}

/// The figures Jixiao knows by name. Frameworks and checks may use any of these
/// ids or labels in formulas; evaluations may also carry figures of their own.
public enum FigureCatalog {
    public static let all: [FigureDefinition] = [
        .init(id: "incomeTotal", label: "收入合计", unit: "万元", group: "收入"),
        .init(id: "fiscalIncome", label: "财政拨款收入", unit: "万元", group: "收入"),
        .init(id: "fiscalIncomeBudget", label: "财政拨款收入调整预算数", unit: "万元", group: "收入"),
        .init(id: "otherIncome", label: "其他收入", unit: "万元", group: "收入"),
        .init(id: "budgetInitial", label: "年初预算数", unit: "万元", group: "预算"),
        .init(id: "budgetAdded", label: "本年追加预算数", unit: "万元", group: "预算"),
        .init(id: "budgetAdjusted", label: "全年预算数", unit: "万元", group: "预算"),
        .init(id: "budgetExecuted", label: "全年执行数", unit: "万元", group: "预算"),
        .init(id: "fiscalFundsInitial", label: "本年财政拨款年初预算数", unit: "万元", group: "预算"),
        .init(id: "fiscalFundsAdjusted", label: "本年财政拨款全年预算数", unit: "万元", group: "预算"),
        .init(id: "fiscalFundsExecuted", label: "本年财政拨款全年执行数", unit: "万元", group: "预算"),
        .init(id: "carryoverFundsInitial", label: "上年结转资金年初预算数", unit: "万元", group: "预算"),
        .init(id: "carryoverFundsAdjusted", label: "上年结转资金全年预算数", unit: "万元", group: "预算"),
        .init(id: "carryoverFundsExecuted", label: "上年结转资金全年执行数", unit: "万元", group: "预算"),
        .init(id: "otherFundsInitial", label: "其他资金年初预算数", unit: "万元", group: "预算"),
        .init(id: "otherFundsAdjusted", label: "其他资金全年预算数", unit: "万元", group: "预算"),
        .init(id: "otherFundsExecuted", label: "其他资金全年执行数", unit: "万元", group: "预算"),
        .init(id: "expenditureTotal", label: "支出合计", unit: "万元", group: "支出"),
        .init(id: "basicExpenditure", label: "基本支出", unit: "万元", group: "支出"),
        .init(id: "personnelExpenditure", label: "人员经费", unit: "万元", group: "支出"),
        .init(id: "publicExpenditure", label: "公用经费", unit: "万元", group: "支出"),
        .init(id: "publicExpenditureBudget", label: "公用经费预算数", unit: "万元", group: "支出"),
        .init(id: "projectExpenditure", label: "项目支出", unit: "万元", group: "支出"),
        .init(id: "keyProjectExpenditure", label: "重点项目支出", unit: "万元", group: "支出"),
        .init(id: "carryoverStart", label: "年初结转结余", unit: "万元", group: "结转结余"),
        .init(id: "carryoverEnd", label: "年末结转结余", unit: "万元", group: "结转结余"),
        .init(id: "carryoverLastYearEnd", label: "上年年末结转结余", unit: "万元", group: "结转结余"),
        .init(id: "staffAuthorized", label: "编制数", unit: "人", group: "人员"),
        .init(id: "staffActual", label: "在职人数", unit: "人", group: "人员"),
        .init(id: "threePublicBudget", label: "三公经费预算数", unit: "万元", group: "三公经费"),
        .init(id: "threePublicActual", label: "三公经费实际支出", unit: "万元", group: "三公经费"),
        .init(id: "threePublicBudgetLastYear", label: "上年三公经费预算数", unit: "万元", group: "三公经费"),
        .init(id: "procurementBudget", label: "政府采购预算", unit: "万元", group: "采购与资产"),
        .init(id: "procurementActual", label: "实际政府采购金额", unit: "万元", group: "采购与资产"),
        .init(id: "fixedAssetsInUse", label: "在用固定资产", unit: "万元", group: "采购与资产"),
        .init(id: "fixedAssetsTotal", label: "固定资产总额", unit: "万元", group: "采购与资产"),
        .init(id: "specialFundsReceived", label: "上级专项资金", unit: "万元", group: "专项资金"),
        .init(id: "specialFundsSpent", label: "上级专项资金支出", unit: "万元", group: "专项资金"),
        .init(id: "tasksPlanned", label: "计划工作数", unit: "项", group: "履职"),
        .init(id: "tasksDone", label: "实际完成数", unit: "项", group: "履职"),
        .init(id: "tasksOnTime", label: "按时完成数", unit: "项", group: "履职"),
        .init(id: "tasksUpToStandard", label: "质量达标数", unit: "项", group: "履职"),
        .init(id: "keyTasksAssigned", label: "重点工作数", unit: "项", group: "履职"),
        .init(id: "keyTasksDone", label: "重点工作办结数", unit: "项", group: "履职"),
        .init(id: "petitionsReceived", label: "信访受理数", unit: "件", group: "履职"),
        .init(id: "petitionsResolved", label: "信访办结数", unit: "件", group: "履职"),
        .init(id: "satisfaction", label: "满意度", unit: "比率", group: "履职"),
    ]

    private static let byKey: [String: String] = {
        var map: [String: String] = [:]
        for figure in all {
            map[figure.id] = figure.id
            map[figure.label] = figure.id
        }
        return map
    }()

    private static let byID: [String: FigureDefinition] =
        Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// The canonical id for an id or Chinese label, or nil when unknown.
    public static func id(for key: String) -> String? { byKey[key] }

    /// The definition of a figure id.
    public static func definition(_ id: String) -> FigureDefinition? { byID[id] }

    /// The kind of figure `key` (an id or a label); `.plain` for figures the catalogue does not know.
    public static func kind(_ key: String) -> NumberKind {
        id(for: key).flatMap { byID[$0]?.kind } ?? .plain
    }

    /// A label for display: the catalogue's Chinese label, else the key itself.
    public static func label(_ key: String) -> String { id(for: key).flatMap { byID[$0]?.label } ?? key }
}
