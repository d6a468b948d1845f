import Foundation
import JixiaoCore
import JixiaoImport

/// Reads an uploaded report with JixiaoImport: the facts prefill the draft (filing,
/// amounts, headcounts, stated total, targets), the whole text is kept as one narrative
/// section, and the document checks of `jixiao check` come back as findings.
public struct DocumentImporter: ReportImporter {
    public init() {}

    public let extensions: Set<String> = ["txt", "md", "docx"]
    /// Most UTF-8 bytes of the report's text kept with the draft; the rest is summarised
    /// in one line (the facts and checks above read the whole document).
    public static let maxKeptText = 200 * 1024

    public func read(_ data: [UInt8], filename: String, base: Evaluation) throws -> ImportedReport {
        let ext = (filename as NSString).pathExtension.lowercased()
        let lines = try ReportReader.lines(data: Data(data), ext: ext, path: filename)
        let analysis = ReportAnalysis(lines: lines)
        let facts = analysis.facts
        var draft = base
        draft.filing = Filing(filedBy: facts.filedBy?.value, phone: facts.phone?.value, filedOn: facts.filedOn?.value)
        for (id, amounts) in facts.amounts {
            if let amount = amounts.first { draft.figures.values[id] = amount.value.value }
        }
        if let staff = facts.staffAuthorized { draft.figures.values["staffAuthorized"] = ExactDecimal(staff.value) }
        if let staff = facts.staffActual { draft.figures.values["staffActual"] = ExactDecimal(staff.value) }
        draft.statedTotal = facts.selfScore?.value
        draft.targets = facts.targets.prefix(EvaluationRules.maxTargets).map {
            Target(name: $0.name, direction: $0.direction ?? .atLeast, targetValue: $0.value, unit: $0.unit)
        }
        let text = Self.kept(lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n"))
        draft.narrative.append(NarrativeSection(key: "report", title: "上传的报告全文（\(filename)）", text: text))
        return ImportedReport(draft: draft, findings: analysis.findings)
    }

    /// `text` cut to `maxKeptText` bytes at a line (or character) end, with a summary of the rest.
    static func kept(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > maxKeptText else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: maxKeptText)
        while end > utf8.startIndex && end.samePosition(in: text.unicodeScalars) == nil { end = utf8.index(before: end) }
        var head = text[..<end]
        if let lastLine = head.lastIndex(of: "\n") { head = head[..<lastLine] }
        let rest = text[head.endIndex...]
        let lines = rest.split(separator: "\n", omittingEmptySubsequences: false).count
        return head + "\n\n（全文过长，以下 \(rest.count) 字、约 \(lines) 行未保存；请以上传的原文件为准。）"
    }
}
