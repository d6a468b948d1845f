/// Why an uploaded workbook could not be read at all (cells that cannot be read are listed
/// apart, by the caller that knows what each cell means).
public enum XlsxReadError: Error, Sendable, Equatable {
    case notXlsx
    case damaged
    case tooLarge(String)
    case unsafe(String)
    case malformedXML(String)

    /// The reason in Chinese, for the page.
    public var message: String {
        switch self {
        case .notXlsx: return "上传的文件不是 .xlsx 工作簿（不是 ZIP 压缩包）"
        case .damaged: return "上传的 .xlsx 文件已损坏或不完整"
        case .tooLarge(let detail): return "上传的 .xlsx 文件超出安全限制，拒绝读取（\(detail)）"
        case .unsafe(let detail): return "上传的 .xlsx 文件含有不安全的内容，拒绝读取（\(detail)）"
        case .malformedXML(let part): return "上传的 .xlsx 文件中「\(part)」的 XML 格式错误"
        }
    }
}
