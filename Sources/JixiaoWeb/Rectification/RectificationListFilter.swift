import JixiaoCore
import Vapor

/// The list's query (`status`, `unit`, `year`), whitelisted: a known status, a unit code of at
/// most 64 characters, a year in `BoundedInt.year`; anything else is a 400 naming the parameter.
struct RectificationListFilter: Sendable, Equatable {
    var status: RectificationStatus?
    var unit: String?
    var year: Int?

    /// The repository's filter (scope is narrowed by `RectificationService.list`).
    var store: RectificationFilter {
        RectificationFilter(
            unitCodes: unit.map { [$0] }, fiscalYear: year, statuses: status.map { [$0] }, limit: 500)
    }

    /// The filter of the request's query, its unit one that exists.
    static func checked(_ req: Request) async throws -> RectificationListFilter {
        let filter = try from(req)
        if let unit = filter.unit, try await req.units.unit(code: unit) == nil {
            throw Abort(.badRequest, reason: RectificationText.unitInvalid)
        }
        return filter
    }

    static func from(_ req: Request) throws -> RectificationListFilter {
        var filter = RectificationListFilter()
        if let text = req.queryValue(String.self, at: "status"), !text.isEmpty {
            guard let status = RectificationStatus(rawValue: text) else {
                throw Abort(.badRequest, reason: RectificationText.statusInvalid)
            }
            filter.status = status
        }
        if let text = req.queryValue(String.self, at: "unit"), !text.isEmpty {
            guard text.count <= 64 else { throw Abort(.badRequest, reason: RectificationText.unitInvalid) }
            filter.unit = text
        }
        filter.year = try req.queryInt(.year)
        return filter
    }

}
