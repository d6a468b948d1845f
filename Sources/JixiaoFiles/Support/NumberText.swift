import JixiaoCore

/// Reads numbers as people write them in files: `5`, `0.5`, `1,174.46`, full-width digits,
/// and where a rate is expected `10%` (= 0.1).
enum NumberText {
    /// The value of `text`, or nil. `percent` allows a trailing % (or ％).
    static func parse(_ text: String, percent: Bool) -> ExactDecimal? {
        var body = HalfWidth.fold(text).trimmedSpaces
        var scale = ExactDecimal.one
        if percent, body.hasSuffix("%") {
            body.removeLast()
            scale = ExactDecimal(units: ExactDecimal.unit / 100)
        }
        guard let value = ExactDecimal(body) ?? MoneyParser.parseNumber(body)?.value else { return nil }
        return value * scale
    }
}

/// A score or amount in a file: a number or a numeric string, never a percentage.
struct ScoreNumber: Codable, Hashable, Sendable {
    var value: ExactDecimal

    init(_ value: ExactDecimal) { self.value = value }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = NumberText.parse(text, percent: false) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: FileMessages.notNumber(text))
        }
        self.value = value
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value.description)
    }
}

/// A rate in a file: `10%` or the fraction `0.1`. Written back as a percentage.
struct RateText: Codable, Hashable, Sendable {
    var value: ExactDecimal

    init(_ value: ExactDecimal) { self.value = value }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = NumberText.parse(text, percent: true) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: FileMessages.notRate(text))
        }
        self.value = value
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        let percent = value * .hundred
        try container.encode(percent.description + "%")
    }
}
