import Foundation
import JixiaoCore
import JixiaoImport

/// Reads an uploaded report with JixiaoImport's one import path (`ReportDraft`: the
/// report's year, filing, figures, targets, item scores and section texts), with the
/// document checks of `jixiao check` as findings.
public struct DocumentImporter: ReportImporter {
    public init() {}

    public let extensions: Set<String> = ["txt", "md", "docx"]
    /// Most UTF-8 bytes of section text kept in a draft (see `ReportDraft.maxKeptText`).
    public static let maxKeptText = ReportDraft.maxKeptText

    public func read(_ data: [UInt8], filename: String, base: Evaluation, framework: Framework?) throws -> ImportedReport {
        let ext = (filename as NSString).pathExtension.lowercased()
        let read = try ReportDraft.read(data: Data(data), ext: ext, filename: filename, base: base, framework: framework)
        var draft = read.evaluation
        draft.targets = Array(draft.targets.prefix(EvaluationRules.maxTargets))
        return ImportedReport(draft: draft, findings: read.findings, notices: read.notices)
    }
}
