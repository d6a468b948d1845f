import JixiaoCore

extension DocumentChecker {
    /// Titles of the sections the template gives guidance for.
    static let guidedTitles = ["目标", "支出情况", "执行情况", "实现程度", "结论", "使用绩效"]
    static let guidedTitleIndex = CueIndex<Int>(guidedTitles.map { ($0, 0) })

    /// Sections still holding the template's guidance.
    func templateFindings() -> [Finding] {
        var findings: [Finding] = []
        for (index, heading) in structure.headings.enumerated()
        where heading.isTitled && heading.depth <= 2 && Self.guidedTitleIndex.kinds(in: structure.titleScalars[index]) != 0 {
            guard TemplateGuidance.match(parts: structure.directBodyParts(index)) != nil else { continue }
            findings.append(
                CheckCatalog.finding("template.unfilled", CheckMessages.templateUnfilled(section: heading.display), line: heading.line))
        }
        return findings + placeholderFindings()
    }

    /// Parts of the report (`ReportSection.requiredParts`) holding required sections
    /// that are absent or empty; a heading names a part by its own or any of its
    /// sections' titles and aliases.
    func sectionFindings() -> [Finding] {
        guard let kind else { return [] }
        let names = Self.partNames(kind)
        // Which parts each titled upper heading names, by bit.
        let headings = structure.headings.enumerated().filter { $0.element.isTitled && $0.element.depth <= 2 }
            .map { (heading: $0, parts: names.kinds(in: structure.titleScalars[$0.offset])) }
        // A project table names its parts in row labels and `label:` lines, not headings.
        let namedInText = kind == .project ? Self.partsNamed(in: structure.document, names) : 0
        return Self.parts(kind).enumerated().compactMap { index, required in
            if namedInText & 1 << UInt64(index) != 0 { return nil }
            let matches = headings.filter { $0.parts & 1 << UInt64(index) != 0 }.map(\.heading)
            if matches.isEmpty {
                return CheckCatalog.finding("section.missing", CheckMessages.sectionMissing(section: required.part.title), line: 1)
            }
            guard matches.allSatisfy({ structure.isEmpty($0.offset) }), let first = matches.first else { return nil }
            return CheckCatalog.finding(
                "section.missing", CheckMessages.sectionEmpty(section: first.element.display), line: first.element.line)
        }
    }

    /// `ReportSection.requiredParts` of each kind, made once.
    static let departmentParts = ReportSection.requiredParts(for: .departmentWide)
    static let projectParts = ReportSection.requiredParts(for: .project)

    static func parts(_ kind: EvaluationKind) -> [(part: ReportSection, sections: [ReportSection])] {
        kind == .project ? projectParts : departmentParts
    }

    /// The names of a report kind's parts (and of their sections), by part index.
    static let departmentPartNames = partNameIndex(departmentParts)
    static let projectPartNames = partNameIndex(projectParts)

    static func partNames(_ kind: EvaluationKind) -> CueIndex<Int> {
        kind == .project ? projectPartNames : departmentPartNames
    }

    static func partNameIndex(_ parts: [(part: ReportSection, sections: [ReportSection])]) -> CueIndex<Int> {
        CueIndex(
            parts.enumerated().flatMap { index, required in
                required.sections.flatMap(\.names).map { ($0, index) }
            })
    }

    /// The parts some paragraph names, by bit, in one pass over the text.
    static func partsNamed(in document: NormalisedDocument, _ names: CueIndex<Int>) -> UInt64 {
        var named: UInt64 = 0
        for paragraph in document.paragraphs {
            let s = paragraph.scalars
            for i in s.indices { names.forEachMatch(s, at: i) { named |= 1 << UInt64($0.kind) } }
        }
        return named
    }
}
