import JixiaoCore

/// What an uploaded report yields: a draft prefilled from it and the findings of its checks.
public struct ImportedReport: Sendable {
    public var draft: Evaluation
    public var findings: [Finding]
}

/// Reads an uploaded report document into a draft (the importer plugs in here).
public protocol ReportImporter: Sendable {
    /// File extensions it reads, lower-case without the dot.
    var extensions: Set<String> { get }
    /// Reads `data` (named `filename`) into a draft based on `base`.
    func read(_ data: [UInt8], filename: String, base: Evaluation) throws -> ImportedReport
}

/// The importer used until the report reader is merged: plain text and Markdown only;
/// it keeps the whole text as one narrative section and reads the filing lines.
public struct InterimImporter: ReportImporter {
    public init() {}

    public let extensions: Set<String> = ["txt", "md"]

    public func read(_ data: [UInt8], filename: String, base: Evaluation) throws -> ImportedReport {
        let text = String(decoding: data, as: UTF8.self)
        var draft = base
        for line in text.split(whereSeparator: \.isNewline).map({ String($0).trimmedSpaces }) {
            if let value = Self.value(of: "填报人", in: line), draft.filing.filedBy == nil { draft.filing.filedBy = value }
            if let value = Self.value(of: "联系电话", in: line), draft.filing.phone == nil { draft.filing.phone = value }
        }
        draft.narrative.append(NarrativeSection(key: "report", title: "上传的报告全文", text: text))
        return ImportedReport(draft: draft, findings: [])
    }

    static func value(of label: String, in line: String) -> String? {
        guard line.hasPrefix(label) else { return nil }
        let rest = line.dropFirst(label.count).drop { $0 == "：" || $0 == ":" || $0.isWhitespace }
        return rest.isEmpty ? nil : String(rest)
    }
}
