extension ScoringRule {
    /// The rule kind's name as `frameworks.md` spells it: `proportional`, `thresholdStep`,
    /// `bands`, `checklist`, `deductions`, `qualitative`, `manual`.
    public var kind: String {
        switch self {
        case .proportional: return "proportional"
        case .thresholdStep: return "thresholdStep"
        case .bands: return "bands"
        case .checklist: return "checklist"
        case .deductions: return "deductions"
        case .qualitative: return "qualitative"
        case .manual: return "manual"
        }
    }
}
