import JixiaoCore
import Vapor

/// The 结果应用 routes (finance bureau and administrators); part of `RouteTable.all()`.
enum ResultsRoutes {
    static func all() -> [RouteRule] {
        let results = ResultsController(), finance = Access.page([.admin, .reviewer])
        return [
            .init(method: .GET, url: .results, access: finance, handler: results.page),
            .init(method: .GET, url: .resultsExport, access: finance, handler: results.export),
        ]
    }
}
