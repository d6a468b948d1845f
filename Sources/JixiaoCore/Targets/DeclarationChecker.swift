/// Applies the checks of cycle.md §1 to a `TargetDeclaration`. Findings point at fields:
/// `funds.total`, `period.start`, `targets`, `targets.3.direction` (rows numbered from 1).
public struct DeclarationChecker: Sendable {
    public var rules: DeclarationRules
    public var library: IndicatorLibrary

    public init(rules: DeclarationRules = .standard, library: IndicatorLibrary = IndicatorLibrary()) {
        self.rules = rules
        self.library = library
    }

    /// Every finding for `declaration`: the header (funds, period), each row, then the table as a whole.
    public func check(_ declaration: TargetDeclaration) -> [Finding] {
        var findings = fundFindings(declaration) + periodFindings(declaration)
        for (index, row) in declaration.rows.enumerated() {
            findings += rowFindings(row, index: index, declaration: declaration)
        }
        findings += duplicateFindings(declaration) + weightFindings(declaration)
        findings += dimensionFindings(declaration) + coreFindings(declaration)
        return findings
    }

    /// A finding of `rule` with the catalogue's severity, or the one these rules set.
    func finding(_ rule: String, _ message: String, field: String) -> Finding {
        var finding = CheckCatalog.finding(rule, message, field: field)
        if let severity = rules.severities[rule] { finding.severity = severity }
        return finding
    }

    static func field(_ index: Int, _ key: String? = nil) -> String {
        "targets.\(index + 1)" + (key.map { ".\($0)" } ?? "")
    }

    /// True when the row's second level (or, without one, its first) contains one of `words`.
    func level(_ row: DeclaredRow, in words: [String]) -> String? {
        let levels = row.target.levels.reversed()
        return levels.first { level in words.contains { level.hasScalars($0) } }
    }
}
