/// One section of a self-evaluation report as the report kind prescribes it
/// (`report-format.md` §1 for `departmentWide`, §2 for `project`).
///
/// This is data: the renderer lays the report out from it, the checks use it
/// for `section.missing` and `template.unfilled`, the web app for its form.
/// A `NarrativeSection` of an evaluation refers to one of these by `key`.
public struct ReportSection: Codable, Sendable, Hashable {
    /// Stable key, e.g. `functions`; the `key` of the matching `NarrativeSection`.
    public var key: String
    /// The report kind this section belongs to.
    public var kind: EvaluationKind
    /// Position in the report (ascending), unique within a kind.
    public var order: Int
    /// 1 for a first-level heading (一、), 2 for a second-level one (（一）).
    public var level: Int
    /// Numbering as printed, e.g. `一、` or `（一）`.
    public var number: String
    /// Heading as printed without its number, e.g. 部门职能.
    public var title: String
    /// Other headings under which reports carry the same content (for importers and checks).
    public var aliases: [String]
    /// True when a finished report must have text here (`section.missing` otherwise).
    public var required: Bool
    /// What the section holds besides the unit's text.
    public var content: ReportSectionContent
    /// The template's own guidance for this section, which a finished report must replace.
    public var guidance: String?

    public init(
        key: String, kind: EvaluationKind, order: Int, level: Int, number: String, title: String,
        aliases: [String] = [], required: Bool, content: ReportSectionContent = .narrative,
        guidance: String? = nil
    ) {
        self.key = key
        self.kind = kind
        self.order = order
        self.level = level
        self.number = number
        self.title = title
        self.aliases = aliases
        self.required = required
        self.content = content
        self.guidance = guidance
    }

    /// Number and title as printed, e.g. `（一）部门职能`.
    public var heading: String { number + title }
}

/// What a report section shows besides the unit's narrative.
public enum ReportSectionContent: String, Codable, Sendable, CaseIterable {
    /// A heading that only groups the sections below it; it has no text of its own.
    case heading
    /// The unit's text only.
    case narrative
    /// Text plus the figures tables (收入/支出 and their parts, headcounts, computed indicators).
    case figures
    /// Text plus the score table (一级/二级/三级指标, 分值, 得分, 评分说明, 偏差原因).
    case scores
    /// Text plus the total score and grade.
    case conclusion
    /// Text plus the targets table (绩效指标: 一级/二级/三级, 性质, 指标值, 单位, 实际完成值, 分值, 得分, 偏差原因).
    case targets
}
