import JixiaoCore
import Plot

/// The page shown for 403, 404 and 500 on page routes.
enum ErrorPage {
    static func render(status: Int, message: String, user: UserAccount?, csrf: String) -> HTML {
        Layout.page(
            .init(title: "出错了", user: user, csrf: csrf),
            .h1("出错了（\(status)）"),
            .p(.class("error-message"), .text(message)),
            .p(.a(.attr("href", SiteURL.home.path), .text("返回首页")))
        )
    }
}
