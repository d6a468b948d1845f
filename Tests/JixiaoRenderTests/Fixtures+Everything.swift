import JixiaoCore
import JixiaoFiles
import Testing

/// "Everything filled": an evaluation of each kind with every field of every kind
/// entered, each with a marker value of its own, scored on its built-in framework.
/// A report must show every one of these values, in every format.
enum EverythingFilled {
    /// A marker text: `ZX` and a two-digit number, which no generated text contains.
    static func marker(_ n: Int) -> String { "ZX" + (n < 10 ? "0" : "") + String(n) }

    /// Every catalogue figure with a distinct value: money 1,0xx.50, counts 1x, rates 9x.12%.
    static var figures: Figures {
        var values: [String: ExactDecimal] = [:]
        for (i, figure) in FigureCatalog.all.enumerated() {
            switch figure.kind {
            case .money: values[figure.id] = ExactDecimal(1_001 + i * 7) + ExactDecimal("0.5")!
            case .count: values[figure.id] = ExactDecimal(11 + i)
            case .rate: values[figure.id] = ExactDecimal("0.9612")!
            case .score, .plain: values[figure.id] = ExactDecimal(301 + i)
            }
        }
        return Figures(values)
    }

    static let filing = Filing(filedBy: "填报人" + marker(1), phone: "0751-7654321", filedOn: "2024-05-06")

    /// Targets with every column filled: one quantitative, one qualitative.
    static func targets(_ first: [String], _ second: [String]) -> [Target] {
        [
            Target(
                id: "t1", levels: first, name: "目标" + marker(2), direction: .atLeast, targetValue: 120, unit: "件",
                actualValue: 137, maxScore: 5, deviationNote: "偏差" + marker(3)),
            Target(
                id: "t2", levels: second, name: "目标" + marker(4), direction: .qualitative, targetText: "定性" + marker(5),
                actualText: "完成" + marker(6), maxScore: 4, outcome: .achieved, deviationNote: "偏差" + marker(7)),
        ]
    }

    /// Every section of `kind` with text, the grouping headings (basics, selfEvaluation) too.
    static func narrative(_ kind: EvaluationKind) -> [NarrativeSection] {
        ReportSection.sections(for: kind).enumerated().map { i, section in
            NarrativeSection(key: section.key, title: section.title, text: section.title + "文字" + marker(20 + i))
        }
    }

    static func department() throws -> (Evaluation, ScoreResult) {
        let framework = try #require(try FrameworkLibrary.builtIn().frameworks.first { $0.id == "guangdong-county-department" })
        var evaluation = Evaluation(
            kind: .departmentWide, unit: Unit(name: "单位" + marker(8), subordinateUnits: 7),
            fiscalYear: 2023, frameworkID: framework.id, filing: filing, figures: figures,
            targets: targets(["产出指标", "数量指标"], ["效益指标", "社会效益指标"]),
            narrative: narrative(.departmentWide))
        let leaves = Scorer(framework: framework).score(evaluation).nodes.flatMap(\.leaves)
        for (i, leaf) in leaves.enumerated() {
            evaluation.indicators[leaf.id] = IndicatorInput(selfScore: leaf.max, note: "说明" + marker(50 + i))
        }
        return (evaluation, Scorer(framework: framework).score(evaluation))
    }

    static func project() throws -> (Evaluation, ScoreResult) {
        let framework = try #require(try FrameworkLibrary.builtIn().frameworks.first { $0.id == "mof-2020-project" })
        let evaluation = Evaluation(
            kind: .project, unit: Unit(name: "单位" + marker(9)), fiscalYear: 2023,
            frameworkID: framework.id, filing: filing,
            project: ProjectInfo(
                name: "项目" + marker(10), department: "主管" + marker(11),
                implementer: "实施" + marker(12)),
            figures: figures,
            targets: targets(["产出指标", "数量指标"], ["效益指标", "社会效益指标"]),
            narrative: narrative(.project))
        return (evaluation, Scorer(framework: framework).score(evaluation))
    }

    /// Every value a report of `evaluation` must show, as it must show it.
    static func expectedValues(_ evaluation: Evaluation) -> [String] {
        var values = [evaluation.unit.name, evaluation.filing.filedBy ?? "", evaluation.filing.phone ?? "", "2024年5月6日"]
        values += evaluation.narrative.map(\.text)
        values += evaluation.figures.values.map { NumberFormat.figureValue($0.value, id: $0.key) }
        for target in evaluation.targets {
            values += [target.name, target.deviationNote ?? ""]
            values += [
                target.targetValue?.description, target.targetText, target.unit, target.actualValue?.description,
                target.actualText,
            ].compactMap { $0 }
        }
        values += evaluation.indicators.values.compactMap(\.note)
        if let project = evaluation.project { values += [project.name, project.department ?? "", project.implementer ?? ""] }
        return values.filter { !$0.isEmpty }
    }
}
