/// What a store keeps of one declaration besides its id and version: the declaration, its
/// place in the review cycle and the finance bureau's review.
public struct DeclarationState: Codable, Sendable, Hashable {
    /// Code of the declaring unit (scope: a user reads and changes only its unit's).
    public var unitCode: String
    public var declaration: TargetDeclaration
    /// The evaluation's statuses: 草稿 → 已提交 → 部门已审 → 财政已审 / 退回 (no 公开).
    public var status: EvaluationStatus
    public var review: DeclarationReview

    public init(
        unitCode: String, declaration: TargetDeclaration, status: EvaluationStatus = .draft,
        review: DeclarationReview = DeclarationReview()
    ) {
        self.unitCode = unitCode
        self.declaration = declaration
        self.status = status
        self.review = review
    }

    /// The key that makes a declaration unique: project name, or the table's name.
    public var title: String {
        declaration.scope == .project ? (declaration.project ?? "") : declaration.scope.label
    }
}
