/// What a number is. The kind decides how every output writes it (`NumberFormat`),
/// so a call site never chooses decimals or units itself.
public enum NumberKind: String, Sendable, Hashable, CaseIterable {
    /// An amount in 万元: two decimals with thousands separators (1,280.50).
    case money
    /// People, items, cases: an integer (14); a value with a fraction keeps it (14.5).
    case count
    /// A fraction written as a percentage with two decimals (0.0702 → 7.02%).
    case rate
    /// A score: two decimals (98.00).
    case score
    /// Any other number: as entered, at most four decimals, with thousands separators.
    case plain

    /// The kind of a figure with the catalogue unit `unit` (万元, 人, 项, 件, 个, 比率).
    public static func ofUnit(_ unit: String?) -> NumberKind {
        switch unit {
        case "万元", "元", "千元", "亿元": return .money
        case "人", "项", "件", "个", "次", "家", "户", "名", "份": return .count
        case "比率", "%", "％": return .rate
        default: return .plain
        }
    }
}
