/// A string-keyed mapping that keeps the order of its file (and writes in the order given),
/// so that written files are stable and read like their source.
struct OrderedMap<Value: Codable>: Codable {
    var entries: [(key: String, value: Value)]

    init(_ entries: [(key: String, value: Value)]) { self.entries = entries }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        entries = try container.allKeys.map { ($0.stringValue, try container.decode(Value.self, forKey: $0)) }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for entry in entries { try container.encode(entry.value, forKey: Key(stringValue: entry.key)) }
    }
}
