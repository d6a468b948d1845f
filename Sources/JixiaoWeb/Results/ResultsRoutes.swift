import JixiaoCore
import Vapor

/// The 结果应用 routes (finance bureau and administrators); part of `RouteTable.all()`.
enum ResultsRoutes {
    static func all() -> [RouteRule] {
        let results = ResultsController(), finance = Access.page([.admin, .reviewer])
        return [
            .init(method: .GET, url: .results, access: finance, handler: results.page),
            .init(method: .GET, url: .resultsExport, access: finance, handler: results.export),
            .init(
                method: .GET, url: .api(.results), access: .api([.admin, .reviewer]),
                summary: "结果应用：各单位的自评等级、最近一次监控灯、未完成整改和预算安排建议（与 /results 页相同的行和筛选，不分页）",
                query: [
                    .init(name: "year", type: "integer", summary: "年度"), .init(name: "unit", type: "string", summary: "单位编码"),
                    .init(name: "grade", type: "string", summary: "优、良、中、差，或 none（无等级）"),
                    .init(name: "light", type: "string", summary: "总体监控灯 green、yellow、red、blue，或 none（无监控）"),
                ], handler: results.api),
        ]
    }
}
