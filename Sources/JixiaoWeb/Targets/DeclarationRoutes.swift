import JixiaoCore
import Vapor

/// The routes of target declarations (issue 16, web part); part of `RouteTable.all()`.
enum DeclarationRoutes {
    static func all() -> [RouteRule] {
        let pages = DeclarationController(), api = DeclarationAPI(), id = SiteURL.parameter
        let signedIn = Access.page(Access.everyRole), editors = Access.page(Access.editors)
        let apiAll = Access.api(Access.everyRole), apiEditors = Access.api(Access.editors)
        return [
            .init(method: .GET, url: .declarations, access: signedIn, handler: pages.list),
            .init(method: .POST, url: .declarations, access: editors, handler: pages.create),
            .init(method: .GET, url: .declaration(id), access: signedIn, handler: pages.show),
            .init(method: .POST, url: .declaration(id), access: editors, handler: pages.save),
            .init(method: .POST, url: .declarationWorkflow(id), access: signedIn, handler: pages.workflow),
            .init(method: .POST, url: .declarationAnalyze(id), access: editors, handler: pages.analyze),
            .init(
                method: .GET, url: .declarationDocument(id, format: SiteURL.formatParameter), access: signedIn,
                handler: DeclarationDocumentController().download),
            .init(
                method: .GET, url: .api(.targets), access: apiAll, summary: "可见的绩效目标申报表（year 可选）",
                query: [.init(name: "year", type: "integer", summary: "年度")], handler: api.list),
            .init(
                method: .POST, url: .api(.targets), access: apiEditors,
                summary: "新建绩效目标申报表（请求体为 jixiao targets 读取的申报表 JSON；本单位）", handler: api.create),
            .init(
                method: .POST, url: .api(.targetsCheck), access: apiAll,
                summary: "审核一份申报表（不保存）：与 jixiao targets --format json 的 report 相同", handler: api.check),
            .init(
                method: .GET, url: .api(.target(id)), access: apiAll, summary: "读取申报表（文件格式）、审核意见和审核发现",
                handler: api.read),
            .init(
                method: .PUT, url: .api(.target(id)), access: apiEditors,
                summary: "修改申报表（?version= 读取时的版本号；草稿或退回时）", handler: api.update),
            .init(
                method: .POST, url: .api(.targetWorkflow(id)), access: apiAll,
                summary: "申报表流程：submit、approve、sendBack、accept、adjust（reason；rows 逐行意见）", handler: api.workflow),
        ]
    }
}
