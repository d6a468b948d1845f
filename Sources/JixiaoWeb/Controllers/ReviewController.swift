import Foundation
import JixiaoCore
import Vapor

/// The finance bureau's queue, review page and its scores (财政复核得分).
struct ReviewController {
    func queue(_ req: Request) async throws -> Response {
        try await ReviewQueuePage.render(queueModel(req)).response()
    }

    /// One page of the year's list as the query string filters and sorts it (`req.reviewList`:
    /// indexed columns, keyset pages with `after=`, a bounded count).
    func queueModel(_ req: Request, batch: ReviewBatch.Outcome? = nil) async throws -> ReviewQueueModel {
        let user = try req.requireUser()
        let years = try await Self.years(req)
        let year = try req.queryInt(.year) ?? years.first ?? Self.defaultYear
        let units = try await req.units.units().map { ($0.code ?? "", $0.name) }
        let frameworks = try await req.frameworks.choices()
        let filter = try ReviewQueueModel.Filter.from(req, year: year, units: units, frameworks: frameworks)
        let page = try req.queryInt(.page) ?? 1
        let after = try ListPage.cursor(req.queryValue(String.self, at: "after"))
        let statuses = filter.statuses(deadlines: Deadlines(years: try await req.fiscalYears.all()))
        let per = ListPage.defaultPer
        let query = req.reviewList
        let store = filter.store(statuses: statuses, limit: per, offset: after == nil ? (page - 1) * per : 0, after: after)
        let rows = statuses.isEmpty ? [] : try await query.rows(store)
        var model = ReviewQueueModel(
            user: user, csrf: req.csrf, filter: filter, years: years.isEmpty ? [year] : years,
            units: units, rows: rows)
        model.frameworks = frameworks.map { ($0.id, $0.title) }
        model.total = statuses.isEmpty ? 0 : try await query.count(store)
        model.page = page
        model.next = rows.count == per ? rows.last?.id : nil
        model.batch = batch
        return model
    }

    func page(_ req: Request) async throws -> Response {
        let stored = try await req.readableEvaluation()
        var model = try await makeModel(req, stored)
        if let done = req.query[String.self, at: "done"] {
            model.flash =
                done == "scores"
                ? ReviewText.scoresSaved
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
            model.error = ReviewText.scoresRefused(
                model.rows.compactMap { row in
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
                stored, expectedVersion: BoundedInt.version.value(form["version"]) ?? stored.version, evaluation: new,
                metrics: try await req.frameworks.analyze(new).metrics, by: user.displayName,
                changes: ReviewDiff.changes(from: stored.evaluation.review, to: new.review))
            return req.redirect(to: SiteURL.review(saved.id).withQuery(["done": "scores"]), redirectType: .normal)
        } catch RepositoryError.versionConflict(_, let current) {
            model.input = form
            model.error = ReviewText.workflowConflict(version: current)
            return ReviewPage.render(model).response(status: .conflict)
        }
    }

    /// Reads `score.<id>` and `comment.<id>` for every row; blank score and comment mean none.
    static func parse(_ form: [String: String], rows: [ReviewPageModel.Row])
        -> (scores: [String: ReviewScore], errors: [String: String])
    {
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
        let analysis = try await req.frameworks.analyze(stored.evaluation)
        var model = ReviewPageModel(
            user: try req.requireUser(), csrf: req.csrf, stored: stored, analysis: analysis,
            framework: analysis.framework, history: try await req.evaluations.history(id: stored.id))
        model.attachments = try await req.attachments.list(evaluationID: stored.id)
        model.rectifications = try await req.rectificationService.list(
            RectificationFilter(unitCodes: [stored.evaluation.unit.code ?? ""], fiscalYear: stored.evaluation.fiscalYear), for: model.user)
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
