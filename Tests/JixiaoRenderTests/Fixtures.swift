import JixiaoCore

@testable import JixiaoRender

/// Hand-made evaluations and scoring results (written for the tests; not from the samples).
enum Fixtures {
    static func d(_ text: String) -> ExactDecimal { ExactDecimal(text) ?? .zero }

    static func leaf(
        _ name: String, level: Int = 3, max: String, score: String?, _ explanation: String,
        note: String? = nil, value: ComputedValue? = nil
    ) -> ScoredNode {
        ScoredNode(
            id: name, name: name, level: level, max: d(max), score: score.map(d), value: value,
            explanation: explanation, ruleKind: "manual", deviationNote: note)
    }

    static func heading(_ name: String, level: Int, _ children: [ScoredNode]) -> ScoredNode {
        let max = children.reduce(ExactDecimal.zero) { $0 + $1.max }
        let score = children.reduce(ExactDecimal.zero) { $0 + ($1.score ?? .zero) }
        return ScoredNode(
            id: name, name: name, level: level, max: max, score: score, explanation: "",
            children: children)
    }

    static func result(_ nodes: [ScoredNode], computed: [ComputedValue] = [], framework: String) -> ScoreResult {
        let total = nodes.reduce(ExactDecimal.zero) { $0 + ($1.score ?? .zero) }
        return ScoreResult(
            frameworkID: framework, total: total, unroundedTotal: total, maxTotal: 100,
            grade: Grade(total: total), excluded: [], nodes: nodes, computed: computed, findings: [])
    }

    // MARK: department-wide

    static let departmentFigures: [String: String] = [
        "incomeTotal": "563.02", "fiscalIncome": "563.02", "expenditureTotal": "563.02",
        "basicExpenditure": "410.50", "personnelExpenditure": "350.20", "publicExpenditure": "60.30",
        "projectExpenditure": "152.52", "carryoverStart": "0", "carryoverEnd": "0",
        "staffAuthorized": "14", "staffActual": "13", "procurementBudget": "20", "procurementActual": "18.5",
    ]

    static func departmentEvaluation() -> Evaluation {
        Evaluation(
            kind: .departmentWide,
            unit: Unit(name: "示例县数据服务管理局", subordinateUnits: 2),
            fiscalYear: 2023, frameworkID: "guangdong-county-department",
            filing: Filing(filedBy: "张测试", phone: "0751-1234567", filedOn: "2024-04-15"),
            figures: Figures(departmentFigures.mapValues(d)),
            narrative: [
                .init(key: "functions", title: "部门职能", text: "负责本县数据资源的统筹管理。\n承担政务服务平台的运行维护。"),
                .init(key: "work", title: "年度总体工作和重点工作任务", text: "全年完成平台升级两项，办理服务事项一万二千件。"),
                .init(key: "targets", title: "部门整体支出绩效目标", text: "目标与职能相符，指标均已量化。"),
                .init(key: "spending", title: "部门整体支出情况", text: "收支结构与上年基本持平。"),
                .init(key: "execution", title: "预算执行情况", text: "资金按进度拨付，资产台账完整。"),
                .init(key: "performance", title: "部门整体支出目标实现程度及使用绩效", text: "各项指标逐项分析如下表。"),
                .init(key: "conclusion", title: "自评结论", text: "年度工作与部门职能相符。"),
                .init(key: "problems", title: "存在问题及改进意见", text: "政府采购执行略低于预算，下一年度将提前编制采购计划。"),
            ])
    }

    static func departmentScore() -> ScoreResult {
        let procurement = ComputedValue(
            name: "政府采购执行率", formula: "procurementActual / procurementBudget",
            inputs: ["procurementActual": d("18.5"), "procurementBudget": d("20")],
            value: d("0.925"))
        let staff = ComputedValue(
            name: "财政供养人员控制率", formula: "staffActual / staffAuthorized",
            inputs: ["staffActual": 13, "staffAuthorized": 14], value: d("0.928571428"))
        let nodes = [
            heading(
                "预算编制", level: 1,
                [
                    heading(
                        "预算编制", level: 2,
                        [
                            leaf("预算编制合理性", max: "5", score: "5", "符合职责，得满分"),
                            leaf("预算编制规范性", max: "5", score: "5", "符合规范，得满分"),
                            leaf("财政拨款收入预决算差异率", max: "5", score: "5", "差异率 0.00% ，得满分"),
                            leaf("预算编制及时性", max: "4", score: "4", "按时编制，得满分"),
                        ])
                ]),
            heading(
                "预算执行", level: 1,
                [
                    heading(
                        "资金管理", level: 2,
                        [
                            leaf("结转结余率", max: "4", score: "4", "0.00% ≤ 10%，得满分"),
                            leaf(
                                "政府采购执行率", max: "2", score: "1.85", "92.50% × 2 = 1.85 分",
                                note: "部分采购延至次年执行", value: procurement),
                            leaf("财务合规性", max: "4", score: "4", "无违规，得满分"),
                        ]),
                    heading(
                        "人员管理", level: 2,
                        [
                            leaf("财政供养人员控制率", max: "2", score: "2", "92.86% < 100%，得满分", value: staff)
                        ]),
                    heading("制度管理", level: 2, [leaf("管理制度健全性", max: "8", score: "8", "制度健全，得满分")]),
                ]),
            heading(
                "预算使用效益", level: 1,
                [
                    heading(
                        "效果性", level: 2,
                        [
                            leaf("社会经济环境效益", max: "61", score: "55", "达成年度指标，评 55 分", note: "部分平台推广未达预期")
                        ])
                ]),
        ]
        return result(nodes, computed: [procurement, staff], framework: "guangdong-county-department")
    }

