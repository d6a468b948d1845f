import Foundation
import JixiaoCore
import JixiaoRender
import Vapor

/// 结果应用 (finance bureau and administrators): per unit and year the self-evaluation grade,
/// the latest monitoring lights, open rectifications and the suggested budget treatment; the
/// page (500 rows a page) and the same filter as .xlsx and as JSON (`/api/v1/results`).
struct ResultsController {
    func page(_ req: Request) async throws -> Response {
        let (filter, units) = try await Self.filter(req)
        let (settings, rows) = try await ResultsService.rows(req, filter: filter, units: units)
        let model = ResultsPage.Model(
            user: try req.requireUser(), csrf: req.csrf, filter: filter, settings: settings,
            years: try await req.fiscalYears.all().map(\.year), units: units.map { ($0.code, $0.unit.name) },
            rows: rows)
        return ResultsPage.render(model).response()
    }

    func export(_ req: Request) async throws -> Response {
        let (filter, units) = try await Self.filter(req)
        let (_, rows) = try await ResultsService.rows(req, filter: filter, units: units)
        let table = ResultsColumns.table(rows, year: filter.year)
        let data = try await req.offload {
            Result {
                try XlsxRenderer.render(
                    tables: [table], title: "\(filter.year)年度绩效评价结果应用", meta: "共 \(rows.count) 个单位")
            }
        }.get()
        return FileResponse.make(
            data, filename: "jixiao-results-\(filter.year).xlsx", contentType: FileResponse.contentType("xlsx"))
    }

    /// `GET /api/v1/results`: every row of the page's filter (all pages) as JSON.
    func api(_ req: Request) async throws -> Response {
        let (filter, units) = try await Self.filter(req)
        let (_, rows) = try await ResultsService.rows(req, filter: filter, units: units)
        return try DeclarationAPI.json(rows.map(ResultUseDTO.init))
    }

    private static func filter(_ req: Request) async throws -> (ResultsFilter, [StoredUnit]) {
        let year = try await ReviewController.year(req)
        let units = try await req.units.storedUnits()
        return (try ResultsFilter.from(req, year: year, unitCodes: Set(units.map(\.code))), units)
    }
}
