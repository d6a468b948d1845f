/// A problem found in a framework: where it is (indicator path) and what is wrong.
public struct FrameworkIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// Indices from the top level down (`indicators[i].children[j]…`); empty for the framework itself.
    public var indexPath: [Int]
    /// Indicator names along `indexPath`, e.g. ["预算执行", "资金管理", "结转结余率"].
    public var namePath: [String]
    /// The field the problem is in (`max`, `rule`, `value`, `id`, …), when there is one.
    public var field: String?
    /// Chinese message for users.
    public var message: String

    public init(
        severity: Severity, indexPath: [Int] = [], namePath: [String] = [], field: String? = nil,
        message: String
    ) {
        self.severity = severity
        self.indexPath = indexPath
        self.namePath = namePath
        self.field = field
        self.message = message
    }

    /// The indicator path as users read it: 预算执行 › 资金管理 › 结转结余率.
    public var pathText: String { namePath.joined(separator: " › ") }

    public var description: String {
        let label = severity == .error ? "错误" : "警告"
        return pathText.isEmpty ? "\(label)：\(message)" : "\(label)：\(pathText)：\(message)"
    }
}
