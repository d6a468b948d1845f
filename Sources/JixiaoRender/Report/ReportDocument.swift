import JixiaoCore

/// The one content model of a self-evaluation report. Every output format
/// (.docx, .xlsx, HTML, Markdown) renders this value and nothing else, so the
/// formats can never disagree with each other or with the evaluation.
///
/// All text in it is already cleaned by `UserText.clean`; each format escapes it.
public struct ReportDocument: Sendable, Hashable {
    public var kind: EvaluationKind
    /// The title line, e.g. XX局2023年度部门整体支出绩效自评报告.
    public var title: String
    /// The cover/header block: 部门名称, 填报人, 联系电话, 填报日期 …
    public var meta: [ReportField]
    /// The body, in reading order.
    public var blocks: [ReportBlock]
    /// The signature block at the end.
    public var signature: ReportSignature
    /// Total, maximum and grade as scored.
    public var summary: ReportSummary
    /// Problems found while building (e.g. `section.missing`), for the caller to show.
    public var findings: [Finding]

    /// Every table of the report, in order.
    public var tables: [ReportTable] {
        blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }
}

/// A labelled value of the header block; a nil value is a visible gap.
public struct ReportField: Sendable, Hashable {
    public var label: String
    public var value: String?

    public init(label: String, value: String?) {
        self.label = label
        self.value = value
    }
}

/// 单位名称 and 日期 under the report.
public struct ReportSignature: Sendable, Hashable {
    public var unitName: String
    /// The date as printed (2024年4月15日), nil when not filed.
    public var date: String?
}

/// The scored outcome the report states.
public struct ReportSummary: Sendable, Hashable {
    public var total: ExactDecimal
    public var maxTotal: ExactDecimal
    public var grade: Grade
    /// True when indicators were excluded and the total rescaled.
    public var rescaled: Bool
    /// False when no indicator could be scored (no data, no self-scores): the
    /// report then states no total and no grade.
    public var scored: Bool
}

/// One piece of the body.
public enum ReportBlock: Sendable, Hashable {
    /// A heading; `level` 1 is 一、 (黑体), 2 is （一） (楷体).
    case heading(level: Int, text: String)
    /// A paragraph of body text (one line of the user's text).
    case paragraph(String)
    /// A visible gap where required content is missing; the text says what is missing.
    case gap(String)
    /// A table.
    case table(ReportTable)
}
