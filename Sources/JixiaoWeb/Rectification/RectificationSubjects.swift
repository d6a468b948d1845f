import JixiaoCore
import Vapor

/// Finds what a rectification is about: an evaluation, a target declaration or a monitoring
/// round (and one of its targets), with the unit and year the item takes from it.
struct RectificationSubjects {
    let req: Request

    struct Found {
        var kind: RectificationSubject.Kind
        var id: String
        var unitCode: String
        var unitName: String
        var fiscalYear: Int
        var title: String
        /// The round's target names, when the subject has targets.
        var targets: [String] = []
        var target: Int? = nil

        /// The subject, its target row checked against the subject's targets.
        func subject() throws(RectificationRefusal) -> RectificationSubject {
            guard let target else { return RectificationSubject(kind: kind, id: id, title: title) }
            guard kind == .monitoring, targets.indices.contains(target - 1) else {
                throw RectificationRefusal(field: "target", message: RectificationMessages.targetOutside(target, count: targets.count))
            }
            return RectificationSubject(kind: kind, id: id, target: target, targetName: targets[target - 1], title: title)
        }
    }

    func find(_ kind: RectificationSubject.Kind, id: String, target: Int?) async throws -> Found? {
        switch kind {
        case .evaluation:
            guard let stored = try await req.evaluations.find(id: id) else { return nil }
            let e = stored.evaluation
            return Found(
                kind: kind, id: stored.id, unitCode: e.unit.code ?? "", unitName: e.unit.name, fiscalYear: e.fiscalYear,
                title: "\(e.fiscalYear)年度\(e.project?.name ?? e.kind.label)", target: target)
        case .declaration:
            guard let stored = try await req.declarations.find(id: id) else { return nil }
            let d = stored.state.declaration
            return Found(
                kind: kind, id: stored.id, unitCode: stored.state.unitCode, unitName: d.unit, fiscalYear: d.fiscalYear,
                title: "\(d.fiscalYear)年度\(stored.state.title)", target: target)
        case .monitoring:
            guard let stored = try await req.monitoringRounds.find(id: id) else { return nil }
            let round = stored.state.round
            return Found(
                kind: kind, id: stored.id, unitCode: stored.state.unitCode, unitName: round.unit, fiscalYear: round.fiscalYear,
                title: "\(round.project.map { "「\($0)」" } ?? "")\(round.asOf.chinese)监控", targets: round.targets.map(\.name),
                target: target)
        }
    }

    /// Where the subject is read: the review page for the bureau, the unit's page otherwise.
    static func link(_ subject: RectificationSubject, for user: UserAccount) -> String {
        switch subject.kind {
        case .evaluation: return user.role.seesAllUnits ? SiteURL.review(subject.id).path : SiteURL.evaluation(subject.id).path
        case .declaration: return SiteURL.declaration(subject.id).path
        case .monitoring: return SiteURL.monitoringRound(subject.id).path
        }
    }
}
