/// What an evaluation covers.
public enum EvaluationKind: String, Codable, Sendable, CaseIterable {
    /// 部门整体支出绩效自评.
    case departmentWide
    /// 项目支出绩效自评.
    case project

    /// The Chinese name shown to users.
    public var label: String {
        switch self {
        case .departmentWide: return "部门整体支出绩效自评"
        case .project: return "项目支出绩效自评"
        }
    }
}

/// Where an evaluation is in the cycle (see the workflow of the web app).
public enum EvaluationStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted, approved, accepted, returned, published

    /// The Chinese name shown to users.
    public var label: String {
        switch self {
        case .draft: return "草稿"
        case .submitted: return "已提交"
        case .approved: return "部门已审"
        case .accepted: return "财政已审"
        case .returned: return "退回"
        case .published: return "已公开"
        }
    }
}
