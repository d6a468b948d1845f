/// The grade a total gives, and whether a stated grade agrees (`score.grade`).
public enum GradeCheck {
    /// Reads a stated grade: 优/优秀, 良/良好, 中/中等/合格, 差/较差/不合格.
    public static func grade(named text: String) -> Grade? {
        switch text.trimmedSpaces {
        case "优", "优秀": return .excellent
        case "良", "良好": return .good
        case "中", "中等", "合格", "一般": return .fair
        case "差", "较差", "不合格": return .poor
        default: return nil
        }
    }

    /// The band of a grade, for messages: 优 ≥ 90.
    public static func band(_ grade: Grade) -> String {
        switch grade {
        case .excellent: return "≥ 90 分"
        case .good: return "80 ≤ 总分 < 90"
        case .fair: return "60 ≤ 总分 < 80"
        case .poor: return "< 60 分"
        }
    }

    /// The finding when `stated` is not the grade of `total`, else nil.
    public static func mismatch(stated: Grade, total: ExactDecimal, line: Int? = nil, field: String? = nil) -> Finding? {
        let computed = Grade(total: total)
        guard computed != stated else { return nil }
        return CheckCatalog.finding(
            "score.grade", CheckMessages.grade(stated: stated, total: total, computed: computed),
            line: line, field: field)
    }
}
