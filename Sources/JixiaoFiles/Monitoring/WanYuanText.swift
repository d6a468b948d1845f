import JixiaoCore

/// An amount of a monitoring round in 万元: a number (`30`, `"30.00"`, `1,200.5`) or an amount
/// with its unit (`30万元`, `300,000元`, `0.003亿元`), converted exactly to 万元.
struct WanYuanText: Codable, Hashable, Sendable {
    var value: ExactDecimal

    init(_ value: ExactDecimal) { self.value = value }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = NumberText.parse(text, percent: false) ?? MoneyParser.parse(text)?.wanYuan else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: MonitoringFileMessages.notAmount(text))
        }
        self.value = value
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value.description)
    }
}
