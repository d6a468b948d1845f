/// 资金情况 of a declaration in 万元, each amount with the decimals it was written with
/// (the tolerance of `targets.funds`).
public struct DeclaredFunds: Codable, Sendable, Hashable {
    /// 资金总额.
    public var total: DeclaredAmount?
    /// 其中：财政资金.
    public var fiscal: DeclaredAmount?
    /// 其中：其他资金.
    public var other: DeclaredAmount?

    public init(total: DeclaredAmount? = nil, fiscal: DeclaredAmount? = nil, other: DeclaredAmount? = nil) {
        self.total = total
        self.fiscal = fiscal
        self.other = other
    }
}

/// An amount in 万元 and the number of decimals written (`120.00` → 2).
public struct DeclaredAmount: Codable, Sendable, Hashable {
    public var value: ExactDecimal
    public var places: Int

    public init(value: ExactDecimal, places: Int = 2) {
        self.value = value
        self.places = max(0, min(places, ExactDecimal.scale))
    }

    /// The amount for a sum check, labelled `label`: one unit of its last written digit is its precision.
    public func stated(_ label: String) -> StatedAmount {
        StatedAmount(label: label, value: value, precision: ExactDecimal(significand: 1, decimalPlaces: places))
    }
}
