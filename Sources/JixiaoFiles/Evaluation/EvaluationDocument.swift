import JixiaoCore

/// The file shape of an evaluation (YAML or JSON), documented in docs/evaluation-format.md.
/// It mirrors `Evaluation`; numbers may be written as numbers or text (`563.02`, `92.64%`, `1,174.46万元`).
struct EvaluationDocument: Codable {
    var id: String?
    var unit: UnitDocument?
    var fiscalYear: Int?
    var kind: String?
    var frameworkID: String?
    var status: String?
    var filing: Filing?
    var project: ProjectInfo?
    var figures: OrderedMap<FigureText>?
    var targets: [TargetDocument]?
    var indicators: OrderedMap<IndicatorInputDocument>?
    var narrative: [NarrativeSection]?
    var statedTotal: ScoreNumber?
}

/// `unit:` is either the unit's name or a mapping with its details.
struct UnitDocument: Codable {
    var unit: Unit

    init(_ unit: Unit) { self.unit = unit }

    init(from decoder: Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            unit = Unit(name: name)
        } else {
            unit = try Unit(from: decoder)
        }
    }

    func encode(to encoder: Encoder) throws {
        if unit.code == nil, unit.region == nil, unit.parentCode == nil, unit.subordinateUnits == nil {
            var container = encoder.singleValueContainer()
            try container.encode(unit.name)
        } else {
            try unit.encode(to: encoder)
        }
    }
}

/// One declared target. `target` and `actual` are numbers (`30000`, `95%`) or text (`有效提升`).
struct TargetDocument: Codable {
    var id: String?
    var levels: [String]?
    var name: String?
    var direction: String?
    var target: String?
    var unit: String?
    var actual: String?
    var maxScore: ScoreNumber?
    var outcome: String?
    var deviationNote: String?
}

/// What the evaluator enters for one indicator.
struct IndicatorInputDocument: Codable {
    var selfScore: ScoreNumber?
    var checked: [String]?
    var breaches: Int?
    var outcome: String?
    var note: String?
    var notApplicable: Bool?
}

/// A figure value: a number, a percentage (→ fraction), an amount with a unit (→ 万元),
/// or a count with its unit (`14人`).
struct FigureText: Codable, Hashable {
    var value: ExactDecimal

    static let countUnits = ["人", "名", "件", "项", "个", "条", "次", "宗"]

    init(_ value: ExactDecimal) { self.value = value }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: FileMessages.notFigure(text))
        }
        self.value = value
    }

    static func parse(_ text: String) -> ExactDecimal? {
        if let value = NumberText.parse(text, percent: true) { return value }
        if let amount = MoneyParser.parse(text) { return amount.wanYuan }
        let folded = HalfWidth.fold(text).trimmedSpaces
        for unit in countUnits where folded.hasSuffix(unit) {
            return NumberText.parse(String(folded.dropLast(unit.count)), percent: false)
        }
        return nil
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value.description)
    }
}
