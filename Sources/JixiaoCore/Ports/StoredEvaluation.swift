import Foundation

/// An evaluation as kept by a store: the document, its version and when it last changed.
public struct StoredEvaluation: Sendable, Hashable {
    public var id: String
    /// Starts at 1; each saved change adds one (optimistic concurrency).
    public var version: Int
    public var updatedAt: Date
    /// Display name of the last person who changed it.
    public var updatedBy: String
    public var evaluation: Evaluation

    public init(id: String, version: Int, updatedAt: Date, updatedBy: String, evaluation: Evaluation) {
        self.id = id
        self.version = version
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.evaluation = evaluation
    }
}

/// The cheap, indexed columns of an evaluation, computed when it is saved.
public struct EvaluationMetrics: Codable, Sendable, Hashable {
    /// Computed total, when the framework could score it.
    public var total: ExactDecimal?
    public var grade: Grade?
    public var errorCount: Int
    public var warningCount: Int

    public init(total: ExactDecimal? = nil, grade: Grade? = nil, errorCount: Int = 0, warningCount: Int = 0) {
        self.total = total
        self.grade = grade
        self.errorCount = errorCount
        self.warningCount = warningCount
    }
}

/// One row of an evaluation list.
public struct EvaluationSummary: Codable, Sendable, Hashable {
    public var id: String
    public var unitCode: String
    public var unitName: String
    public var fiscalYear: Int
    public var kind: EvaluationKind
    public var status: EvaluationStatus
    public var frameworkID: String
    /// Project name for project evaluations, else the kind's label.
    public var title: String
    public var metrics: EvaluationMetrics
    public var version: Int
    public var updatedAt: Date

    public init(
        id: String, unitCode: String, unitName: String, fiscalYear: Int, kind: EvaluationKind,
        status: EvaluationStatus, frameworkID: String, title: String,
        metrics: EvaluationMetrics, version: Int, updatedAt: Date
    ) {
        self.id = id
        self.unitCode = unitCode
        self.unitName = unitName
        self.fiscalYear = fiscalYear
        self.kind = kind
        self.status = status
        self.frameworkID = frameworkID
        self.title = title
        self.metrics = metrics
        self.version = version
        self.updatedAt = updatedAt
    }
}

/// Which evaluations to list; nil fields do not filter.
public struct EvaluationFilter: Sendable, Hashable {
    /// Only these units (nil: all units).
    public var unitCodes: [String]?
    public var fiscalYear: Int?
    public var status: EvaluationStatus?
    public var limit: Int
    public var offset: Int
    /// Keyset paging: only rows listed after the evaluation with this id (newest first);
    /// `offset` is then not used, so a deep page costs what the first does.
    public var after: String?

    public init(
        unitCodes: [String]? = nil, fiscalYear: Int? = nil, status: EvaluationStatus? = nil,
        limit: Int = 50, offset: Int = 0, after: String? = nil
    ) {
        self.unitCodes = unitCodes
        self.fiscalYear = fiscalYear
        self.status = status
        self.limit = limit
        self.offset = offset
        self.after = after
    }
}
