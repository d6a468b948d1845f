import JixiaoCore
import Vapor

/// The monitoring downloads and the budget execution import; part of `RouteTable.all()`.
enum MonitoringExportRoutes {
    static func all() -> [RouteRule] {
        let exports = MonitoringExportController(), execution = ExecutionImportController(), id = SiteURL.parameter
        let signedIn = Access.page(Access.everyRole), finance = Access.page([.admin, .reviewer])
        return [
            .init(method: .GET, url: .monitoringSummary, access: signedIn, handler: exports.summary),
            .init(method: .GET, url: .monitoringDocument(id), access: signedIn, handler: exports.document),
            .init(method: .GET, url: .monitoringExecution, access: finance, handler: execution.show),
            .init(
                method: .POST, url: .monitoringExecution, access: finance,
                maxBody: ExecutionRules.maxBytes + UploadController.formOverhead, handler: execution.preview),
            .init(method: .POST, url: .monitoringExecutionApply, access: finance, handler: execution.apply),
        ]
    }
}
