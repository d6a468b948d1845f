import JixiaoCore
import Plot

/// API tokens: create one; its value is shown once.
enum TokensPage {
    static func render(user: UserAccount, csrf: String, newToken: String? = nil) -> HTML {
        Layout.page(
            .init(title: "API 令牌", user: user, csrf: csrf),
            .h1("API 令牌"),
            .p("集成方调用 /api/v1 时在请求头中携带 Authorization: Bearer <令牌>。令牌只显示一次，服务器只保存其摘要。"),
            .unwrap(newToken) { .p(.class("flash"), .text("新令牌："), .code(.id("new-token"), .text($0))) },
            .postForm(action: SiteURL.tokens.path, csrf: csrf, class: "narrow", [
                .textField("令牌名称", name: "name", value: "集成"),
                .button(.type(.submit), .text("生成令牌")),
            ]),
            .p(.a(.href(SiteURL.api(.openAPI).path), .text("OpenAPI 文档（openapi.json）")))
        )
    }
}
