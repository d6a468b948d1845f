import JixiaoCore

extension ReportDocument {
    /// Builds the report of an analysed evaluation (Core's `Analyzer`); nil when the
    /// analysis has no score (its framework was not found).
    ///
    /// The analysis's findings are passed through; a required section without text shows
    /// as a visible gap and adds a `section.missing` finding unless the checks already
    /// report that section.
    public init?(analysis: EvaluationAnalysis) {
        guard let score = analysis.score else { return nil }
        self.init(evaluation: analysis.evaluation, score: score, findings: analysis.findings)
    }

    /// Builds the report of `evaluation` from a given score and findings (tests give made-up
    /// scores here; everything else goes through `init(analysis:)`).
    init(evaluation: Evaluation, score: ScoreResult, findings: [Finding] = []) {
        var builder = ReportBuilder(evaluation: evaluation, score: score)
        switch evaluation.kind {
        case .departmentWide: builder.buildDepartmentWide()
        case .project: builder.buildProject()
        }
        builder.meta += builder.reviewFields
        let unitName = UserText.line(evaluation.unit.name) ?? ""
        self.init(
            kind: evaluation.kind, title: builder.title, meta: builder.meta, blocks: builder.blocks,
            signature: ReportSignature(
                unitName: unitName,
                date: UserText.line(evaluation.filing.filedOn).map(ReportText.date)),
            summary: builder.summary,
            findings: findings
                + builder.findings.filter { own in !findings.contains { $0.rule == own.rule && $0.location == own.location } })
    }
}

/// Assembles the blocks of one report; one method per part, in the files
/// `ReportBuilder+*.swift`.
struct ReportBuilder {
    let evaluation: Evaluation
    let score: ScoreResult
    /// Every leaf with its ancestors.
    let leafPaths: [LeafPath]
    let summary: ReportSummary
    var title = ""
    var meta: [ReportField] = []
    var blocks: [ReportBlock] = []
    var findings: [Finding] = []

    init(evaluation: Evaluation, score: ScoreResult) {
        self.evaluation = evaluation
        self.score = score
        leafPaths = Self.leafPaths(score.nodes)
        let scored = leafPaths.contains { $0.leaf.score != nil && !$0.leaf.notApplicable }
        summary = ReportSummary(
            total: score.total, maxTotal: score.maxTotal, grade: score.grade,
            rescaled: !score.excluded.isEmpty, scored: scored)
    }

    var unitName: String { UserText.line(evaluation.unit.name) ?? "" }

    /// The filer fields every report kind shows.
    var filingFields: [ReportField] {
        [
            ReportField(label: ReportText.filedBy, value: UserText.line(evaluation.filing.filedBy)),
            ReportField(label: ReportText.phone, value: UserText.line(evaluation.filing.phone)),
            ReportField(label: ReportText.filedOn, value: UserText.line(evaluation.filing.filedOn).map(ReportText.date)),
        ]
    }

    /// The unit's text for a section key, cleaned; empty when not written.
    func narrative(_ key: String) -> [String] {
        guard let section = ReportSection.section(key, of: evaluation.kind) else {
            return evaluation.narrative.filter { $0.key == key }.flatMap { UserText.paragraphs($0.text) }
        }
        return evaluation.narrative.filter { Self.belongs($0, to: section) }.flatMap { UserText.paragraphs($0.text) }
    }

    /// A narrative section belongs to a report section as `ReportSection.holds` says.
    static func belongs(_ narrative: NarrativeSection, to section: ReportSection) -> Bool { section.holds(narrative) }

    /// Adds the section's heading and its text, or a gap and a finding when a
    /// required section has no text.
    mutating func addSection(_ section: ReportSection, text: [String]) {
        if !section.heading.isEmpty { blocks.append(.heading(level: section.level, text: section.heading)) }
        // A grouping heading needs no text, but text typed under it is the unit's and is shown.
        guard section.content != .heading else {
            blocks += text.map(ReportBlock.paragraph)
            return
        }
        if text.isEmpty {
            if section.required { addGap(section) }
        } else {
            blocks += text.map(ReportBlock.paragraph)
        }
    }

    mutating func addGap(_ section: ReportSection) {
        blocks.append(.gap(ReportText.gap(section.title)))
        findings.append(
            CheckCatalog.finding(
                "section.missing", ReportText.sectionMissing(section.heading),
                field: "narrative.\(section.key)"))
    }

    /// Narrative sections whose key no report section has, appended as they are.
    mutating func addExtraSections(kind: EvaluationKind) {
        let sections = ReportSection.sections(for: kind)
        for section in evaluation.narrative where !sections.contains(where: { Self.belongs(section, to: $0) }) {
            let text = UserText.paragraphs(section.text)
            guard !text.isEmpty else { continue }
            blocks.append(.heading(level: 1, text: UserText.line(section.title) ?? section.key))
            blocks += text.map(ReportBlock.paragraph)
        }
    }
}
