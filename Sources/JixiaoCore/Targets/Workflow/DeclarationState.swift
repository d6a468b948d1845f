/// What a store keeps of one declaration besides its id and version: the declaration, its
/// place in the review cycle and the finance bureau's review.
public struct DeclarationState: Codable, Sendable, Hashable {
    /// Code of the declaring unit (scope: a user reads and changes only its unit's).
    public var unitCode: String
    public var declaration: TargetDeclaration
    /// The evaluation's statuses: 草稿 → 已提交 → 部门已审 → 财政已审 / 退回 (no 公开).
    public var status: EvaluationStatus
    public var review: DeclarationReview
    /// The last accepted declaration while a 调整 (adjustment) is under way: it stays in force
    /// (the self-evaluation flows from it, the list shows it) until the adjustment is accepted.
    /// Nil otherwise. Older stored states lack it.
    public var accepted: TargetDeclaration?

    public init(
        unitCode: String, declaration: TargetDeclaration, status: EvaluationStatus = .draft,
        review: DeclarationReview = DeclarationReview(), accepted: TargetDeclaration? = nil
    ) {
        self.unitCode = unitCode
        self.declaration = declaration
        self.status = status
        self.review = review
        self.accepted = accepted
    }

    /// The declaration in force: this one once accepted (or published), else the accepted one an
    /// adjustment is changing; nil before the first acceptance.
    public var inForce: TargetDeclaration? {
        status == .accepted || status == .published ? declaration : accepted
    }

    /// True while an adjustment of an accepted declaration waits for its own acceptance.
    public var isAdjusting: Bool { inForce != nil && status != .accepted && status != .published }

    /// The key that makes a declaration unique: project name, or the table's name.
    public var title: String {
        declaration.scope == .project ? (declaration.project ?? "") : declaration.scope.label
    }
}
