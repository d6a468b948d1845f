import JixiaoCore

extension DraftMapper {
    /// A project report's header (项目名称, 主管部门, 实施单位: as `label：value` lines or as a
    /// table's first two cells) and its 年度总体目标 / 实际完成情况 texts as the project's.
    mutating func mapProject() {
        guard draft.kind == .project else { return }
        var project = draft.project ?? ProjectInfo(name: "")
        for paragraph in analysis.document.paragraphs {
            guard let (label, value) = Self.field(paragraph), !value.isEmpty, value.count <= 200 else { continue }
            switch label {
            case "项目名称" where project.name.isEmpty: project.name = value
            case "主管部门" where project.department == nil: project.department = value
            case "实施单位" where project.implementer == nil: project.implementer = value
            default: break
            }
        }
        let narrative = draft.narrative
        let text: (String) -> String? = { key in
            narrative.first { $0.key == key }.flatMap { $0.text.isEmpty ? nil : $0.text }
        }
        project.overallGoal = text("overallGoal") ?? project.overallGoal
        project.overallOutcome = text("overallOutcome") ?? project.overallOutcome
        if !project.name.isEmpty || project.department != nil || project.overallGoal != nil { draft.project = project }
    }

    /// `label：value` of a field line, or the first two cells of a table row.
    static func field(_ paragraph: Paragraph) -> (String, String)? {
        if let row = TableRow(paragraph) {
            guard row.cells.count >= 2 else { return nil }
            return (row.cells[0], row.cells[1])
        }
        let text = paragraph.text
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = String(text[..<colon]).trimmingFullWidthSpaces
        return (label, String(text[text.index(after: colon)...]).trimmingFullWidthSpaces)
    }
}
