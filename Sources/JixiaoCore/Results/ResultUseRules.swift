/// 结果应用规则 of one fiscal year: the budget treatment suggested for each self-evaluation
/// grade. They are data an administrator edits per year; `standard` is the default.
public struct ResultUseRules: Sendable, Hashable {
    /// The suggested treatment per grade (优 → 优先保障); every grade has one.
    public private(set) var treatments: [Grade: String]

    /// Rules with `treatments`; a grade left out takes the standard text.
    public init(_ treatments: [Grade: String] = [:]) {
        self.treatments = Self.standardTreatments.merging(treatments) { _, new in new }
    }

    /// 优 优先保障, 良 按需保障, 中 压减, 差 取消或暂停.
    public static let standard = ResultUseRules()

    static let standardTreatments: [Grade: String] = [
        .excellent: "优先保障", .good: "按需保障", .fair: "压减", .poor: "取消或暂停",
    ]

    /// The longest treatment text (characters) an administrator may write.
    public static let maxLength = 30

    /// The treatment suggested for `grade`.
    public func treatment(for grade: Grade) -> String {
        treatments[grade] ?? Self.standardTreatments[grade] ?? ""
    }

    /// The problem of a treatment text for `grade`, in Chinese, or nil when it may be saved.
    public static func problem(_ text: String, grade: Grade) -> String? {
        let trimmed = text.trimmedSpaces
        if trimmed.isEmpty { return ResultUseText.treatmentEmpty(grade) }
        if trimmed.count > maxLength { return ResultUseText.treatmentTooLong(grade, count: trimmed.count) }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return ResultUseText.treatmentControl(grade)
        }
        return nil
    }

    /// The rules in words for the administration log: 「优 优先保障，良 按需保障，…」.
    public var summary: String {
        Grade.allCases.map { "\($0.rawValue) \(treatment(for: $0))" }.joined(separator: "，")
    }
}

extension ResultUseRules: Codable {
    // As `{"优": "优先保障", …}`: readable in a backup and stable across versions.
    public init(from decoder: any Decoder) throws {
        let map = try decoder.singleValueContainer().decode([String: String].self)
        var treatments: [Grade: String] = [:]
        for (key, value) in map {
            guard let grade = Grade(rawValue: key), Self.problem(value, grade: grade) == nil else { continue }
            treatments[grade] = value.trimmedSpaces
        }
        self.init(treatments)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: Grade.allCases.map { ($0.rawValue, treatment(for: $0)) }))
    }
}
