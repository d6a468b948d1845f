import JixiaoCore

extension DocumentChecker {
    /// Titles of the sections the template gives guidance for.
    static let guidedTitles = ["目标", "支出情况", "执行情况", "实现程度", "结论", "使用绩效"]

    /// Sections still holding the template's guidance.
    func templateFindings() -> [Finding] {
        var findings: [Finding] = []
        for (index, heading) in structure.headings.enumerated()
        where heading.isTitled && Self.guidedTitles.contains(where: heading.title.hasScalars) {
            guard TemplateGuidance.match(structure.directBody(index)) != nil else { continue }
            findings.append(CheckCatalog.finding("template.unfilled", CheckMessages.templateUnfilled(section: heading.display), line: heading.line))
        }
        return findings
    }

    /// Required sections of the report kind that are absent or empty.
    func sectionFindings() -> [Finding] {
        guard let kind else { return [] }
        let headings = structure.headings.enumerated().filter { $0.element.isTitled && $0.element.depth <= 2 }
        return RequiredSection.required(for: kind).compactMap { required in
            let matches = headings.filter { required.matches(heading: $0.element.title) }
            // A project table names its parts in row labels and `label:` lines, not headings.
            if kind == .project, structure.document.paragraphs.contains(where: {
                required.matches(heading: TextScan.string($0.scalars.prefix(24)))
            }) { return nil }
            if matches.isEmpty {
                return CheckCatalog.finding("section.missing", CheckMessages.sectionMissing(section: required.title), line: 1)
            }
            guard matches.allSatisfy({ structure.isEmpty($0.offset) }), let first = matches.first else { return nil }
            return CheckCatalog.finding("section.missing", CheckMessages.sectionEmpty(section: first.element.display), line: first.element.line)
        }
    }
}
