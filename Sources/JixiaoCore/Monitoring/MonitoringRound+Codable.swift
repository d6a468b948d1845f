// Written out so `asOf` is stored as its ISO text (2025-07-31), the form of the files, without
// needing `CalendarDate` itself to be Codable.
extension MonitoringRound: Codable {
    private enum CodingKeys: String, CodingKey {
        case unit, fiscalYear, project, asOf, budget, targets
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .asOf)
        guard let date = CalendarDate(text), date.isValid else {
            throw DecodingError.dataCorruptedError(forKey: .asOf, in: c, debugDescription: "截至日期「\(text)」不是有效日期")
        }
        self.init(
            unit: try c.decode(String.self, forKey: .unit), fiscalYear: try c.decode(Int.self, forKey: .fiscalYear),
            project: try c.decodeIfPresent(String.self, forKey: .project), asOf: date,
            budget: try c.decode(MonitoredBudget.self, forKey: .budget),
            targets: try c.decodeIfPresent([MonitoredTarget].self, forKey: .targets) ?? [])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(unit, forKey: .unit)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encodeIfPresent(project, forKey: .project)
        try c.encode(asOf.iso, forKey: .asOf)
        try c.encode(budget, forKey: .budget)
        try c.encode(targets, forKey: .targets)
    }
}
