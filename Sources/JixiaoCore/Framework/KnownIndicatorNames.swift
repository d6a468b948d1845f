/// Names of the leaf indicators of the built-in department-wide frameworks
/// (JixiaoFiles/Resources/frameworks). The report importer uses them to name an item
/// whose heading runs into its text (③我局财政拨款收入… 差异率为 0，自评得 4 分).
///
/// Core cannot read the YAML files (Foundation only) and every reader of reports —
/// CLI, web upload, benchmarks — must name items alike, so the list lives here;
/// `BuiltInFrameworkTests` fails when it and the files drift apart.
public enum KnownIndicatorNames {
    public static let department: [String] = [
        "“三公经费”变动率", "“三公经费”控制率", "上级专项资金分配及时性", "上级专项资金支出执行率",
        "公众或服务对象满意度", "公用经费控制率", "固定资产利用率", "在职人员控制率", "基础信息完善性",
        "完成及时率", "实际完成率", "支付进度", "支付进度率", "政府采购执行率", "生态效益",
        "社会公众或服务对象满意度", "社会效益", "社会经济环境效益", "管理制度健全性", "经济效益",
        "结转结余变动率", "结转结余率", "绩效指标明确性", "绩效目标合理性", "绩效目标完成率",
        "群众信访办理情况", "财务合规性", "财政供养人员控制率", "财政拨款收入预决算差异率", "质量达标率",
        "资产管理安全性", "资金使用合规性", "资金结余", "重点工作办结率", "重点工作完成率", "重点支出安排率",
        "项目完成及时性", "项目实施程序", "项目监管", "预决算信息公开性", "预决算信息公开性和完善性",
        "预算完成率", "预算编制及时性", "预算编制合理性", "预算编制规范性", "预算调整率",
    ]
}
