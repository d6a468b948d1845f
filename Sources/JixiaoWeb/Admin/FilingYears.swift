import Foundation
import JixiaoCore
import Vapor

/// The fiscal-year rules of filing (web form, upload and API alike): an evaluation is
/// created only in a year that exists and is open, with the year's default framework of
/// its kind preselected; a draft of a closed year can no longer be changed or submitted.
struct FilingYears {
    let req: Request

    /// Why no evaluation may be created for `year` (unknown or closed), or nil when it may.
    func refusal(for year: Int) async throws -> String? {
        guard let fiscal = try await req.fiscalYears.find(year) else {
            return AdminText.yearUnknown(year)
        }
        return fiscal.isOpen ? nil : AdminText.yearClosed(year)
    }

    /// Why the unit may not change or submit `evaluation` now: a draft of a closed year
    /// (a returned one may still be fixed and resubmitted: the bureau asked for it).
    /// Nil when it may, or when the year is not managed here (old data).
    func closedForDraft(_ evaluation: Evaluation) async throws -> String? {
        guard evaluation.status == .draft else { return nil }
        return Self.closedForDraft(evaluation, year: try await req.fiscalYears.find(evaluation.fiscalYear))
    }

    /// `closedForDraft(_:)` with the evaluation's fiscal year already read (nil: not managed here).
    static func closedForDraft(_ evaluation: Evaluation, year: FiscalYear?) -> String? {
        guard evaluation.status == .draft, let year, !year.isOpen else { return nil }
        return AdminText.draftYearClosed(evaluation.fiscalYear)
    }

    /// The default framework of `kind` in `year`, if the year sets one.
    func defaultFramework(year: Int, kind: EvaluationKind) async throws -> String? {
        try await req.fiscalYears.find(year)?.defaults[kind]
    }

    /// The years open for filing, newest first.
    func open() async throws -> [FiscalYear] {
        try await req.fiscalYears.all().filter(\.isOpen)
    }

    /// The year a creation form starts with: `?year=`, else last year when open, else the newest open year.
    func suggested() async throws -> Int {
        if let year = try req.queryInt(.year) { return year }
        let open = try await open().map(\.year)
        let last = ReviewController.defaultYear
        return open.contains(last) ? last : (open.first ?? last)
    }

    /// The framework a creation form preselects: the suggested year's default for `?kind=`
    /// (部门整体 unless asked otherwise), else the first framework of that kind.
    func preselected(year: Int, choices: [FrameworkChoice]) async throws -> String {
        let kind = req.query[String.self, at: "kind"].flatMap(EvaluationKind.init(rawValue:)) ?? .departmentWide
        if let id = try await defaultFramework(year: year, kind: kind), choices.contains(where: { $0.id == id }) {
            return id
        }
        return choices.first { $0.kind == kind }?.id ?? choices.first?.id ?? ""
    }
}

extension Request {
    var filingYears: FilingYears { FilingYears(req: self) }
}
