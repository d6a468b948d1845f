import JixiaoCore

/// Tells a department-wide report from a project self-evaluation by the words of its
/// first paragraphs and upper headings; nil when neither shows.
enum ReportKindDetector {
    static let projectWords = ["项目支出绩效自评", "项目绩效自评", "项目名称", "项目资金"]
    static let departmentWords = ["部门整体支出", "整体支出绩效", "整体绩效自评", "部门整体绩效", "部门基本情况", "部门职能", "部门概况"]
    /// Both word lists in one index: kind 0 for department words, 1 for project words.
    static let words = CueIndex<Int>(departmentWords.map { ($0, 0) } + projectWords.map { ($0, 1) })

    static func detect(_ structure: DocumentStructure) -> EvaluationKind? {
        let paragraphs = structure.document.paragraphs
        var department = 0, project = 0
        func count(_ s: [Unicode.Scalar], limit: Int) {
            let found = words.kinds(in: s, limit: limit)
            if found & 1 != 0 { department += 1 }
            if found & 2 != 0 { project += 1 }
        }
        // The start of the first paragraphs, and of the upper headings.
        for paragraph in paragraphs.prefix(12) { count(paragraph.scalars, limit: 60) }
        for heading in structure.headings where heading.isTitled && heading.depth <= 1 {
            count(paragraphs[heading.paragraph].scalars, limit: 40)
        }
        if department == 0 && project == 0 { return nil }
        return department >= project ? .departmentWide : .project
    }
}
