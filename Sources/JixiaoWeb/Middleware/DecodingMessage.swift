import Vapor

/// A Chinese message for a body or file that could not be decoded, naming the field by
/// its path in the document (`evaluation.figures.budgetAdjusted`, `targets[2].name`):
/// no Swift type names, coding keys or decoder paths reach a user.
enum DecodingMessage {
    /// Longest field path shown (a hostile document may nest keys deeply).
    static let maxPathLength = 120

    static func text(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "缺少字段 \(path(context.codingPath + [key]))。"
        case .typeMismatch(let type, let context):
            return "字段 \(path(context.codingPath)) 的类型不对，应为\(typeName(type))。"
        case .valueNotFound(let type, let context):
            return "字段 \(path(context.codingPath)) 缺少值，应为\(typeName(type))。"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "请求内容不是有效的 JSON 或表单。" }
            return "字段 \(path(context.codingPath)) 的值无效\(detail(context))。"
        @unknown default:
            return "请求内容无法解析。"
        }
    }

    /// The field path as a user wrote it: keys joined by dots, positions in brackets.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        if out.isEmpty { return "（根）" }
        return out.count > maxPathLength ? String(out.prefix(maxPathLength)) + "…" : out
    }

    /// A Chinese explanation our own decoders gave (ExactDecimal: 不是有效的数值：…), else nothing.
    private static func detail(_ context: DecodingError.Context) -> String {
        let text = context.debugDescription
        let chinese = text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
        guard chinese, !text.contains("Swift."), !text.contains("CodingKeys"), text.count <= 200 else { return "" }
        return "（\(text.hasSuffix("。") ? String(text.dropLast()) : text)）"
    }

    private static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "列表" }
        if name.hasPrefix("Dictionary") { return "对象" }
        switch name {
        case "String": return "文本"
        case "Int", "Int64", "Int32", "UInt", "UInt64": return "整数"
        case "Double", "Float", "ExactDecimal": return "数值"
        case "Bool": return "true 或 false"
        default: return "对象或取值"
        }
    }
}
