/// The labels and headers of a 绩效目标申报表 document: JixiaoRender writes them and
/// JixiaoImport's `DeclarationDocumentReader` looks for them (among other wordings).
public enum DeclarationLabels {
    public static let unit = "单位名称"
    public static let year = "年度"
    public static let project = "项目名称"
    public static let attribute = "项目属性"
    public static let sector = "行业"
    public static let period = "实施期"
    public static let funds = "一、资金情况（万元）"
    public static let overallGoal = "二、总体目标"
    public static let annualGoal = "三、年度目标"
    public static let indicators = "四、绩效指标"
    public static let previous = "五、上年实际完成值"
    public static let fundColumns = ["资金总额", "其中：财政资金", "其他资金"]
    public static let indicatorColumns = [
        "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值",
        "指标解释", "评（扣）分标准",
    ]
    public static let previousColumns = ["三级指标", "上年实际完成值"]
    public static let unfilled = "【未填写】"
}
