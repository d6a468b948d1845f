/// A step of a declaration's review cycle: the evaluation's steps plus 调整.
public enum DeclarationAction: String, Codable, Sendable, CaseIterable {
    case submit, approve, sendBack, accept
    /// 调整: the unit reopens an accepted declaration to change it, with a reason; it is
    /// reviewed again like the declaration.
    case adjust

    /// The evaluation workflow's step this is, when it is one.
    public var workflowAction: WorkflowAction? {
        switch self {
        case .submit: return .submit
        case .approve: return .approve
        case .sendBack: return .sendBack
        case .accept: return .accept
        case .adjust: return nil
        }
    }

    public var label: String { workflowAction?.label ?? "调整" }
}

/// Why a declaration step was refused.
public enum DeclarationRefusal: Error, Sendable, Hashable {
    case workflow(WorkflowError)
    /// 调整 from a status other than 财政已审, by a role other than the unit's filer, or without a reason.
    case adjust(String)

    public var message: String {
        switch self {
        case .workflow(let error): return error.message.replacingOccurrences(of: "评价", with: "绩效目标申报表")
        case .adjust(let message): return message
        }
    }
}
