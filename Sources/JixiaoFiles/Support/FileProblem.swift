import JixiaoCore

/// One problem in an input file, compiler style: `file:line:column: 错误：path：message`.
public struct FileProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    /// The file as the user named it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// Indicator path (预算执行 › 资金管理 › 结转结余率) or field path (figures.incomeTotal).
    public var path: String?
    public var severity: Severity
    /// Chinese message.
    public var message: String

    public init(
        file: String, line: Int? = nil, column: Int? = nil, path: String? = nil,
        severity: Severity = .error, message: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.severity = severity
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let label = severity == .error ? "错误" : "警告"
        let field = path.map { "\($0)：" } ?? ""
        return "\(location): \(label)：\(field)\(message)"
    }
}

/// A file that could not be used: unreadable (missing, bad encoding) or invalid (syntax, schema, rules).
public struct FileError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// The bytes could not be read or decoded as text (CLI exit 2).
        case unreadable
        /// The text was read but does not describe a valid document (CLI exit 1 for validation).
        case invalid
    }

    public var kind: Kind
    public var problems: [FileProblem]

    public init(_ kind: Kind, _ problems: [FileProblem]) {
        self.kind = kind
        self.problems = problems
    }

    public init(_ kind: Kind, file: String, message: String) {
        self.init(kind, [FileProblem(file: file, message: message)])
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
