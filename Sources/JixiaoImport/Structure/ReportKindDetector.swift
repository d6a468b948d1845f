import JixiaoCore

/// Tells a department-wide report from a project self-evaluation by the words of its
/// title and headings; nil when neither shows.
enum ReportKindDetector {
    static let projectWords = ["项目支出绩效自评", "项目绩效自评", "项目名称", "项目资金"]
    static let departmentWords = ["部门整体支出", "整体支出绩效", "整体绩效自评", "部门整体绩效", "部门基本情况", "部门职能", "部门概况"]

    static func detect(_ structure: DocumentStructure) -> EvaluationKind? {
        let paragraphs = structure.document.paragraphs
        var department = 0, project = 0
        let texts = paragraphs.prefix(12).map { TextScan.string($0.scalars.prefix(60)) } + structure.headings.filter { $0.isTitled && $0.depth <= 1 }.map(\.title)
        for text in texts {
            if departmentWords.contains(where: text.hasScalars) { department += 1 }
            if projectWords.contains(where: text.hasScalars) { project += 1 }
        }
        if department == 0 && project == 0 { return nil }
        return department >= project ? .departmentWide : .project
    }
}
