import JixiaoCore
import Vapor

/// The routes of the review cycle, dashboard, publication, exports and backup;
/// part of `RouteTable.all()` (the one routing table).
enum ReviewRoutes {
    static func all(signedIn: Access, apiAll: Access) -> [RouteRule] {
        let id = SiteURL.parameter
        let workflow = WorkflowController(), review = ReviewController(), dashboard = DashboardController()
        let publication = PublicController(), export = ExportController()
        let bureau = Access.page([.reviewer, .admin]), reviewer = Access.page([.reviewer]), admins = Access.page([.admin])
        return [
            .init(method: .POST, url: .workflow(id), access: signedIn, handler: workflow.page),
            .init(method: .GET, url: .reviewQueue, access: bureau, handler: review.queue),
            .init(method: .POST, url: .reviewBatch, access: bureau, handler: ReviewBatchController().batch),
            .init(method: .GET, url: .reviewReportsZip, access: bureau, handler: ReviewBatchController().reportsZip),
            .init(method: .GET, url: .review(id), access: bureau, handler: review.page),
            .init(method: .POST, url: .reviewScores(id), access: reviewer, handler: review.saveScores),
            .init(method: .GET, url: .dashboard, access: bureau, handler: dashboard.page),
            .init(method: .GET, url: .dashboardUnits, access: bureau, handler: dashboard.units),
            .init(method: .GET, url: .publicIndex, access: .anyone, handler: publication.index),
            .init(method: .GET, url: .publicReport(id), access: .anyone, handler: publication.report),
            .init(method: .GET, url: .publicFile(id, "docx"), access: .anyone, handler: publication.docx),
            .init(method: .GET, url: .publicFile(id, "xlsx"), access: .anyone, handler: publication.xlsx),
            .init(method: .GET, url: .export("csv"), access: bureau, handler: export.csv),
            .init(method: .GET, url: .export("xlsx"), access: bureau, handler: export.xlsx),
            .init(method: .GET, url: .backup, access: admins, handler: export.backup),
            .init(method: .POST, url: .restore, access: admins, handler: export.restore),
            .init(
                method: .POST, url: .api(.workflow(id)), access: apiAll,
                summary: "流程操作（提交、部门审核通过（reason 为可选审核意见）、部门审核退回、退回、通过、公开、重新打开、撤回公开）", handler: workflow.api),
            .init(
                method: .GET, url: .api(.backup), access: .api([.admin]), summary: "整库导出（JSON，可导入空库）",
                handler: export.backup),
        ]
    }
}
