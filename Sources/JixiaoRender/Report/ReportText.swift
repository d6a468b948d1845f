import JixiaoCore

/// The Chinese wording of generated reports, kept in one place.
enum ReportText {
    static let departmentTitleSuffix = "年度部门整体支出绩效自评报告"
    static let projectTitle = "项目支出绩效自评表"
    static let unitName = "部门名称"
    static let subordinateUnits = "下属二级预算单位数量"
    static let filedBy = "填报人"
    static let phone = "联系电话"
    static let filedOn = "填报日期"
    static let projectName = "项目名称"
    static let projectDepartment = "主管部门"
    static let projectImplementer = "实施单位"
    static let filingUnit = "填报单位"
    static let notEntered = "未填报"
    static let notComputable = "无法计算"
    static let notApplicable = "不适用"
    /// The 偏差原因 of a leaf without one.
    static let noDeviation = "无"
    static let total = "合计"
    static let grandTotal = "总分"
    static let wanYuan = "万元"

    /// The visible gap printed where a section has no content.
    static func gap(_ heading: String) -> String { "【此部分未填写：\(heading)】" }

    /// The `section.missing` message.
    static func sectionMissing(_ heading: String) -> String { "报告缺少“\(heading)”部分的内容（已在报告中留空标出）" }

    static func money(_ value: ExactDecimal) -> String { NumberFormat.text(value, .money) + wanYuan }

    static func score(_ value: ExactDecimal) -> String { NumberFormat.text(value, .score) }

    /// 2024-04-15 → 2024年4月15日; other text is returned as given.
    static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return iso }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }

    /// The conclusion sentence with the total and the grade.
    static func conclusion(subject: String, summary: ReportSummary, excluded: Int) -> String {
        guard summary.scored else { return "各项指标均缺少评分所需的数据或自评得分，尚不能计算\(subject)的总分和等级。" }
        var s =
            "经自评，\(subject)综合得分为\(score(summary.total))分（满分\(score(summary.maxTotal))分），"
            + "自评等级为“\(summary.grade.rawValue)”。"
        if excluded > 0 { s += "其中\(excluded)项指标不适用，总分已按适用指标折算为百分制。" }
        return s
    }

    /// The grade line of score tables.
    static func gradeCell(_ summary: ReportSummary) -> String {
        guard summary.scored else { return "自评等级：无法确定" }
        return "自评等级：\(summary.grade.rawValue)" + (summary.rescaled ? "（已折算为百分制）" : "")
    }

    // Table captions and column titles.
    static let moneyTable = ("收支情况", "部门收支情况表（单位：万元）")
    static let staffTable = ("人员情况", "人员编制情况表")
    static let otherTable = ("其他数据", "其他基础数据表")
    static let computedTable = ("计算指标", "计算指标表")
    static let scoreTable = ("评分表", "部门整体支出绩效自评评分表")
    static let fundsTable = ("项目资金", "项目资金情况表（单位：万元）")
    static let indicatorTable = ("自评表", "项目支出绩效指标自评表")
    static let targetsTable = ("绩效指标", "绩效指标完成情况表")
    static let textSheet = ("报告正文", "报告正文")
    static let unfilled = "【未填写】"
    static let signatureUnit = "单位名称"
    static let signatureDate = "日期"

    /// Where a table of the text sheet is: on a sheet of its own.
    static func seeSheet(_ name: String) -> String { "见“\(name)”表" }
}
