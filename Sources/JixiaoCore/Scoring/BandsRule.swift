/// A lookup of value ranges to scores; the first band containing the value wins.
enum BandsRule {
    static func score(_ bands: [Band], _ leaf: LeafInput) -> RuleOutcome {
        let value: ExactDecimal
        switch leaf.requireValue() {
        case .success(let number): value = number
        case .failure(let error): return error.outcome
        }
        guard let band = bands.first(where: { $0.contains(value) }) else {
            return .scored(.zero, leaf.valueText + "，不在任何评分区间内，得 0 分")
        }
        return .scored(band.score, leaf.valueText + "，属于区间 " + describe(band, leaf)
                       + "，得 " + DecimalText.points(band.score) + " 分")
    }

    /// `(0%, 10%]`, `= 0`, `≥ 90.00%`, `< 60.00%`.
    static func describe(_ band: Band, _ leaf: LeafInput) -> String {
        switch (band.lower, band.upper) {
        case let (lower?, upper?) where lower == upper:
            return "= " + leaf.show(lower)
        case let (lower?, upper?):
            return (band.lowerInclusive ? "[" : "(") + leaf.show(lower) + ", " + leaf.show(upper)
                + (band.upperInclusive ? "]" : ")")
        case let (lower?, nil):
            return (band.lowerInclusive ? "≥ " : "> ") + leaf.show(lower)
        case let (nil, upper?):
            return (band.upperInclusive ? "≤ " : "< ") + leaf.show(upper)
        case (nil, nil):
            return "（任意值）"
        }
    }
}
