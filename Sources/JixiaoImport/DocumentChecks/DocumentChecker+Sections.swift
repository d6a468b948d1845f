import JixiaoCore

extension DocumentChecker {
    /// Titles of the sections the template gives guidance for.
    static let guidedTitles = ["目标", "支出情况", "执行情况", "实现程度", "结论", "使用绩效"]

    /// Sections still holding the template's guidance.
    func templateFindings() -> [Finding] {
        var findings: [Finding] = []
        for (index, heading) in structure.headings.enumerated()
        where heading.isTitled && heading.depth <= 2 && Self.guidedTitles.contains(where: heading.title.hasScalars) {
            guard TemplateGuidance.match(structure.directBody(index)) != nil else { continue }
            findings.append(CheckCatalog.finding("template.unfilled", CheckMessages.templateUnfilled(section: heading.display), line: heading.line))
        }
        return findings
    }

    /// Parts of the report (`ReportSection.requiredParts`) holding required sections
    /// that are absent or empty; a heading names a part by its own or any of its
    /// sections' titles and aliases.
    func sectionFindings() -> [Finding] {
        guard let kind else { return [] }
        let headings = structure.headings.enumerated().filter { $0.element.isTitled && $0.element.depth <= 2 }
        return ReportSection.requiredParts(for: kind).compactMap { part, sections in
            let names = sections.flatMap(\.names)
            let matches = headings.filter { heading in names.contains(where: heading.element.title.hasScalars) }
            // A project table names its parts in row labels and `label:` lines, not headings.
            if kind == .project, structure.document.paragraphs.contains(where: { paragraph in
                let text = TextScan.string(paragraph.scalars)
                return names.contains(where: text.hasScalars)
            }) { return nil }
            if matches.isEmpty {
                return CheckCatalog.finding("section.missing", CheckMessages.sectionMissing(section: part.title), line: 1)
            }
            guard matches.allSatisfy({ structure.isEmpty($0.offset) }), let first = matches.first else { return nil }
            return CheckCatalog.finding("section.missing", CheckMessages.sectionEmpty(section: first.element.display), line: first.element.line)
        }
    }
}
