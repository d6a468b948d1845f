/// A lookup of value ranges to scores; the first band containing the value wins.
enum BandsRule {
    static func score(_ bands: [Band], _ leaf: LeafInput) -> RuleOutcome {
        let value: ExactDecimal
        switch leaf.requireValue() {
        case .success(let number): value = number
        case .failure(let error): return error.outcome
        }
        guard let band = bands.first(where: { $0.contains(value) }) else {
            return .scored(.zero, Explanation(leaf.lead, "，不在任何评分区间内，得 0 分"))
        }
        return .scored(
            band.score,
            Explanation(
                parts: [leaf.lead, "，在“"] + describe(band, leaf.style)
                    + ["”档，得 ", .points(band.score), " 分"]))
    }

    /// The band as a finance officer writes it: `高于 0.00%、不超过 10.00%`, `等于 0.00%`,
    /// `不低于 90.00%`, `低于 60.00%`.
    static func describe(_ band: Band, _ style: ValueStyle) -> [Explanation.Part] {
        switch (band.lower, band.upper) {
        case (let lower?, let upper?) where lower == upper:
            return ["等于 ", style.part(lower)]
        case (let lower?, let upper?):
            return [
                band.lowerInclusive ? "不低于 " : "高于 ", style.part(lower), band.upperInclusive ? "、不超过 " : "、低于 ",
                style.part(upper),
            ]
        case (let lower?, nil):
            return [band.lowerInclusive ? "不低于 " : "高于 ", style.part(lower)]
        case (nil, let upper?):
            return [band.upperInclusive ? "不超过 " : "低于 ", style.part(upper)]
        case (nil, nil):
            return ["任意值"]
        }
    }
}
