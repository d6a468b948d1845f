import JixiaoCore
import Vapor

/// One fiscal year's monitoring thresholds and result-use rules (administrators): the form,
/// saved with a line in the administration log, or refused with a message at each field.
struct YearSettingsController {
    func page(_ req: Request) async throws -> Response {
        let year = try await Self.year(req)
        let settings = try await req.yearSettings.settings(for: year)
        let saved = req.query[String.self, at: "done"] == "saved"
        return YearSettingsPage.render(
            .init(
                user: try req.requireUser(), csrf: req.csrf, year: year, texts: settings.formTexts,
                current: settings, flash: saved ? YearSettingsText.saved : nil)
        ).response()
    }

    func save(_ req: Request) async throws -> Response {
        let year = try await Self.year(req)
        let form = try req.content.decode([String: String].self)
        let value: YearSettings
        if form["reset"] != nil {
            value = .defaults(year: year)
        } else {
            let (parsed, problems) = YearSettings.parse(form, year: year)
            guard let parsed else {
                // The typed texts come back as typed (bounded: the page is not a store).
                let texts = form.mapValues { String($0.prefix(200)) }
                return YearSettingsPage.render(
                    .init(
                        user: try req.requireUser(), csrf: req.csrf, year: year, texts: texts,
                        current: try await req.yearSettings.settings(for: year), errors: problems,
                        error: YearSettingsText.refused(problems.count))
                ).response(status: .unprocessableEntity)
            }
            value = parsed
        }
        try await req.yearSettings.save(
            value, by: try req.requireUser().displayName,
            log: try AdminController.entry(req, YearSettingsText.action, value.summary))
        return AdminController.done(req, "saved", at: .adminYearSettings(String(year)))
    }

    /// The year of the path; 404 unless it is a fiscal year the administrator has set up.
    private static func year(_ req: Request) async throws -> Int {
        guard let year = BoundedInt.year.value(req.parameters.get("id")), try await req.fiscalYears.find(year) != nil
        else { throw Abort(.notFound, reason: WebText.notFound) }
        return year
    }
}
