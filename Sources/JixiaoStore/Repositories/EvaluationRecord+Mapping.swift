import Foundation
import JixiaoCore

extension EvaluationRecord {
    /// Fills every column from a Core evaluation and its metrics (not id/version/dates).
    func apply(_ evaluation: Evaluation, metrics: EvaluationMetrics, by user: String) throws {
        unitCode = Self.unitCode(of: evaluation)
        unitName = evaluation.unit.name
        fiscalYear = evaluation.fiscalYear
        kind = evaluation.kind.rawValue
        status = evaluation.status.rawValue
        frameworkID = evaluation.frameworkID
        title = Self.title(of: evaluation)
        total = metrics.total?.description
        grade = metrics.grade?.rawValue
        errorCount = metrics.errorCount
        warningCount = metrics.warningCount
        setDashboardColumns(DashboardColumns(evaluation, total: metrics.total))
        document = try EvaluationDocument.encode(evaluation)
        updatedBy = user
    }

    /// The `unit_code` column of `evaluation`: its unit's code, else the unit's name.
    static func unitCode(of evaluation: Evaluation) -> String { evaluation.unit.code ?? evaluation.unit.name }

    /// The `title` column of `evaluation`: the project's name, else the kind's label.
    static func title(of evaluation: Evaluation) -> String { evaluation.project?.name ?? evaluation.kind.label }

    func setDashboardColumns(_ columns: DashboardColumns) {
        scoreUnits = columns.scoreUnits
        rateUnits = columns.rateUnits
        dashboardSpill = columns.spill
        statedTotal = columns.statedTotal
    }

    /// The stored evaluation, its id set to the row id.
    func stored() throws -> StoredEvaluation {
        var evaluation = try EvaluationDocument.decode(document)
        let id = self.id?.uuidString.lowercased() ?? ""
        evaluation.id = id
        return StoredEvaluation(
            id: id, version: version, updatedAt: updatedAt, updatedBy: updatedBy,
            evaluation: evaluation)
    }
}

/// The JSON form of an evaluation in the `document` column.
enum EvaluationDocument {
    static func encode(_ evaluation: Evaluation) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(evaluation), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> Evaluation {
        try JSONDecoder().decode(Evaluation.self, from: Data(text.utf8))
    }
}
