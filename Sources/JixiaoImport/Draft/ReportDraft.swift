import Foundation
import JixiaoCore

/// A report read into a draft evaluation: the one import path of the CLI, the web upload
/// and the tests. The report's own facts decide (its year, its sections by heading, its item
/// scores, targets and figures); what the filer chose fills the rest, and every place where
/// the report overrode the choice, or stated something that could not be kept, is a notice.
public struct ReportDraft: Sendable {
    /// The draft: `base` with everything the report states.
    public var evaluation: Evaluation
    /// The findings of the document checks (`jixiao check`).
    public var findings: [Finding]
    /// Chinese notes for the filer (the report's year differs from the one chosen, a score
    /// above its maximum was left out, …).
    public var notices: [String]

    /// Most UTF-8 bytes of text kept of all sections together (and of the whole text when no
    /// section is found); the facts and checks read the whole document.
    public static let maxKeptText = 200 * 1024

    /// Reads a report given as bytes (`ext`: txt, md, docx) into a draft based on `base`,
    /// scoring items against `framework` when given.
    public static func read(
        data: Data, ext: String, filename: String, base: Evaluation,
        framework: Framework?
    ) throws -> ReportDraft {
        // The lines as read are kept: section texts are the unit's words as written, not the
        // normalised text the facts are read from (half-width punctuation, spaces dropped).
        if ext == "docx" {
            let lines = try DocxReader.lines(data: data, path: filename)
            return ReportDraft(
                analysis: ReportAnalysis(lines: lines), base: base, framework: framework,
                filename: filename, lines: lines)
        }
        let (lines, marks) = try ReportReader.textLines(data, path: filename)
        // Markdown's marks (#, **) are not the unit's words: its sections keep the normalised text.
        return ReportDraft(
            analysis: ReportAnalysis(document: Normaliser.normalise(lines: lines, marks: marks)), base: base,
            framework: framework, filename: filename,
            lines: ext == "md" || ext == "markdown" ? nil : writtenLines(data, count: lines.count))
    }

    /// The text's lines as written: the lines facts are read from have full-width forms
    /// folded already (（ → (, ， → ,). Nil when they do not line up with those.
    static func writtenLines(_ data: Data, count: Int) -> [[Unicode.Scalar]]? {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        let trimmed = lines.last?.isEmpty == true && lines.count == count + 1 ? Array(lines.dropLast()) : lines
        return trimmed.count == count ? trimmed : nil
    }

    /// The draft of an analysed report; `lines` are the lines it was read from (section
    /// texts are taken from them), else the normalised text is used.
    public init(
        analysis: ReportAnalysis, base: Evaluation, framework: Framework?, filename: String,
        lines: [[Unicode.Scalar]]? = nil
    ) {
        var mapper = DraftMapper(analysis: analysis, draft: base, framework: framework, lines: lines)
        mapper.mapYear()
        mapper.mapFiling()
        mapper.mapFigures()
        mapper.mapTargets()
        mapper.mapScores()
        mapper.mapSections(filename: filename)
        mapper.mapProject()
        evaluation = mapper.draft
        findings = analysis.findings
        notices = mapper.notices
    }
}

/// Carries the draft while each part of the report is mapped onto it (one file per part).
struct DraftMapper {
    let analysis: ReportAnalysis
    var draft: Evaluation
    let framework: Framework?
    /// The input lines (1-based line n is `lines[n - 1]`), when known.
    let lines: [[Unicode.Scalar]]?
    var notices: [String] = []

    var facts: ReportFacts { analysis.facts }

    /// The report's year decides: a draft about 2023 must not be filed as 2025.
    mutating func mapYear() {
        guard let year = facts.fiscalYear?.value, DraftMessages.years.contains(year), year != draft.fiscalYear else { return }
        notices.append(DraftMessages.yearFromReport(report: year, chosen: draft.fiscalYear))
        draft.fiscalYear = year
    }

    mutating func mapFiling() {
        draft.filing = Filing(
            filedBy: facts.filedBy?.value ?? draft.filing.filedBy, phone: facts.phone?.value ?? draft.filing.phone,
            filedOn: facts.filedOn.map { Self.isoDate($0.value) } ?? draft.filing.filedOn)
        if draft.unit.name.isEmpty, let name = facts.unitName?.value { draft.unit.name = name }
        if let total = facts.selfScore?.value, total >= .zero, total <= 1000 { draft.statedTotal = total }
    }

    /// 2024年4月15日 → 2024-04-15 when it is a valid date; other text as written.
    static func isoDate(_ text: String) -> String {
        CalendarDate(text).flatMap { $0.isValid ? $0.iso : nil } ?? text
    }
}
