import JixiaoCore
import Vapor

/// The routes of monitoring rounds (issue 17, web part); part of `RouteTable.all()`.
enum MonitoringRoutes {
    static func all() -> [RouteRule] {
        let pages = MonitoringController(), dates = MonitoringDatesController(), api = MonitoringAPI(), id = SiteURL.parameter
        let signedIn = Access.page(Access.everyRole), editors = Access.page(Access.editors), admins = Access.page([.admin])
        let apiAll = Access.api(Access.everyRole), apiEditors = Access.api(Access.editors)
        return [
            .init(method: .GET, url: .monitoring, access: signedIn, handler: pages.list),
            .init(method: .POST, url: .monitoring, access: editors, handler: pages.create),
            .init(method: .GET, url: .monitoringRound(id), access: signedIn, handler: pages.show),
            .init(method: .POST, url: .monitoringRound(id), access: editors, handler: pages.save),
            .init(method: .POST, url: .monitoringWorkflow(id), access: signedIn, handler: pages.workflow),
            .init(method: .POST, url: .monitoringAnalyze(id), access: editors, handler: pages.analyze),
            .init(method: .GET, url: .monitoringDates, access: admins, handler: dates.show),
            .init(method: .POST, url: .monitoringDates, access: admins, handler: dates.save),
            .init(
                method: .GET, url: .api(.monitoring), access: apiAll, summary: "可见的运行监控表及其灯（year 可选）",
                query: [.init(name: "year", type: "integer", summary: "年度")], handler: api.list),
            .init(
                method: .POST, url: .api(.monitoring), access: apiEditors,
                summary: "由已审核通过的申报表生成运行监控表（declarationId、asOf：该年度的监控日期）", handler: api.create),
            .init(
                method: .POST, url: .api(.monitoringCheck), access: apiAll,
                summary: "计算一份运行监控表的灯（不保存）：与 jixiao monitor --format json 相同", handler: api.check),
            .init(
                method: .GET, url: .api(.monitoringRound(id)), access: apiAll,
                summary: "读取运行监控表（文件格式）及其灯和审核发现（result 与 jixiao monitor --format json 相同）", handler: api.read),
            .init(
                method: .PUT, url: .api(.monitoringRound(id)), access: apiEditors,
                summary: "修改运行监控表（?version= 读取时的版本号；草稿或退回时）", handler: api.update),
            .init(
                method: .POST, url: .api(.monitoringWorkflow(id)), access: apiAll,
                summary: "运行监控表流程：submit、approve、departmentReturn、sendBack、accept（reason；version）", handler: api.workflow),
        ]
    }
}
