import JixiaoCore

/// The narrative sections a new evaluation starts with, per kind (report-format.md).
enum NarrativeTemplate {
    static func sections(for kind: EvaluationKind) -> [NarrativeSection] {
        switch kind {
        case .departmentWide:
            return [
                .init(key: "functions", title: "部门职能", text: ""),
                .init(key: "annualWork", title: "年度总体工作和重点工作任务", text: ""),
                .init(key: "targets", title: "部门整体支出绩效目标", text: ""),
                .init(key: "expenditure", title: "部门整体支出情况", text: ""),
                .init(key: "execution", title: "预算执行情况", text: ""),
                .init(key: "performance", title: "目标实现程度及使用绩效", text: ""),
                .init(key: "conclusion", title: "自评结论", text: ""),
                .init(key: "problems", title: "存在问题及改进意见", text: ""),
            ]
        case .project:
            return [
                .init(key: "overallGoal", title: "年度总体目标", text: ""),
                .init(key: "overallOutcome", title: "实际完成情况", text: ""),
                .init(key: "problems", title: "存在问题及改进措施", text: ""),
            ]
        }
    }
}
