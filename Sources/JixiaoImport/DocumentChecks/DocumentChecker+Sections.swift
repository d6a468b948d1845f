import JixiaoCore

extension DocumentChecker {
    /// Sections still holding the template's guidance.
    func templateFindings() -> [Finding] {
        var findings: [Finding] = []
        var reported = Set<Int>()
        for index in structure.headings.indices {
            let body = structure.directBody(index)
            guard let guidance = TemplateGuidance.match(body), !reported.contains(index) else { continue }
            _ = guidance
            reported.insert(index)
            let heading = structure.headings[index]
            findings.append(CheckCatalog.finding("template.unfilled", CheckMessages.templateUnfilled(section: heading.display), line: heading.line))
        }
        return findings
    }

    /// Required sections of the report kind that are absent or empty.
    func sectionFindings() -> [Finding] {
        guard let kind else { return [] }
        let headings = structure.headings.enumerated().filter(\.element.isTitled)
        return RequiredSection.required(for: kind).compactMap { required in
            let matches = headings.filter { required.matches(heading: $0.element.title) }
            if matches.isEmpty {
                return CheckCatalog.finding("section.missing", CheckMessages.sectionMissing(section: required.title), line: 1)
            }
            guard matches.allSatisfy({ structure.isEmpty($0.offset) }), let first = matches.first else { return nil }
            return CheckCatalog.finding("section.missing", CheckMessages.sectionEmpty(section: first.element.display), line: first.element.line)
        }
    }
}
