import JixiaoCore

extension EvaluationDocument {
    /// The document of `evaluation`: figures in catalogue order, indicators in `indicatorOrder`
    /// (framework order) and then by key.
    init(_ evaluation: Evaluation, indicatorOrder: [String] = []) {
        id = evaluation.id
        unit = UnitDocument(evaluation.unit)
        fiscalYear = evaluation.fiscalYear
        kind = evaluation.kind.rawValue
        frameworkID = evaluation.frameworkID
        status = evaluation.status.rawValue
        filing = evaluation.filing == Filing() ? nil : evaluation.filing
        project = evaluation.project
        let catalogueOrder = Dictionary(uniqueKeysWithValues: FigureCatalog.all.enumerated().map { ($1.id, $0) })
        let figureKeys = evaluation.figures.values.keys.sorted {
            (catalogueOrder[$0] ?? Int.max, $0) < (catalogueOrder[$1] ?? Int.max, $1)
        }
        figures =
            figureKeys.isEmpty
            ? nil
            : OrderedMap(
                figureKeys.compactMap { key in
                    evaluation.figures.values[key].map { (key, FigureText($0)) }
                })
        targets = evaluation.targets.isEmpty ? nil : evaluation.targets.map(TargetDocument.init)
        let position = Dictionary(indicatorOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let indicatorKeys = evaluation.indicators.keys.sorted {
            (position[$0] ?? Int.max, $0) < (position[$1] ?? Int.max, $1)
        }
        indicators =
            indicatorKeys.isEmpty
            ? nil
            : OrderedMap(
                indicatorKeys.compactMap { key in
                    evaluation.indicators[key].map { (key, IndicatorInputDocument($0)) }
                })
        narrative = evaluation.narrative.isEmpty ? nil : evaluation.narrative
        statedTotal = evaluation.statedTotal.map(ScoreNumber.init)
    }
}

extension TargetDocument {
    init(_ target: Target) {
        id = target.id == target.name ? nil : target.id
        levels = target.levels.isEmpty ? nil : target.levels
        name = target.name
        direction = target.direction.rawValue
        self.target = target.targetValue?.description ?? target.targetText
        unit = target.unit
        actual = target.actualValue?.description ?? target.actualText
        maxScore = target.maxScore.map(ScoreNumber.init)
        outcome = target.outcome?.rawValue
        deviationNote = target.deviationNote
    }
}

extension IndicatorInputDocument {
    init(_ input: IndicatorInput) {
        selfScore = input.selfScore.map(ScoreNumber.init)
        checked = input.checked
        breaches = input.breaches
        outcome = input.outcome?.rawValue
        note = input.note
        notApplicable = input.notApplicable
    }
}
