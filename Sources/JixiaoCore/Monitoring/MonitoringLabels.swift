/// The titles and column headers of the monitoring documents: the 监控情况汇总表 (.xlsx)
/// and one round as a document (.docx). Data, so the page, the exports and their tests
/// share one wording.
public enum MonitoringLabels {
    public static let summaryTitle = "监控情况汇总表"
    public static let targetsSheet = "目标完成情况"
    public static let budgetSheet = "预算执行情况"
    public static let unit = "单位名称"
    public static let project = "项目名称"
    public static let year = "年度"
    public static let asOf = "数据截至"
    public static let timeProgress = "时间进度"
    public static let overall = "总体亮灯"
    /// A light that cannot be decided (no actual entered, no time elapsed).
    public static let noLight = "未亮灯"

    /// One row per target of every round.
    public static let targetColumns = [
        "单位名称", "项目名称", "数据截至", "三级指标", "指标性质", "指标值", "计量单位", "完成值", "全年预计完成值",
        "完成比", "亮灯", "亮灯说明", "全年完成可能性", "偏差原因", "纠偏措施",
    ]
    /// One row per round.
    public static let budgetColumns = [
        "单位名称", "项目名称", "数据截至", "年度预算（万元）", "已执行（万元）", "执行率", "时间进度", "执行率÷时间进度",
        "亮灯", "亮灯说明", "全年预计执行（万元）", "总体亮灯",
    ]

    // The round as a document.
    public static let budgetHeading = "一、预算执行情况（万元）"
    public static let targetsHeading = "二、绩效目标完成情况"
    public static let explanationsHeading = "三、亮灯说明"
    public static let findingsHeading = "四、检查发现的问题"
    public static let noFindings = "未发现问题。"
    public static let noTargets = "本轮没有监控的绩效目标。"
    public static let budgetLabel = "预算执行"
    public static let roundBudgetColumns = ["年度预算", "已执行", "执行率", "时间进度", "执行率÷时间进度", "亮灯", "全年预计执行"]
    public static let roundTargetColumns = [
        "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "完成值", "全年预计完成值", "完成比", "亮灯",
        "全年完成可能性", "偏差原因", "纠偏措施",
    ]

    /// The title of one round: 某局2025年度绩效运行监控表, or 某局2025年度项目绩效运行监控表（项目名）.
    public static func roundTitle(unit: String, fiscalYear: Int, project: String?) -> String {
        project.map { "\(unit)\(fiscalYear)年度项目绩效运行监控表（\($0)）" } ?? "\(unit)\(fiscalYear)年度绩效运行监控表"
    }

    /// The word of a light, or 未亮灯.
    public static func light(_ light: Light?) -> String { light?.label ?? noLight }
}
