import JixiaoCore

extension WorkflowPanel {
    /// The editor's form fields a return may point at (涉及字段), grouped and ordered as the
    /// editor shows them: 填报信息, the figures by group, 自评得分 in framework order, 文字说明.
    static func fieldGroups(_ e: Evaluation, framework: Framework?) -> [(group: String, options: [(String, String)])] {
        var filing = [
            (FieldPath.filing(.filedBy).text, "填报人"), (FieldPath.filing(.phone).text, "联系电话"),
            (FieldPath.filing(.filedOn).text, "填报日期"),
        ]
        if e.kind == .project { filing.append((FieldPath.projectName.text, "项目名称")) }
        let figures = EditorPageModel.figureGroups.map { group in
            (group: group.group, options: group.figures.map { (FieldPath.figure($0.id).text, $0.label) })
        }
        let leaves = EditorPageModel.scoredLeaves(framework)
        // Without its framework, the indicators the unit scored are all there is to name.
        let scores =
            leaves.isEmpty
            ? e.indicators.keys.sorted().map { (FieldPath.indicator($0, .selfScore).text, "\($0) 自评得分") }
            : leaves.map { (FieldPath.indicator($0.id, .selfScore).text, "\($0.name) 自评得分") }
        let sections = (e.narrative + NarrativeTemplate.missing(in: e)).map { (FieldPath.narrative($0.key).text, $0.title) }
        return [(group: "填报信息", options: filing)] + figures
            + [
                (group: "自评得分", options: scores + [(FieldPath.statedTotal.text, "自评总分")]),
                (group: "文字说明", options: sections),
            ]
    }
}
