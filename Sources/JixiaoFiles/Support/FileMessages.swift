/// The Chinese messages of file reading, kept together.
enum FileMessages {
    static func cannotOpen(_ reason: String) -> String { "无法读取文件：\(reason)" }
    static let notText = "文件不是 UTF-8 或 GB18030 编码的文本"
    static let empty = "文件为空"
    static let invalidValue = "值无效"
    static func tooLarge(_ bytes: Int) -> String { "文件过大：至多 \(bytes / 1024) KB" }
    static func tooManyNodes(_ nodes: Int) -> String {
        "文件展开后的项目过多（至多 \(nodes) 项；是否用了层层引用的锚点 & 与别名 *？）"
    }
    static func tooDeep(_ depth: Int) -> String { "文件嵌套过深（至多 \(depth) 层）" }
    static func unknownExtension(_ ext: String) -> String {
        "无法识别的文件类型「.\(ext)」，应为 .yaml、.yml、.json 或 .csv"
    }
    static func syntax(_ problem: String) -> String { "YAML/JSON 语法错误：\(problem)" }
    static func duplicateKeys(_ keys: [String]) -> String { "键重复：\(keys.joined(separator: "、"))" }
    static func missingKey(_ key: String) -> String { "缺少必填项「\(key)」" }
    static func wrongType(_ expected: String) -> String { "类型不对，应为\(expected)" }
    static func missingValue(_ expected: String) -> String { "缺少值，应为\(expected)" }
    static func notNumber(_ text: String) -> String { "「\(text)」不是有效的数值" }
    static func notRate(_ text: String) -> String { "「\(text)」不是有效的百分数或数值（如 10% 或 0.1）" }
    static func notFigure(_ text: String) -> String {
        "「\(text)」不是有效的数值、百分数或金额（如 563.02、92.64%、1,174.46万元）"
    }
    static func unknownValue(_ text: String, allowed: [String]) -> String {
        "「\(text)」无效，可选值：\(allowed.joined(separator: "、"))"
    }
    static func unknownKey(_ key: String) -> String { "未知的键「\(key)」，已忽略（是否拼写有误？）" }
    static func notFound(_ id: String) -> String { "找不到指标体系「\(id)」" }

    /// A Chinese name for the type a decoder expected.
    static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        // Yams names its node kinds (Sequence, Scalar, Mapping) where a collection or scalar was expected.
        if name.hasPrefix("Array") || name == "Sequence" { return "列表" }
        if name == "Scalar" { return "文本或数值" }
        if name.hasPrefix("Dictionary") { return "映射（键: 值）" }
        switch name {
        case "String": return "文本"
        case "Int": return "整数"
        case "Bool": return "true 或 false"
        default: return "映射（键: 值）"
        }
    }
}
