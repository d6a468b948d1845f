import JixiaoCore
import Plot

/// The 账户 menu of the top bar: who is signed in, 修改密码, API 令牌 and 退出, folded into one
/// `<details>` so the everyday links (评价列表, 待办 …) stay alone in the bar. It opens
/// without script (the CSP allows none inline).
enum AccountMenu {
    static func node(_ user: UserAccount, csrf: String) -> Node<HTML.BodyContext> {
        .element(
            named: "details",
            nodes: [
                .attr("class", "account-menu"), .attr("id", "account-menu"),
                .element(
                    named: "summary",
                    nodes: [
                        .span(.class("who"), .text("账户：\(user.displayName)（\(user.role.label)）"))
                    ]),
                .div(
                    .class("account-items"),
                    .a(.attr("href", SiteURL.password.path), .id("account-password"), .text("修改密码")),
                    .a(.attr("href", SiteURL.tokens.path), .id("account-tokens"), .text("API 令牌")),
                    .postForm(
                        action: SiteURL.logout.path, csrf: csrf, class: "inline",
                        [.button(.type(.submit), .id("logout"), .text("退出"))])),
            ])
    }
}
