import JixiaoCore

/// The file shape of a framework (YAML or JSON), documented in docs/framework-format.md.
/// Everything is optional here so that the converter can report every missing field at once.
struct FrameworkDocument: Codable {
    var id: String?
    var title: String?
    var kind: String?
    var region: String?
    var year: Int?
    var source: String?
    var total: ScoreNumber?
    var parameters: ParametersDocument?
    var indicators: [IndicatorDocument]?
}

/// `parameters:` of a framework file.
struct ParametersDocument: Codable {
    var inverseFormula: String?
    var executionDenominator: String?
    var overshootExplanationRatio: RateText?
    var penaliseOvershoot: Bool?
}

/// One indicator: a heading with `children`, a leaf with `rule`, or a heading `fromTargets`.
struct IndicatorDocument: Codable {
    var id: String?
    var name: String?
    var max: ScoreNumber?
    var children: [IndicatorDocument]?
    var value: String?
    var rule: RuleDocument?
    var criteria: String?
    var note: String?
    var provisional: Bool?
    var fromTargets: Bool?
}

/// `rule:` of a leaf; which keys matter depends on `kind`.
struct RuleDocument: Codable {
    var kind: String?
    /// proportional
    var direction: String?
    var target: String?
    var inverse: String?
    /// thresholdStep
    var standard: RateText?
    var side: String?
    var deduct: ScoreNumber?
    var per: RateText?
    var partial: Bool?
    /// bands
    var bands: [BandDocument]?
    /// checklist
    var items: [ChecklistItemDocument]?
    /// deductions
    var perBreach: ScoreNumber?
}

/// One band: `lower`/`upper` (open when absent) or `equals`; which ends are included is
/// said by `include: [lower, upper]` or by the flags `含下限`/`含上限` (default: [lower, upper)).
struct BandDocument: Codable {
    var lower: RateText?
    var upper: RateText?
    var equals: RateText?
    var include: [String]?
    var lowerIncluded: Bool?
    var upperIncluded: Bool?
    var score: ScoreNumber?

    enum CodingKeys: String, CodingKey {
        case lower, upper, equals, include, score
        case lowerIncluded = "含下限"
        case upperIncluded = "含上限"
    }
}

/// One checklist item.
struct ChecklistItemDocument: Codable {
    var name: String?
    var points: ScoreNumber?
}
