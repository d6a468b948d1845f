import JixiaoCore
import Vapor

/// The routes of the to-do list, messages and 从上年复制; part of `RouteTable.all()`.
enum TodoRoutes {
    static func all() -> [RouteRule] {
        let todo = TodoController(), notices = NoticeController()
        let signedIn = Access.page(Access.everyRole), editors = Access.page(Access.editors)
        return [
            .init(method: .GET, url: .todo, access: signedIn, handler: todo.page),
            .init(method: .POST, url: .copyEvaluation, access: editors, handler: todo.copy),
            .init(method: .GET, url: .notices, access: signedIn, handler: notices.page),
            .init(method: .POST, url: .noticeRead(SiteURL.parameter), access: signedIn, handler: notices.markRead),
            .init(method: .POST, url: .noticesReadAll, access: signedIn, handler: notices.markAllRead),
            .init(
                method: .POST, url: .api(.copy), access: .api(Access.editors),
                summary: "从上年复制：以上年同单位、同类型（同项目）的评价新建本年度草稿（文字、目标、指标体系；数据和得分留空）",
                handler: todo.copyAPI),
        ]
    }
}
