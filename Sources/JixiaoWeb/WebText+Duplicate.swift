import JixiaoCore

/// The message when an evaluation would duplicate one the unit already has
/// (migration 017: one per unit, year and kind, and project name for projects).
extension WebText {
    static func duplicate(_ e: Evaluation) -> String {
        if e.kind == .project {
            let name = e.project?.name ?? ""
            return "\(e.unit.name) \(e.fiscalYear) 年度已有" + (name.isEmpty ? "未填项目名称的" : "项目「\(name)」的")
                + "\(e.kind.label)，不能重复创建；请打开已有的评价继续填报" + (name.isEmpty ? "，或填写项目名称。" : "。")
        }
        return "\(e.unit.name) \(e.fiscalYear) 年度已有\(e.kind.label)，不能重复创建；请打开已有的评价继续填报。"
    }

    static let openExisting = "打开已有的评价"
}
