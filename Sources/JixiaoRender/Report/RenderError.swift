/// Why a report could not be written.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    case zipFailed

    public var description: String {
        switch self {
        case .zipFailed: return "无法生成压缩文件（.docx/.xlsx）"
        }
    }
}
