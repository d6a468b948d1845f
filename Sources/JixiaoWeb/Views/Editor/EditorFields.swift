import JixiaoCore
import Plot

/// The editor's form: filing, figures, targets, self-scores, narrative.
enum EditorFields {
    static func form(_ m: EditorPageModel) -> Node<HTML.BodyContext> {
        let m = m.placingFindings()
        return .postForm(
            action: SiteURL.evaluation(m.id).path, csrf: m.csrf, id: "editor",
            [
                .attr("data-analyze", SiteURL.analyze(m.id).path),
                .if(m.editable, .attr("data-unsaved", "ask")),
                .if(m.editable, .attr("data-autosave", SiteURL.autosave(m.id).path)),
                // The page shows what is stored (a reload after an autosave must not bring back older input).
                .attr("autocomplete", "off"),
                .hidden(name: "version", value: m.form["version"]),
                .if(
                    m.editable,
                    .p(
                        .class("autosave-status"), .id("autosave-status"), .attr("role", "status"),
                        .text(AutosaveText.idle))),
                .box(
                    "填报信息",
                    [
                        field(m, "填报人", "filing.filedBy"),
                        field(m, "联系电话", "filing.phone"),
                        field(m, "填报日期", "filing.filedOn", hint: "如 2024-04-15"),
                        .if(m.evaluation.kind == .project, field(m, "项目名称", "project.name")),
                    ]),
                .group(
                    m.figureGroups.map { group in
                        .box(
                            "\(group.group)", class: "figures",
                            group.figures.map { figure in
                                field(
                                    m, figure.labelWithUnit, FieldPath.figure(figure.id).text,
                                    hint: figure.kind == .rate ? "填百分数，如 96 或 96%" : nil)
                            })
                    }),
                targets(m),
                .box("自评得分", m.scoredLeaves.map { leaf in indicator(m, leaf) } + [field(m, "自评总分", "statedTotal")]),
                .box(
                    "文字说明",
                    m.sections.map { section in
                        let name = FieldPath.narrative(section.key).text
                        return .group(
                            .textArea(
                                section.title, name: name, text: m.form[name], readonly: !m.editable,
                                messages: m.messages(name)),
                            WorkflowPanel.fieldNote(m.evaluation, field: name))
                    }),
                // 保存 is in the page's sticky action bar (`EditorPage.actionBar`, tied by `form="editor"`).
            ])
    }

    static func field(_ m: EditorPageModel, _ label: String, _ name: String, hint: String? = nil) -> Node<HTML.BodyContext> {
        .group(
            .textField(label, name: name, value: m.form[name], readonly: !m.editable, hint: hint, messages: m.messages(name)),
            WorkflowPanel.fieldNote(m.evaluation, field: name))
    }

    private static func targets(_ m: EditorPageModel) -> Node<HTML.BodyContext> {
        let directions = Direction.allCases.map { ($0.rawValue, $0.rawValue) }
        let rows = max(m.form.targetRows, EvaluationForm.emptyTargetRows)
        let titles = m.targetRowTitles(rows: rows)
        return .box(
            "绩效指标", class: "targets",
            [
                .table(
                    .thead(.tr(.th("一级/二级指标"), .th("三级指标"), .th("性质"), .th("指标值"), .th("单位"), .th("实际完成值"), .th("分值"), .th("偏差原因"))),
                    .tbody(
                        .forEach(0..<rows) { i in
                            .tr(
                                .forEach(EvaluationForm.targetParts) { part in
                                    let name = FieldPath.target(i, part).text
                                    let label = EditorFields.targetLabel(titles[i], part)
                                    return part == .direction
                                        ? .td(
                                            .selectField(
                                                label, name: name, options: directions,
                                                selected: m.form[name].isEmpty ? Direction.atLeast.rawValue : m.form[name],
                                                disabled: !m.editable, hiddenLabel: true, messages: m.messages(name)))
                                        : .td(
                                            .selfClosedElement(
                                                named: "input",
                                                attributes: [
                                                    .type(.text), .attr("name", name), .attr("id", name), .attr("value", m.form[name]),
                                                    .readonly(!m.editable), .attr("aria-label", label),
                                                ] + m.messages(name).inputAttributes),
                                            m.messages(name).node)
                                })
                        })
                )
            ])
    }
}
