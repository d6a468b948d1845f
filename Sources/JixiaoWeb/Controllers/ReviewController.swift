import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// The finance bureau's queue, review page and its scores (财政复核得分).
struct ReviewController {
    func queue(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let years = try await Self.years(req)
        let year = try req.queryInt(.year) ?? years.first ?? Self.defaultYear
        let q = { (key: String) in req.query[String.self, at: key].flatMap { $0.isEmpty ? nil : $0 } }
        let filter = ReviewQueueModel.Filter(
            year: year, status: q("status").flatMap(EvaluationStatus.init(rawValue:)), unit: q("unit"),
            grade: q("grade").flatMap(Grade.init(rawValue:)), severity: q("severity").flatMap(ReviewQueueModel.Severity.init),
            sort: q("sort").flatMap(ReviewQueueModel.Sort.init) ?? .unit)
        let rows = try await DashboardQuery(database: req.db).rows(year: year)
        let units = try await req.accounts.units().map { ($0.code ?? "", $0.name) }
        let model = ReviewQueueModel(user: user, csrf: req.csrf, filter: filter, years: years.isEmpty ? [year] : years,
                                     units: units, rows: ReviewQueueModel.select(rows, filter))
        return ReviewQueuePage.render(model).response()
    }

    func page(_ req: Request) async throws -> Response {
        let stored = try await req.readableEvaluation()
        var model = try await makeModel(req, stored)
        if let done = req.query[String.self, at: "done"] {
            model.flash = done == "scores" ? ReviewText.scoresSaved
                : WorkflowAction(rawValue: done).map(ReviewText.done)
        }
        return ReviewPage.render(model).response()
    }

    func saveScores(_ req: Request) async throws -> Response {
        let stored = try await req.readableEvaluation()
        let user = try req.requireUser()
        let form = try req.content.decode([String: String].self)
        var model = try await makeModel(req, stored)
        guard model.mayScore else {
            model.error = ReviewText.reviewClosed
            return ReviewPage.render(model).response(status: .conflict)
        }
        let parsed = Self.parse(form, rows: model.rows)
        guard parsed.errors.isEmpty else {
            model.input = form
            model.fieldErrors = parsed.errors
            model.error = ReviewText.scoresRefused(model.rows.compactMap { row in
                parsed.errors["score.\(row.id)"].map { "「\(row.name)」\($0)" }
            })
            return ReviewPage.render(model).response(status: .unprocessableEntity)
        }
        var new = stored.evaluation
        var review = new.review ?? Review()
        review.scores = parsed.scores
        new.review = review
        do {
            let saved = try await req.evaluations.update(
                id: stored.id, expectedVersion: BoundedInt.version.value(form["version"]) ?? stored.version, evaluation: new,
                metrics: try await req.frameworks.analyze(new).metrics, by: user.displayName,
                changes: ReviewDiff.changes(from: stored.evaluation.review, to: new.review))
            return req.redirect(to: SiteURL.review(saved.id).path + "?done=scores", redirectType: .normal)
        } catch RepositoryError.versionConflict(_, let current) {
            model.input = form
            model.error = ReviewText.workflowConflict(version: current)
            return ReviewPage.render(model).response(status: .conflict)
        }
    }

    /// Reads `score.<id>` and `comment.<id>` for every row; blank score and comment mean none.
    static func parse(_ form: [String: String], rows: [ReviewPageModel.Row])
        -> (scores: [String: ReviewScore], errors: [String: String]) {
        var scores: [String: ReviewScore] = [:], errors: [String: String] = [:]
        for row in rows {
            let text = HalfWidth.fold(form["score.\(row.id)"] ?? "").trimmedSpaces
            let comment = (form["comment.\(row.id)"] ?? "").trimmedSpaces
            if text.isEmpty && comment.isEmpty { continue }
            var score: ExactDecimal? = nil
            if !text.isEmpty {
                guard let value = ExactDecimal(text), value >= 0 else {
                    errors["score.\(row.id)"] = ReviewText.scoreInvalid
                    continue
                }
                if let max = row.max, value > max { errors["score.\(row.id)"] = ReviewText.scoreAboveMax(max); continue }
                score = value
            }
            scores[row.id] = ReviewScore(score: score, comment: comment)
        }
        return (scores, errors)
    }

    func makeModel(_ req: Request, _ stored: StoredEvaluation) async throws -> ReviewPageModel {
        var model = ReviewPageModel(user: try req.requireUser(), csrf: req.csrf, stored: stored,
                                    analysis: try await req.frameworks.analyze(stored.evaluation),
                                    framework: try await req.frameworks.framework(id: stored.evaluation.frameworkID),
                                    history: try await req.evaluations.history(id: stored.id))
        model.attachments = try await req.attachments.list(evaluationID: stored.id)
        return model
    }

    /// Fiscal years that have evaluations, newest first.
    static func years(_ req: Request) async throws -> [Int] {
        Array(Set(try await req.evaluations.counts(EvaluationFilter()).map(\.fiscalYear))).sorted(by: >)
    }

    /// `?year=`, else the newest year with evaluations, else last year.
    static func year(_ req: Request) async throws -> Int {
        if let year = try req.queryInt(.year) { return year }
        return try await years(req).first ?? defaultYear
    }

    static var defaultYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) - 1 }
}
