import Foundation
import JixiaoCore
import Vapor

/// 从上年复制 for pages and the API: finds last year's evaluation of the same unit, kind and
/// project, and creates this year's from it (`CarryForward.copy`) under the same rules as
/// any new evaluation (year open, framework fits, one per unit, year, kind and project).
struct CopyService {
    let req: Request

    /// What to create: this year's evaluation of a unit, kind and project.
    struct Command: Content {
        var unit: String?
        var year: Int
        var kind: EvaluationKind
        /// The project's name (project evaluations only).
        var project: String?
    }

    /// Why nothing was created.
    enum Failure: Error {
        case noLastYear(String)
        case duplicate(message: String, existingID: String)
        case refused(String)
    }

    func copy(_ command: Command, by user: UserAccount) async throws -> StoredEvaluation {
        let code = command.unit?.trimmedSpaces.nilIfEmpty ?? user.unitCode
        guard user.mayEdit(unitCode: code), let unit = try await req.units.unit(code: code) else {
            throw Abort(.forbidden, reason: WebText.forbidden)
        }
        guard BoundedInt.year.range.contains(command.year) else { throw Failure.refused(WebText.yearInvalid) }
        let project = command.kind == .project ? (command.project?.trimmedSpaces ?? "") : ""
        let title = project.isEmpty ? command.kind.label : project
        let last = try await req.evaluations.list(
            EvaluationFilter(
                unitCodes: [code], fiscalYear: command.year - 1,
                limit: ListPage.maxPer))
        guard let row = last.first(where: { $0.kind == command.kind && $0.title == title }),
            let source = try await req.evaluations.find(id: row.id)
        else {
            throw Failure.noLastYear(
                CopyText.noLastYear(
                    unit: unit.name, year: command.year, kind: command.kind,
                    project: project))
        }
        var evaluation = CarryForward.copy(source.evaluation)
        evaluation.unit = unit
        if let refusal = try await req.evaluationRules.newRefusal(evaluation) { throw Failure.refused(refusal) }
        do {
            return try await req.evaluations.create(
                evaluation, metrics: try await req.frameworks.analyze(evaluation).metrics,
                by: user.displayName)
        } catch RepositoryError.duplicate(let existing) {
            throw Failure.duplicate(message: WebText.duplicate(evaluation), existingID: existing)
        }
    }
}

/// The messages of 从上年复制.
enum CopyText {
    static let copied = "已从上年复制：文字说明、绩效目标和指标体系已带入，数据、得分和实际完成值请按本年度填写。"

    static func noLastYear(unit: String, year: Int, kind: EvaluationKind, project: String) -> String {
        let what = project.isEmpty ? kind.label : "项目「\(project)」的\(kind.label)"
        return "\(unit) 没有 \(year - 1) 年度的\(what)，无法从上年复制；请新建评价。"
    }
}

extension Request {
    var copies: CopyService { CopyService(req: self) }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
