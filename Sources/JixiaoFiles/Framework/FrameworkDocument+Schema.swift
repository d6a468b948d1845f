extension FrameworkDocument {
    /// The keys a framework file may use.
    static let schema: KeySchema = {
        let band = KeySchema.keys(["lower", "upper", "equals", "include", "含下限", "含上限", "score"])
        let rule = KeySchema.keys(
            [
                "kind", "direction", "target", "inverse", "standard", "side", "deduct", "per", "partial", "bands", "items",
                "perBreach",
            ],
            ["bands": .list(band), "items": .list(.keys(["name", "points"]))])
        let indicatorKeys = ["id", "name", "max", "children", "value", "rule", "criteria", "note", "provisional", "fromTargets"]
        // Indicators nest; six levels cover every table in use (deeper keys are not checked).
        var indicator = KeySchema.keys(indicatorKeys, ["rule": rule])
        for _ in 0..<5 { indicator = .keys(indicatorKeys, ["rule": rule, "children": .list(indicator)]) }
        return .keys(
            ["id", "title", "kind", "region", "year", "source", "total", "parameters", "indicators"],
            [
                "parameters": .keys(["inverseFormula", "executionDenominator", "overshootExplanationRatio", "penaliseOvershoot"]),
                "indicators": .list(indicator),
            ])
    }()
}
