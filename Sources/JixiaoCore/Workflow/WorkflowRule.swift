/// One allowed move: from these statuses, by these roles, to one status.
public struct WorkflowRule: Sendable, Hashable {
    public var action: WorkflowAction
    public var from: Set<EvaluationStatus>
    public var roles: Set<Role>
    public var to: EvaluationStatus
    /// True when only users of the evaluation's own unit may take it (filer, department head).
    public var ownUnitOnly: Bool

    public init(
        action: WorkflowAction, from: Set<EvaluationStatus>, roles: Set<Role>, to: EvaluationStatus,
        ownUnitOnly: Bool
    ) {
        self.action = action
        self.from = from
        self.roles = roles
        self.to = to
        self.ownUnitOnly = ownUnitOnly
    }
}
