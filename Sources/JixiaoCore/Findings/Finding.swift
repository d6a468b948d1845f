/// How serious a finding is.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info, warning, error

    public var label: String {
        switch self {
        case .info: return "提示"
        case .warning: return "警告"
        case .error: return "错误"
        }
    }

    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Where a finding points: a line of a document, a field of an evaluation, or both.
public struct FindingLocation: Codable, Sendable, Hashable {
    /// 1-based line of the input as given (for .docx: paragraph number).
    public var line: Int?
    /// Field path in a structured evaluation, e.g. `figures.expenditureTotal`
    /// or `indicators.结转结余率.selfScore`.
    public var field: String?

    public init(line: Int? = nil, field: String? = nil) {
        self.line = line
        self.field = field
    }
}

/// A problem found by a check: the rule id of `checks.md`, its severity, a
/// Chinese message showing the figures and the arithmetic, and where it is.
public struct Finding: Sendable, Hashable {
    /// Stable rule id, e.g. `sum.expenditure`.
    public var rule: String
    public var severity: Severity
    public var message: String {
        get { messageParts.text }
        set { messageParts = Explanation(newValue) }
    }
    /// `message` as parts, rendered when read: scoring many evaluations raises
    /// findings whose messages are counted far more often than read.
    public var messageParts: Explanation
    public var location: FindingLocation

    public init(rule: String, severity: Severity, message: String, location: FindingLocation = .init()) {
        self.init(rule: rule, severity: severity, messageParts: Explanation(message), location: location)
    }

    /// A finding whose message is rendered from parts when read.
    public init(rule: String, severity: Severity, messageParts: Explanation, location: FindingLocation = .init()) {
        self.rule = rule
        self.severity = severity
        self.messageParts = messageParts
        self.location = location
    }

    /// True when this finding blocks submission of a structured evaluation.
    public var blocksSubmission: Bool { severity == .error || CheckCatalog.blocking.contains(rule) }
}
