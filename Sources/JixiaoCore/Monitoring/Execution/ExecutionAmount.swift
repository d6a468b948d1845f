/// An executed amount as written in a cell, converted exactly to 万元.
enum ExecutionAmount {
    enum Failure: Error, Equatable {
        case unreadable, negative, tooBig
        case tooPrecise(places: Int)
    }

    /// Reads `text` (thousands separators, full-width digits, a trailing 元/万元 matching the
    /// header allowed); `inYuan` divides by 10,000, which is exact at two decimals of 元.
    static func parse(_ text: String, inYuan: Bool) -> Result<ExactDecimal, Failure> {
        var body = HalfWidth.fold(text).filter { !$0.isWhitespace }
        for unit in ["万元", "元"] where body.hasSuffix(unit) {
            guard (unit == "元") == inYuan else { return .failure(.unreadable) }
            body.removeLast(unit.count)
            break
        }
        var negative = false
        if body.hasPrefix("-") {
            negative = true
            body.removeFirst()
        } else if body.hasPrefix("("), body.hasSuffix(")"), body.count > 2 {
            // Accounting negatives: (1,200.00).
            negative = true
            body = String(body.dropFirst().dropLast())
        }
        guard !body.hasPrefix("-"), !body.hasPrefix("+"), let number = MoneyParser.parseNumber(body) else {
            return .failure(.unreadable)
        }
        if negative && !number.value.isZero { return .failure(.negative) }
        let places = inYuan ? ExecutionRules.maxYuanPlaces : ExecutionRules.maxWanYuanPlaces
        if number.value.significantDecimalPlaces > places { return .failure(.tooPrecise(places: places)) }
        guard number.value <= ExecutionRules.maxAmount else { return .failure(.tooBig) }
        guard inYuan else { return .success(number.value) }
        guard let wan = number.value.divided(by: 10_000) else { return .failure(.tooBig) }
        return .success(wan)
    }
}
