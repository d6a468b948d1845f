/// A number computed from the figures, able to explain itself.
public struct ComputedValue: Sendable, Hashable {
    /// What it is, e.g. 结转结余率.
    public var name: String
    /// The formula as written in the framework.
    public var formula: String
    /// The figures it used, by canonical figure id (`FigureCatalog.label(_:)` for the Chinese label).
    public var inputs: [String: ExactDecimal]
    /// The value, or nil when not computable.
    public var value: ExactDecimal?
    /// Why it is not computable (missing figure, division by zero), in Chinese.
    public var reason: String?

    public init(
        name: String, formula: String, inputs: [String: ExactDecimal], value: ExactDecimal?,
        reason: String? = nil
    ) {
        self.name = name
        self.formula = formula
        self.inputs = inputs
        self.value = value
        self.reason = reason
    }

    /// The value of `result`, or why there is none: a truth value has no number.
    init(name: String, formula: String, result: Computation, used: FiguresUsed) {
        // One initialisation: delegating from each case copied the whole value once more.
        self.name = name
        self.formula = formula
        inputs = used.dictionary
        switch result {
        case .value(let value):
            self.value = value
            reason = nil
        case .bool(let truth):
            value = nil
            reason = truth ? "结果为“是”" : "结果为“否”"
        case .notComputable(let reason):
            value = nil
            self.reason = reason
        }
    }
}

/// The figures a formula used, as found: a dictionary, the values one evaluation looked
/// up, or a scorer's plan over the evaluation's figure table; made a dictionary once,
/// when a `ComputedValue` is made (bulk scoring makes none).
enum FiguresUsed: Sendable {
    case dictionary([String: ExactDecimal])
    case looked(FigureValues)
    /// A scorer's formula and the evaluation's figure table.
    case planned(FormulaPlan, [ExactDecimal?])

    var dictionary: [String: ExactDecimal] {
        switch self {
        case .dictionary(let inputs): return inputs
        case .planned(let plan, let table):
            return FiguresUsed.looked(plan.values(table)).dictionary
        case .looked(let figures):
            var inputs = [String: ExactDecimal](minimumCapacity: figures.references.count)
            for (index, reference) in figures.references.enumerated() {
                if let value = figures[index] { inputs[reference.id] = value }
            }
            return inputs
        }
    }
}

// Written out to keep the JSON's shape (`value` and `reason` left out when nil).
extension ComputedValue: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, formula, inputs, value, reason
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name), formula: try c.decode(String.self, forKey: .formula),
            inputs: try c.decode([String: ExactDecimal].self, forKey: .inputs),
            value: try c.decodeIfPresent(ExactDecimal.self, forKey: .value),
            reason: try c.decodeIfPresent(String.self, forKey: .reason))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(formula, forKey: .formula)
        try c.encode(inputs, forKey: .inputs)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encodeIfPresent(reason, forKey: .reason)
    }
}
