import JixiaoCore
import Vapor

/// The routes of 整改 (issue 17); part of `RouteTable.all()`. Roles per step are Core's
/// `RectificationRules` (the bureau raises, closes and reopens; the unit answers).
enum RectificationRoutes {
    static func all() -> [RouteRule] {
        let pages = RectificationController(), api = RectificationAPI(), id = SiteURL.parameter
        let signedIn = Access.page(Access.everyRole), bureau = Access.page(RectificationRules.bureauRoles)
        let apiAll = Access.api(Access.everyRole), apiBureau = Access.api(RectificationRules.bureauRoles)
        return [
            .init(method: .GET, url: .rectifications, access: signedIn, handler: pages.list),
            .init(method: .POST, url: .rectifications, access: bureau, handler: pages.create),
            .init(method: .GET, url: .rectification(id), access: signedIn, handler: pages.show),
            .init(method: .POST, url: .rectificationStep(id), access: signedIn, handler: pages.step),
            .init(
                method: .POST, url: .rectificationAttachments(id), access: signedIn, maxBody: AttachmentRoutes.maxBody,
                handler: RectificationAttachments().upload),
            .init(
                method: .GET, url: .api(.rectifications), access: apiAll, summary: "可见的整改事项（status、unit、year 可选）",
                query: [
                    .init(name: "status", type: "string", summary: "open（待整改）、answered（已答复）或 closed（已完成）"),
                    .init(name: "unit", type: "string", summary: "单位代码"),
                    .init(name: "year", type: "integer", summary: "年度"),
                ], handler: api.list),
            .init(
                method: .POST, url: .api(.rectifications), access: apiBureau,
                summary: "提出整改要求：kind（evaluation、monitoring、declaration）、subject（其 id）、target（监控指标行号，可选）、requirement、deadline",
                handler: api.create),
            .init(method: .GET, url: .api(.rectification(id)), access: apiAll, summary: "读取整改事项及其记录", handler: api.read),
            .init(
                method: .POST, url: .api(.rectificationStep(id, RectificationAction.answer.rawValue)), access: apiAll,
                summary: "单位答复整改情况（text；version 可选）", handler: api.answer),
            .init(
                method: .POST, url: .api(.rectificationStep(id, RectificationAction.close.rawValue)), access: apiBureau,
                summary: "财政确认整改完成（text 为可选意见；version 可选）", handler: api.close),
            .init(
                method: .POST, url: .api(.rectificationStep(id, RectificationAction.reopen.rawValue)), access: apiBureau,
                summary: "财政退回重新整改（text 为必填意见；version 可选）", handler: api.reopen),
        ]
    }
}
