import JixiaoCore

/// Tells a department-wide report from a project self-evaluation by the words of its
/// title and headings; nil when neither shows.
enum ReportKindDetector {
    static let projectWords = ["项目支出绩效自评", "项目绩效自评", "项目名称", "项目资金"]
    static let departmentWords = ["部门整体支出", "整体支出绩效", "整体绩效自评", "部门整体绩效", "部门基本情况", "部门职能", "部门概况"]

    static func detect(_ structure: DocumentStructure) -> EvaluationKind? {
        let paragraphs = structure.document.paragraphs
        var department = 0, project = 0
        for paragraph in paragraphs.prefix(12) + structure.headings.map({ paragraphs[$0.paragraph] }) {
            let text = paragraph.text
            if departmentWords.contains(where: text.contains) { department += 1 }
            if projectWords.contains(where: text.contains) { project += 1 }
        }
        if department == 0 && project == 0 { return nil }
        return department >= project ? .departmentWide : .project
    }
}
