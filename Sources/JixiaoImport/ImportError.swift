/// Why a report could not be read. `message` is a one-line Chinese reason for users.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notUTF8(path: String)
    case notZip(path: String)
    case truncated(path: String)
    case tooLarge(path: String, detail: String)
    case unsafeEntry(path: String, entry: String)
    case forbiddenDTD(path: String)
    case missingDocument(path: String)
    case malformedXML(path: String, detail: String)
    case unsupportedFormat(path: String, ext: String)
    case pdfToolMissing(path: String)
    case pdfFailed(path: String, detail: String)

    /// The one-line reason shown on stderr.
    public var message: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path)：无法读取（\(reason)）"
        case .notUTF8(let path): return "\(path)：不是有效的 UTF-8 文本（请另存为 UTF-8 编码）"
        case .notZip(let path): return "\(path)：不是有效的 .docx 文件（不是 ZIP 压缩包）"
        case .truncated(let path): return "\(path)：.docx 文件已损坏或不完整（压缩包被截断）"
        case .tooLarge(let path, let detail): return "\(path)：.docx 文件超出安全限制，拒绝读取（\(detail)）"
        case .unsafeEntry(let path, let entry): return "\(path)：.docx 含有不安全的路径「\(entry)」，拒绝读取"
        case .forbiddenDTD(let path): return "\(path)：.docx 的 XML 含有 DOCTYPE/ENTITY 声明，拒绝读取"
        case .missingDocument(let path): return "\(path)：.docx 中没有 word/document.xml 正文"
        case .malformedXML(let path, let detail): return "\(path)：.docx 正文 XML 格式错误（\(detail)）"
        case .unsupportedFormat(let path, let ext): return "\(path)：不支持的文件类型「.\(ext)」（支持 .txt .md .docx .pdf）"
        case .pdfToolMissing(let path): return "\(path)：读取 PDF 需要 pdftotext，请安装 Debian 软件包 poppler-utils（apt-get install poppler-utils）"
        case .pdfFailed(let path, let detail): return "\(path)：pdftotext 无法读取该 PDF（\(detail)）"
        }
    }

    public var description: String { message }
}
