/// Amounts, counts and scores that cannot be negative (checks.md `figure.negative`,
/// `score.negative`): each negative one is an error at its field, and nothing is
/// changed silently (the scorer still floors a negative score at 0, and says so).
public enum SignCheck {
    /// Catalogue figures that may be negative: a balance carried over can be a deficit.
    /// Rates are not checked (a change rate may fall).
    public static let mayBeNegative: Set<String> = ["carryoverStart", "carryoverEnd", "carryoverLastYearEnd"]

    /// True when the catalogue figure `id` cannot be negative.
    public static func mustNotBeNegative(_ id: String) -> Bool {
        guard let definition = FigureCatalog.definition(id) else { return false }
        return definition.unit != "比率" && !mayBeNegative.contains(id)
    }

    /// The negative figures and self-scores of `evaluation`, figures in catalogue order.
    public static func findings(_ evaluation: Evaluation) -> [Finding] {
        var findings: [Finding] = []
        for definition in FigureCatalog.all where mustNotBeNegative(definition.id) {
            guard let value = evaluation.figures.values[definition.id], value < .zero else { continue }
            findings.append(
                CheckCatalog.finding(
                    "figure.negative", CheckMessages.negativeFigure(label: definition.label, value: value, unit: definition.unit),
                    path: .figure(definition.id)))
        }
        for id in evaluation.indicators.keys.sorted() {
            guard let score = evaluation.indicators[id]?.selfScore, score < .zero else { continue }
            findings.append(
                CheckCatalog.finding(
                    "score.negative", CheckMessages.negativeScore(indicator: id, score: score),
                    path: .indicator(id, .selfScore)))
        }
        if let total = evaluation.statedTotal, total < .zero {
            findings.append(CheckCatalog.finding("score.negative", CheckMessages.negativeStatedTotal(total), path: .statedTotal))
        }
        return findings
    }
}
