/// What a user may do (see the web app's access rules).
public enum Role: String, Codable, Sendable, CaseIterable {
    /// 管理员: manages units, users and frameworks; sees everything.
    case admin
    /// 财政审核: the finance bureau's reviewer; reads every unit's evaluations.
    case reviewer
    /// 部门填报: fills and submits its own unit's evaluations.
    case filer
    /// 部门负责人: reads and approves its own unit's evaluations.
    case approver

    /// The Chinese name shown to users.
    public var label: String {
        switch self {
        case .admin: return "管理员"
        case .reviewer: return "财政审核"
        case .filer: return "部门填报"
        case .approver: return "部门负责人"
        }
    }

    /// True when the role sees every unit, not only its own.
    public var seesAllUnits: Bool { self == .admin || self == .reviewer }

    /// True when the role may create and change evaluations (within its scope).
    public var mayEdit: Bool { self == .admin || self == .filer }
}
