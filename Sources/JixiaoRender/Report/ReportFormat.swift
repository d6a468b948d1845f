import Foundation

/// The output formats of a report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case docx, xlsx, html, md

    /// The file extension.
    public var fileExtension: String { rawValue }

    /// The bytes of `report` in this format.
    public func render(_ report: ReportDocument) throws -> Data {
        switch self {
        case .docx: return try DocxRenderer.render(report)
        case .xlsx: return try XlsxRenderer.render(report)
        case .html: return Data(HtmlRenderer.render(report).utf8)
        case .md: return Data(MarkdownRenderer.render(report).utf8)
        }
    }
}
