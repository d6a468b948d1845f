extension ReportSection {
    /// The sections of a department-wide report (部门整体支出绩效自评报告), in order.
    public static let departmentWide: [ReportSection] = {
        let k = EvaluationKind.departmentWide
        return [
            .init(
                key: "basics", kind: k, order: 10, level: 1, number: "一、", title: "部门基本情况",
                aliases: ["基本情况", "部门概况"], required: false, content: .heading),
            .init(
                key: "functions", kind: k, order: 11, level: 2, number: "（一）", title: "部门职能",
                aliases: ["整体概况", "主要职责", "内设机构", "人员编制"], required: true),
            .init(
                key: "work", kind: k, order: 12, level: 2, number: "（二）", title: "年度总体工作和重点工作任务",
                aliases: ["年度总体工作", "重点工作任务"], required: true),
            .init(
                key: "targets", kind: k, order: 13, level: 2, number: "（三）", title: "部门整体支出绩效目标",
                aliases: ["绩效目标"], required: true, content: .targets,
                guidance: "分析绩效目标、指标与部门职能、中期规划、年度工作计划的相关性、合理性和明确性。"),
            .init(
                key: "spending", kind: k, order: 14, level: 2, number: "（四）", title: "部门整体支出情况",
                aliases: ["部门整体收支情况", "部门整体收支结余情况", "收支情况", "整体收入和整体支出情况"], required: true,
                content: .figures, guidance: "分析部门预算收支构成、资金来源、近两年预算支出预决算数据对比等。"),
            .init(
                key: "selfEvaluation", kind: k, order: 20, level: 1, number: "二、", title: "绩效自评情况",
                aliases: ["自评情况"], required: false, content: .heading),
            .init(
                key: "execution", kind: k, order: 21, level: 2, number: "（一）", title: "预算执行情况",
                aliases: ["预算执行与管理情况"], required: true,
                guidance: "部门内部资金、资产、人员等情况，包括资金日常管理、专项资金管理、资产管理、风险控制、人员管理、制度管理等。"),
            .init(
                key: "performance", kind: k, order: 22, level: 2, number: "（二）",
                title: "部门整体支出目标实现程度及使用绩效",
                aliases: ["整体支出绩效指标分析", "目标实现程度及使用绩效", "绩效情况"], required: true,
                content: .scores, guidance: "从经济性、效率性、效益性等方面对部门支出进行总体评价分析。"),
            .init(
                key: "conclusion", kind: k, order: 23, level: 2, number: "（三）", title: "自评结论",
                aliases: ["评价结论"], required: true, content: .conclusion,
                guidance: "涉及部门年度工作与部门职能、规划的相关程度判断，部门整体制度保障的完善程度，部门资金内部管理机制的健全程度，部门整体资源配置水平和能力等。"),
            .init(
                key: "problems", kind: k, order: 30, level: 1, number: "三、", title: "存在问题及改进意见",
                aliases: ["存在的问题", "存在问题", "改进意见"], required: true),
            .init(
                key: "plans", kind: k, order: 40, level: 1, number: "四、", title: "下一步工作计划",
                aliases: ["后续的工作计划", "后续工作计划"], required: false),
        ]
    }()

    /// The boxes of a project self-evaluation table (项目支出绩效自评表), in order.
    public static let project: [ReportSection] = {
        let k = EvaluationKind.project
        return [
            .init(
                key: "funds", kind: k, order: 10, level: 1, number: "一、", title: "项目资金（万元）",
                aliases: ["项目资金"], required: false, content: .figures),
            .init(
                key: "overallGoal", kind: k, order: 20, level: 1, number: "二、", title: "年度总体目标（预期目标）",
                aliases: ["预期目标", "年度总体目标"], required: true),
            .init(
                key: "overallOutcome", kind: k, order: 21, level: 1, number: "三、", title: "实际完成情况",
                aliases: ["总体目标完成情况"], required: true),
            .init(
                key: "indicators", kind: k, order: 30, level: 1, number: "四、", title: "绩效指标",
                aliases: ["绩效指标完成情况"], required: false, content: .scores),
            .init(
                key: "conclusion", kind: k, order: 40, level: 1, number: "五、", title: "评价结论",
                aliases: ["自评结论"], required: false, content: .conclusion),
            .init(
                key: "problems", kind: k, order: 50, level: 1, number: "六、", title: "存在问题",
                aliases: ["存在的问题"], required: true),
            .init(
                key: "improvements", kind: k, order: 51, level: 1, number: "七、", title: "改进措施",
                aliases: ["改进意见"], required: true),
        ]
    }()

    /// The sections of a report kind, in order.
    public static func sections(for kind: EvaluationKind) -> [ReportSection] {
        switch kind {
        case .departmentWide: return departmentWide
        case .project: return project
        }
    }

    /// The section of `kind` with `key`, if any.
    public static func section(_ key: String, of kind: EvaluationKind) -> ReportSection? {
        sections(for: kind).first { $0.key == key }
    }
}
