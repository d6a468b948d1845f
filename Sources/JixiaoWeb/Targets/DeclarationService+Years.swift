import JixiaoCore
import Vapor

extension DeclarationService {
    /// Why no declaration may be created for `year`: the year is not set up, or closed (as evaluations).
    func yearRefusal(_ year: Int) async throws -> String? {
        guard let fiscal = try await req.fiscalYears.find(year) else { return DeclarationText.yearUnknown(year) }
        return fiscal.isOpen ? nil : DeclarationText.yearClosed(year)
    }

    /// A draft of a closed year is no longer changed or submitted (a returned one may still be
    /// fixed: the bureau asked for it; a year not managed here is old data and passes).
    func refuseClosedDraft(_ state: DeclarationState) async throws {
        let year = state.declaration.fiscalYear
        guard state.status == .draft, let fiscal = try await req.fiscalYears.find(year), !fiscal.isOpen else { return }
        throw Failure.refused(DeclarationText.draftYearClosed(year), .unprocessableEntity)
    }

    /// `declaration` with `previous` (last year's actual values, `targets.regression`) filled from
    /// last year's self-evaluation of the unit (and project) when the database holds one and the
    /// declaration gives none of its own.
    func withLastYear(_ declaration: TargetDeclaration, unitCode: String) async throws -> TargetDeclaration {
        guard declaration.previous.isEmpty, declaration.fiscalYear > 2000 else { return declaration }
        let rows = try await req.evaluations.list(
            EvaluationFilter(unitCodes: [unitCode], fiscalYear: declaration.fiscalYear - 1, limit: ListPage.maxPer))
        let last = rows.filter {
            PreviousActuals.isLastYears(kind: $0.kind, title: $0.title, year: $0.fiscalYear, of: declaration)
        }
        // The bureau's accepted one first, when there are several (a project renamed back and forth).
        guard let pick = last.first(where: { $0.status == .accepted || $0.status == .published }) ?? last.first,
            let stored = try await req.evaluations.find(id: pick.id)
        else { return declaration }
        return PreviousActuals.filled(declaration, from: stored.evaluation)
    }
}