    // MARK: project

    static func projectEvaluation() -> Evaluation {
        Evaluation(
            kind: .project,
            unit: Unit(name: "示例县政务服务中心"),
            fiscalYear: 2023, frameworkID: "mof-2020-project",
            filing: Filing(filedBy: "李测试", phone: "13800000000", filedOn: "2024-03-20"),
            project: ProjectInfo(
                name: "便民热线运行项目", department: "示例县数据服务管理局",
                implementer: "示例县政务服务中心",
                overallGoal: "保障热线全年稳定运行，工单按时办结。",
                overallOutcome: "热线全年运行正常，工单全部办结。"),
            figures: Figures(["budgetInitial": 120, "budgetAdjusted": 125, "budgetExecuted": d("118.4")]),
            targets: [
                Target(
                    levels: ["产出指标", "数量指标"], name: "受理工单数", direction: .atLeast, targetValue: 5000,
                    unit: "件", actualValue: 5936, maxScore: 20, deviationNote: "需求增长，下一年度调高目标"),
                Target(
                    levels: ["产出指标", "质量指标"], name: "按时办结率", direction: .atLeast, targetValue: 95,
                    unit: "%", actualValue: 100, maxScore: 15),
                Target(
                    levels: ["产出指标", "成本指标"], name: "运行成本", direction: .atMost, targetValue: 120,
                    unit: "万元", actualValue: d("118.4"), maxScore: 15),
                Target(
                    levels: ["效益指标", "社会效益指标"], name: "群众满意率", direction: .atLeast, targetValue: 90,
                    unit: "%", actualValue: d("90.7"), maxScore: 30),
                Target(
                    levels: ["满意度指标", "服务对象满意度指标"], name: "服务对象满意度", direction: .atLeast,
                    targetValue: 90, unit: "%", actualValue: 88, maxScore: 10, deviationNote: "回访覆盖不足"),
            ],
            narrative: [
                .init(key: "problems", title: "存在问题", text: "高峰时段接通率偏低。"),
                .init(key: "improvements", title: "改进措施", text: "增加高峰时段坐席。"),
            ])
    }

    static func projectScore() -> ScoreResult {
        let rate = ComputedValue(
            name: "预算执行率", formula: "budgetExecuted / budgetAdjusted",
            inputs: ["budgetExecuted": d("118.4"), "budgetAdjusted": 125], value: d("0.9472"))
        let nodes = [
            leaf("预算执行率", level: 1, max: "10", score: "9.47", "94.72% × 10 = 9.47 分", value: rate),
            heading(
                "产出指标", level: 1,
                [
                    heading(
                        "数量指标", level: 2,
                        [
                            leaf(
                                "受理工单数", max: "20", score: "20", "5936 ≥ 5000，得满分",
                                note: "需求增长，下一年度调高目标")
                        ]),
                    heading("质量指标", level: 2, [leaf("按时办结率", max: "15", score: "15", "100 ≥ 95，得满分")]),
                    heading("成本指标", level: 2, [leaf("运行成本", max: "15", score: "15", "118.4 ≤ 120，得满分")]),
                ]),
            heading(
                "效益指标", level: 1,
                [
                    heading(
                        "社会效益指标", level: 2,
                        [
                            leaf("群众满意率", max: "30", score: "30", "90.7 ≥ 90，得满分")
                        ])
                ]),
            heading(
                "满意度指标", level: 1,
                [
                    heading(
                        "服务对象满意度指标", level: 2,
                        [
                            leaf("服务对象满意度", max: "10", score: "9.78", "88 / 90 × 10 = 9.78 分", note: "回访覆盖不足")
                        ])
                ]),
        ]
        return result(nodes, computed: [rate], framework: "mof-2020-project")
    }
}
