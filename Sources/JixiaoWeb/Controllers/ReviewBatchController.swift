import Foundation
import JixiaoCore
import JixiaoRender
import Vapor

/// Batch work of the finance bureau on the review list: a workflow step over the ticked
/// rows, each through `WorkflowService` (so roles, scope and the rules hold per item, as one
/// by one), and the Word reports of the list's filter as one zip (bounded, built off the loop).
struct ReviewBatchController {
    struct BatchForm: Content {
        var action: String?
        var ids: [String]?
    }

    func batch(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(BatchForm.self)
        let outcome: ReviewBatch.Outcome
        let ids = form.ids ?? []
        if let action = form.action.flatMap(WorkflowAction.init(rawValue:)), ReviewBatch.actions.contains(action) {
            if ids.isEmpty {
                outcome = .init(action: action, error: ReviewQueueText.batchNone)
            } else if ids.count > ReviewBatch.maxItems {
                outcome = .init(action: action, error: ReviewQueueText.batchTooMany)
            } else {
                outcome = try await apply(action, to: ids, by: user, req)
            }
        } else {
            outcome = .init(error: ReviewQueueText.batchAction)
        }
        let model = try await ReviewController().queueModel(req, batch: outcome)
        return ReviewQueuePage.render(model).response(status: outcome.error == nil ? .ok : .badRequest)
    }

    /// Each id in turn: found and readable, then the step as one by one; refusals collected.
    private func apply(
        _ action: WorkflowAction, to ids: [String], by user: UserAccount,
        _ req: Request
    ) async throws -> ReviewBatch.Outcome {
        var outcome = ReviewBatch.Outcome(action: action)
        var seen: Set<String> = []
        for text in ids {
            guard let uuid = UUID(uuidString: text) else {
                outcome.refused.append((text.prefix(40).description, ReviewQueueText.notFound))
                continue
            }
            let id = uuid.uuidString.lowercased()
            guard seen.insert(id).inserted else { continue }
            guard let stored = try await req.evaluations.find(id: id),
                user.mayRead(unitCode: stored.evaluation.unit.code ?? "")
            else {
                outcome.refused.append((id, ReviewQueueText.notFound))
                continue
            }
            let name =
                "\(stored.evaluation.unit.name) \(stored.evaluation.fiscalYear)年\(stored.evaluation.project?.name ?? stored.evaluation.kind.label)"
            do {
                _ = try await WorkflowService(req: req).apply(.init(action: action), to: stored, by: user)
                outcome.done += 1
            } catch let failure as WorkflowService.Failure {
                outcome.refused.append((name, WorkflowService.message(failure)))
            }
        }
        return outcome
    }

    /// The .docx reports of every evaluation the filter matches, one zip; refused over
    /// `ReviewBatch.maxReports` with the list and a message.
    func reportsZip(_ req: Request) async throws -> Response {
        let base = try await ReviewController().queueModel(req)
        let statuses = base.filter.statuses(deadlines: Deadlines(years: try await req.fiscalYears.all()))
        let query = req.reviewList
        let filter = base.filter.store(statuses: statuses, limit: ReviewBatch.maxReports + 1, offset: 0, after: nil)
        let rows = statuses.isEmpty ? [] : try await query.rows(filter)
        guard !rows.isEmpty, rows.count <= ReviewBatch.maxReports else {
            var model = base
            let count = rows.isEmpty ? 0 : try await query.count(filter)
            model.batch = .init(error: rows.isEmpty ? ReviewQueueText.zipEmpty : ReviewQueueText.zipTooMany(count))
            return ReviewQueuePage.render(model).response(status: rows.isEmpty ? .notFound : .unprocessableEntity)
        }
        var reports: [(name: String, report: ReportDocument)] = []
        var names = ReportFileNames()
        for row in rows {
            guard let stored = try await req.evaluations.find(id: row.id) else { continue }
            guard let report = ReportDocument(analysis: try await req.frameworks.analyze(stored.evaluation)) else { continue }
            let e = stored.evaluation
            reports.append((names.unique("\(e.unit.name)-\(e.fiscalYear)-\(row.title)", ext: "docx"), report))
        }
        let items = reports
        let zipped = try await req.offload {
            Result {
                var bundle = ZipBundle()
                for item in items { bundle.add(item.name, try ReportFormat.docx.render(item.report)) }
                return try bundle.data()
            }
        }.get()
        return FileResponse.make(zipped, filename: "自评报告-\(base.filter.year).zip", contentType: "application/zip")
    }
}

/// File names inside a zip: no path or reserved characters, no control characters, at most
/// 80 characters, and unique (「名称-2.docx」 for the second of a name).
struct ReportFileNames {
    private var used: Set<String> = []

    static func sanitised(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(scalar) {
                out.append("_")
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        let trimmed = String(out.trimmingCharacters(in: .whitespaces.union(["."])).prefix(80))
        return trimmed.isEmpty ? "报告" : trimmed
    }

    mutating func unique(_ text: String, ext: String) -> String {
        let base = Self.sanitised(text)
        var name = "\(base).\(ext)", n = 2
        while used.contains(name.lowercased()) {
            name = "\(base)-\(n).\(ext)"
            n += 1
        }
        used.insert(name.lowercased())
        return name
    }
}
