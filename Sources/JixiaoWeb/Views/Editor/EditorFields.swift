import JixiaoCore
import Plot

/// The editor's form: filing, figures, targets, self-scores, narrative.
enum EditorFields {
    static func form(_ m: EditorPageModel) -> Node<HTML.BodyContext> {
        .postForm(action: SiteURL.evaluation(m.id).path, csrf: m.csrf, id: "editor", [
            .attr("data-analyze", SiteURL.analyze(m.id).path),
            .if(m.editable, .attr("data-unsaved", "ask")),
            .hidden(name: "version", value: m.form["version"]),
            .box("填报信息", [
                field(m, "填报人", "filing.filedBy"),
                field(m, "联系电话", "filing.phone"),
                field(m, "填报日期", "filing.filedOn", hint: "如 2024-04-15"),
                .if(m.evaluation.kind == .project, field(m, "项目名称", "project.name")),
            ]),
            .group(m.figureGroups.map { group in
                .box("\(group.group)", class: "figures", group.figures.map { figure in
                    field(m, figure.labelWithUnit, "figure.\(figure.id)",
                          hint: figure.kind == .rate ? "填百分数，如 96 或 96%" : nil)
                })
            }),
            targets(m),
            .box("自评得分", m.scoredLeaves.map { leaf in indicator(m, leaf) } + [field(m, "自评总分", "statedTotal")]),
            .box("文字说明", m.sections.map { section in
                .group(.textArea(section.title, name: "section.\(section.key)", text: m.form["section.\(section.key)"],
                                 readonly: !m.editable),
                       WorkflowPanel.fieldNote(m.evaluation, field: "section.\(section.key)"))
            }),
            // 保存 is in the page's sticky action bar (`EditorPage.actionBar`, tied by `form="editor"`).
        ])
    }

    static func field(_ m: EditorPageModel, _ label: String, _ name: String, hint: String? = nil) -> Node<HTML.BodyContext> {
        .group(.textField(label, name: name, value: m.form[name], error: m.fieldErrors[name], readonly: !m.editable, hint: hint),
               WorkflowPanel.fieldNote(m.evaluation, field: name))
    }

    private static func targets(_ m: EditorPageModel) -> Node<HTML.BodyContext> {
        let directions = Direction.allCases.map { ($0.rawValue, $0.rawValue) }
        return .box("绩效指标", class: "targets", [
            .table(
                .thead(.tr(.th("一级/二级指标"), .th("三级指标"), .th("性质"), .th("指标值"), .th("单位"), .th("实际完成值"), .th("分值"), .th("偏差原因"))),
                .tbody(.forEach(0..<max(m.form.targetRows, EvaluationForm.emptyTargetRows)) { i in
                    .tr(.forEach(EvaluationForm.targetParts) { part in
                        let name = "target.\(i).\(part)"
                        return part == "direction"
                            ? .td(.selectField("", name: name, options: directions,
                                               selected: m.form[name].isEmpty ? Direction.atLeast.rawValue : m.form[name],
                                               disabled: !m.editable))
                            : .td(.input(.type(.text), .attr("name", name), .attr("value", m.form[name]), .readonly(!m.editable),
                                         .attr("aria-label", name)))
                    })
                })
            ),
        ])
    }
}
