import JixiaoCore

/// The findings of an evaluation as the editor words them: what blocks submission first
/// (errors, and the missing parts `CheckCatalog.blocking` names), then warnings, which
/// explain and do not block, then hints. The words follow what the finding does, so a
/// finding that blocks is never called a mere 警告.
struct FindingGroups {
    enum Kind: String, CaseIterable {
        case blocking, warning, info

        var title: String {
            switch self {
            case .blocking: return "提交前须处理"
            case .warning: return "请核对"
            case .info: return "提示"
            }
        }

        var note: String {
            switch self {
            case .blocking: return "以下问题改正或补充后才能提交审核。"
            case .warning: return "以下警告不影响提交，请核对数据或在说明中写明原因。"
            case .info: return "供参考，不影响提交。"
            }
        }

        /// The word before a finding's message.
        func word(_ finding: Finding) -> String {
            switch self {
            case .blocking: return finding.severity == .error ? "错误" : "须补充"
            case .warning: return "警告"
            case .info: return "提示"
            }
        }

        static func of(_ finding: Finding) -> Kind {
            if finding.blocksSubmission { return .blocking }
            return finding.severity == .warning ? .warning : .info
        }
    }

    /// The non-empty groups, blocking first.
    let sections: [(kind: Kind, findings: [Finding])]

    init(_ findings: [Finding]) {
        sections = Kind.allCases.compactMap { kind in
            let some = findings.filter { Kind.of($0) == kind }
            // Errors before the missing parts, each in the order found.
            return some.isEmpty ? nil : (kind, some.filter { $0.severity == .error } + some.filter { $0.severity != .error })
        }
    }

    var count: Int { sections.reduce(0) { $0 + $1.findings.count } }

    /// 「未发现问题」, or the count with how many block submission.
    var headline: String {
        guard count > 0 else { return "未发现问题" }
        let blocking = sections.first { $0.kind == .blocking }?.findings.count ?? 0
        return "发现 \(count) 个问题" + (blocking > 0 ? "，\(blocking) 个须处理后才能提交" : "，均不影响提交")
    }
}
