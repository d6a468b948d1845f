import Foundation
import JixiaoCore

/// Everything the evaluation editor shows.
struct EditorPageModel {
    var user: UserAccount
    var csrf: String
    var stored: StoredEvaluation
    /// The form as the user sees it (stored values, or their own input after a failed save).
    var form: EvaluationForm
    var fieldErrors: [String: String] = [:]
    /// The analysis's findings by the field they name (`placingFindings()` fills it).
    var findingsByField: [String: [Finding]] = [:]
    var analysis: EvaluationAnalysis
    var framework: Framework?
    var editable: Bool
    var flash: String? = nil
    var error: String? = nil
    /// Findings that blocked a submission, listed at the top.
    var blocking: [Finding] = []
    /// Findings of an uploaded report document (upload-to-draft).
    var documentFindings: [Finding]? = nil
    /// The evaluation's 佐证材料.
    var attachments: [Attachment] = []
    /// The indicator the upload form starts with (`?attach=`, from an indicator's 上传 link).
    var attachIndicator = ""
    /// A refused workflow step's form as posted (部门审核退回 without a reason) and its field errors.
    var workflowInput: [String: String] = [:]
    var workflowErrors: [String: String] = [:]

    var evaluation: Evaluation { stored.evaluation }
    var id: String { stored.id }

    /// The narrative sections to show: the evaluation's, then the kind's sections it lacks.
    var sections: [NarrativeSection] { evaluation.narrative + NarrativeTemplate.missing(in: evaluation) }

    /// Figures grouped as the forms group them, catalogue order.
    var figureGroups: [(group: String, figures: [FigureDefinition])] { Self.figureGroups }

    /// The catalogue's figures by group, in catalogue order (the editor's order; the review's 涉及字段 too).
    static var figureGroups: [(group: String, figures: [FigureDefinition])] {
        var order: [String] = []
        var byGroup: [String: [FigureDefinition]] = [:]
        for figure in FigureCatalog.all {
            if byGroup[figure.group] == nil { order.append(figure.group) }
            byGroup[figure.group, default: []].append(figure)
        }
        return order.map { ($0, byGroup[$0] ?? []) }
    }

    /// Leaves of the framework that take a self-score.
    var scoredLeaves: [(id: String, name: String, max: ExactDecimal)] { Self.scoredLeaves(framework) }

    /// Leaves of `framework` that take a self-score, in framework order.
    static func scoredLeaves(_ framework: Framework?) -> [(id: String, name: String, max: ExactDecimal)] {
        guard let framework else { return [] }
        func leaves(_ i: Indicator) -> [Indicator] { i.children.isEmpty ? (i.isLeaf ? [i] : []) : i.children.flatMap(leaves) }
        // Named as labelled: a name two leaves share gets its parent's (`EditorFields.leafTitles`).
        let titles = EditorFields.leafTitles(framework)
        return framework.indicators.flatMap(leaves).map { ($0.id, titles[$0.id] ?? $0.name, $0.max) }
    }
}
