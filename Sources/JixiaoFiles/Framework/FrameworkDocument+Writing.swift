import JixiaoCore

extension FrameworkDocument {
    /// The file shape of `framework` (what `FrameworkWriter` writes).
    init(_ framework: Framework) {
        id = framework.id
        title = framework.title
        kind = framework.kind.rawValue
        region = framework.region
        year = framework.year
        source = framework.source
        total = ScoreNumber(framework.total)
        let defaults = FrameworkParameters()
        parameters = framework.parameters == defaults ? nil : ParametersDocument(framework.parameters)
        indicators = framework.indicators.map(IndicatorDocument.init)
    }
}

extension ParametersDocument {
    init(_ parameters: FrameworkParameters) {
        inverseFormula = parameters.inverseFormula.rawValue
        executionDenominator = parameters.executionDenominator
        overshootExplanationRatio = RateText(parameters.overshootExplanationRatio)
        penaliseOvershoot = parameters.penaliseOvershoot
    }
}

extension IndicatorDocument {
    init(_ indicator: Indicator) {
        id = indicator.id == indicator.name ? nil : indicator.id
        name = indicator.name
        max = ScoreNumber(indicator.max)
        children = indicator.children.isEmpty ? nil : indicator.children.map(IndicatorDocument.init)
        value = indicator.value
        rule = indicator.rule.map(RuleDocument.init)
        criteria = indicator.criteria
        note = indicator.note
        provisional = indicator.provisional ? true : nil
        fromTargets = indicator.fromTargets ? true : nil
    }
}

extension RuleDocument {
    init(_ rule: ScoringRule) {
        kind = rule.kindName
        switch rule {
        case .proportional(let direction, let target, let inverse):
            self.direction = direction.rawValue
            self.target = target
            self.inverse = inverse?.rawValue
        case .thresholdStep(let standard, let side, let deduct, let per, let partialSteps):
            self.standard = RateText(standard)
            self.side = side.rawValue
            self.deduct = ScoreNumber(deduct)
            self.per = RateText(per)
            partial = partialSteps ? true : nil
        case .bands(let bands):
            self.bands = bands.map(BandDocument.init)
        case .checklist(let items):
            self.items = items.map { ChecklistItemDocument(name: $0.name, points: ScoreNumber($0.points)) }
        case .deductions(let perBreach):
            self.perBreach = ScoreNumber(perBreach)
        case .qualitative, .manual:
            break
        }
    }
}

extension BandDocument {
    init(_ band: Band) {
        score = ScoreNumber(band.score)
        if let lower = band.lower, band.upper == lower, band.lowerInclusive, band.upperInclusive {
            equals = RateText(lower)
            return
        }
        lower = band.lower.map(RateText.init)
        upper = band.upper.map(RateText.init)
        include = [band.lowerInclusive ? "lower" : nil, band.upperInclusive ? "upper" : nil].compactMap { $0 }
    }
}
