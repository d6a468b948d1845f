import Foundation
import JixiaoCore
import Vapor

/// Upload a report document: a draft prefilled from it, shown with the document's findings.
struct UploadController {
    struct UploadForm: Content {
        var framework: String
        var year: String
        var report: File?
    }

    /// Largest report accepted (a real one is a few hundred KB; a .docx with images a few MB).
    static let maxBytes = 10 * 1024 * 1024
    /// The rolling window of the per-unit upload quota (`AppSettings.uploadsPerUnitPerDay`).
    static let quotaWindow: TimeInterval = 24 * 60 * 60
    /// Room for the form's other fields and the multipart framing around the file.
    static let formOverhead = 64 * 1024

    func page(_ req: Request) async throws -> Response {
        UploadPage.render(try await model(req, user: try req.requireUser())).response()
    }

    func upload(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        // Refused before the multipart body is parsed, which costs time on the event loop.
        if (req.body.data?.readableBytes ?? 0) > Self.maxBytes + Self.formOverhead {
            return try await fail(req, user, Self.tooLarge("上传的文件"), status: .payloadTooLarge)
        }
        let form = try await req.offload { Result { try req.content.decode(UploadForm.self) } }.get()
        guard let file = form.report, file.data.readableBytes > 0 else {
            return try await fail(req, user, WebText.uploadEmpty)
        }
        guard file.data.readableBytes <= Self.maxBytes else {
            return try await fail(req, user, Self.tooLarge(file.filename), status: .payloadTooLarge)
        }
        let ext = (file.extension ?? "").lowercased()
        guard req.importer.extensions.contains(ext) else {
            return try await fail(req, user, WebText.uploadUnsupported)
        }
        // Counted before the report is read, which is the costly part; every upload read counts.
        let limit = req.application.services.settings.uploadsPerUnitPerDay, now = Date()
        guard
            try await req.reportUploads.admit(
                unitCode: user.unitCode, limit: limit,
                window: Self.quotaWindow, at: now)
        else {
            let earliest = try await req.reportUploads.earliest(unitCode: user.unitCode, since: now - Self.quotaWindow)
            let response = try await fail(req, user, Self.quotaUsed(limit), status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Self.retrySeconds(earliest: earliest, now: now)))
            return response
        }
        guard let choice = try await req.frameworks.choices().first(where: { $0.id == form.framework }) else {
            return try await fail(req, user, WebText.frameworkUnknown)
        }
        guard let year = BoundedInt.year.value(form.year) else {
            return try await fail(req, user, WebText.yearInvalid)
        }
        guard let unit = try await req.units.unit(code: user.unitCode) else { throw Abort(.forbidden) }
        let base = Evaluation(
            kind: choice.kind, unit: unit, fiscalYear: year, frameworkID: choice.id,
            narrative: NarrativeTemplate.sections(for: choice.kind))
        // Found once: the import matches item scores to its leaves, the analysis scores on it.
        let analyzer = try await req.frameworks.analyzer(id: choice.id)
        let framework = analyzer?.framework
        let importer = req.importer, bytes = Array(file.data.readableBytesView), name = file.filename
        let imported: ImportedReport
        switch try await req.offload({ Result { try importer.read(bytes, filename: name, base: base, framework: framework) } }) {
        case .success(let value): imported = value
        case .failure(let error): return try await fail(req, user, "无法读取 \(file.filename)：\(error)")
        }
        // The report's own year decides (the notice says so); the year rules apply to it.
        if let refusal = try await req.evaluationRules.newRefusal(
            year: imported.draft.fiscalYear, kind: choice.kind,
            frameworkID: choice.id)
        {
            return try await fail(req, user, refusal)
        }
        if let refusal = EvaluationRules.contentRefusal(imported.draft) { return try await fail(req, user, refusal) }
        let analysis = req.frameworks.analyze(imported.draft, with: analyzer)
        let stored: StoredEvaluation
        do {
            stored = try await req.evaluations.create(imported.draft, metrics: analysis.metrics, by: user.displayName)
        } catch RepositoryError.duplicate(let existing) {
            return try await fail(
                req, user, ([WebText.duplicate(imported.draft)] + imported.notices).joined(separator: " "),
                status: .conflict, existingID: existing)
        }
        var model = try await EditorController().makeModel(
            req, stored: stored, form: EvaluationForm(evaluation: stored.evaluation, version: stored.version),
            evaluation: stored.evaluation, analysis: analysis)
        model.documentFindings = imported.findings
        model.flash = (["已根据 \(file.filename) 生成草稿。"] + imported.notices).joined(separator: " ")
        return EditorPage.render(model).response(status: .created)
    }

    private func model(_ req: Request, user: UserAccount) async throws -> UploadPage.Model {
        let choices = try await req.frameworks.choices(), year = try await req.filingYears.suggested()
        return .init(
            user: user, csrf: req.csrf, frameworks: choices, year: String(year),
            selected: try await req.filingYears.preselected(year: year, choices: choices))
    }

    private func fail(
        _ req: Request, _ user: UserAccount, _ message: String,
        status: HTTPStatus = .unprocessableEntity, existingID: String? = nil
    ) async throws -> Response {
        var m = try await model(req, user: user)
        m.error = message
        m.existingID = existingID
        return UploadPage.render(m).response(status: status)
    }

    static func quotaUsed(_ limit: Int) -> String {
        "本单位 24 小时内已上传 \(limit) 份报告，达到上限，请稍后再试或联系管理员。"
    }

    /// Seconds until the quota has a place again: until the earliest upload in the window leaves it.
    static func retrySeconds(earliest: Date?, now: Date) -> Int {
        guard let earliest else { return ErrorPageMiddleware.retrySeconds }
        return max(1, Int((earliest.timeIntervalSince(now) + quotaWindow).rounded(.up)))
    }

    static func tooLarge(_ filename: String) -> String {
        "\(filename) 过大：报告文件至多 \(maxBytes / 1024 / 1024) MB。"
    }
}
