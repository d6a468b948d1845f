// A date in documents is its ISO text (2025-12-31), the form people type in files.
extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text), date.isValid else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "日期「\(text)」不存在")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
