extension FrameworkValidator {
    /// Errors for scores above the maximum and empty bands; warnings for overlaps and gaps.
    func bandProblems(_ bands: [Band], max: ExactDecimal) -> [RuleProblem] {
        guard !bands.isEmpty else { return [.init(severity: .error, message: FrameworkMessages.noBands)] }
        var problems: [RuleProblem] = []
        for (offset, band) in bands.enumerated() {
            if band.score > max || band.score.isNegative {
                problems.append(.init(severity: .error, message: FrameworkMessages.bandScoreOverMax(band.score, max: max)))
            }
            if let lower = band.lower, let upper = band.upper,
                lower > upper || (lower == upper && !(band.lowerInclusive && band.upperInclusive))
            {
                problems.append(.init(severity: .error, message: FrameworkMessages.bandEmpty(offset + 1)))
            }
        }
        // Bands are numbered as written; compare neighbours in ascending order of their lower end.
        let order = bands.indices.sorted { Self.lowerEndPrecedes(bands[$0], bands[$1]) }
        for (a, b) in zip(order, order.dropFirst()) {
            let first = bands[a], second = bands[b]
            guard let upper = first.upper else {
                problems.append(.init(severity: .warning, message: FrameworkMessages.bandsOverlap(a + 1, b + 1)))
                continue
            }
            guard let lower = second.lower else {
                problems.append(.init(severity: .warning, message: FrameworkMessages.bandsOverlap(a + 1, b + 1)))
                continue
            }
            if upper > lower || (upper == lower && first.upperInclusive && second.lowerInclusive) {
                problems.append(.init(severity: .warning, message: FrameworkMessages.bandsOverlap(a + 1, b + 1)))
            } else if upper < lower || (upper == lower && !first.upperInclusive && !second.lowerInclusive) {
                problems.append(.init(severity: .warning, message: FrameworkMessages.bandsGap(a + 1, b + 1)))
            }
        }
        return problems
    }

    /// Open lower ends come first; an included end precedes an excluded one at the same value.
    private static func lowerEndPrecedes(_ x: Band, _ y: Band) -> Bool {
        switch (x.lower, y.lower) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let a?, let b?): return a < b || (a == b && x.lowerInclusive && !y.lowerInclusive)
        }
    }
}
