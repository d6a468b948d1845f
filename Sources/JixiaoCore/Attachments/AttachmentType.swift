/// The kinds of file accepted as 佐证材料 (supporting documents), decided from the
/// file's content by `AttachmentSniffer`, never from its name or the client's content type.
public enum AttachmentType: String, Codable, Sendable, CaseIterable, Hashable {
    case pdf
    case png
    case jpeg
    case docx
    case xlsx

    /// The MIME type a download is sent with.
    public var contentType: String {
        switch self {
        case .pdf: return "application/pdf"
        case .png: return "image/png"
        case .jpeg: return "image/jpeg"
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    /// The extension a stored name ends with.
    public var fileExtension: String {
        switch self {
        case .jpeg: return "jpg"
        default: return rawValue
        }
    }

    /// Extensions that already name this type (a name ending otherwise gets `fileExtension` added).
    public var knownExtensions: Set<String> {
        switch self {
        case .jpeg: return ["jpg", "jpeg", "jpe"]
        default: return [rawValue]
        }
    }

    /// How the type is named to users.
    public var label: String {
        switch self {
        case .pdf: return "PDF"
        case .png: return "PNG 图片"
        case .jpeg: return "JPEG 图片"
        case .docx: return "Word 文档"
        case .xlsx: return "Excel 表格"
        }
    }

    /// The type of a MIME type this app wrote (`contentType`), e.g. when a backup is read.
    public init?(contentType: String) {
        guard let type = Self.allCases.first(where: { $0.contentType == contentType }) else { return nil }
        self = type
    }
}
