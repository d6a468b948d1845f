/// The findings the scorer raises, each with its severity looked up once
/// (`CheckCatalog.finding` hashes the rule id on every call).
enum ScoringFinding {
    static let figureMissing = Kind("figure.missing")
    static let overMax = Kind("score.over-max")
    static let unsupported = Kind("score.unsupported")
    static let deviationMissing = Kind("deviation.missing")
    static let invalid = Kind("indicator.invalid")
    static let totalMismatch = Kind("score.total-mismatch")

    /// One rule of the catalogue; call it with a message and a field to make a finding.
    struct Kind: Sendable {
        let rule: String
        let severity: Severity

        init(_ rule: String) {
            self.rule = rule
            severity = CheckCatalog.entry(rule)?.severity ?? .warning
        }

        func callAsFunction(_ message: String, field: String?) -> Finding {
            Finding(rule: rule, severity: severity, message: message, location: FindingLocation(field: field))
        }

        /// A finding whose message is rendered when read.
        func callAsFunction(_ message: Explanation, field: String?) -> Finding {
            Finding(rule: rule, severity: severity, messageParts: message, location: FindingLocation(field: field))
        }

        /// A finding whose message is rendered when read.
        func callAsFunction(_ message: FindingText, field: String?) -> Finding {
            Finding(
                rule: rule, severity: severity, messageParts: Explanation(storage: .finding(message)),
                location: FindingLocation(field: field))
        }
    }
}
