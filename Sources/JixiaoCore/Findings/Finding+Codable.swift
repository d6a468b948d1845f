// Written out because `message` is stored as parts: the JSON keeps the plain
// `"message": "…"` string of the public shape.
extension Finding: Codable {
    private enum CodingKeys: String, CodingKey {
        case rule, severity, message, location
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            rule: try c.decode(String.self, forKey: .rule), severity: try c.decode(Severity.self, forKey: .severity),
            message: try c.decode(String.self, forKey: .message),
            location: try c.decode(FindingLocation.self, forKey: .location))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(location, forKey: .location)
    }
}
