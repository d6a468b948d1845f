import Foundation
import JixiaoCore
import Plot

/// API tokens: create one (its value is shown once), list them with when each was made and
/// last used, and revoke one.
enum TokensPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var tokens: [TokenRow]
        var newToken: String? = nil
        var flash: String? = nil
        var error: String? = nil
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "API 令牌", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1("API 令牌"),
            .p("集成方调用 /api/v1 时在请求头中携带 Authorization: Bearer <令牌>。令牌只显示一次，服务器只保存其摘要。修改密码会作废全部令牌。"),
            .unwrap(m.newToken) { .p(.class("flash"), .text("新令牌："), .code(.id("new-token"), .text($0))) },
            .postForm(
                action: SiteURL.tokens.path, csrf: m.csrf, class: "narrow",
                [
                    .textField("令牌名称", name: "name", value: "集成"),
                    .button(.type(.submit), .text("生成令牌")),
                ]),
            .h2("已有令牌"),
            TokenTable.node(m.tokens, csrf: m.csrf, revokeURL: { SiteURL.tokenRevoke($0).path }),
            .p(.a(.attr("href", SiteURL.api(.openAPI).path), .text("OpenAPI 文档（openapi.json）")))
        )
    }
}

/// One API token as the token lists show it.
struct TokenRow: Sendable {
    var id: String
    var name: String
    var createdAt: Date?
    var lastUsedAt: Date?
}

/// The table of a user's tokens with a revoke button each (the tokens page, the user edit page);
/// each button posts the token's id as `token`.
enum TokenTable {
    static func node(_ tokens: [TokenRow], csrf: String, revokeURL: (String) -> String) -> Node<HTML.BodyContext> {
        guard !tokens.isEmpty else { return .p(.id("no-tokens"), .text(AccountText.noTokens)) }
        return .table(
            .id("tokens"),
            .thead(.tr(.th("名称"), .th("创建时间"), .th("最近使用"), .th(""))),
            .tbody(
                .forEach(tokens) { token in
                    .tr(
                        .td(.text(token.name)),
                        .td(.text(token.createdAt.map(DateText.short) ?? "")),
                        .td(.text(token.lastUsedAt.map(DateText.short) ?? AccountText.neverUsed)),
                        .td(
                            .postForm(
                                action: revokeURL(token.id), csrf: csrf,
                                [
                                    .hidden(name: "token", value: token.id),
                                    .button(.type(.submit), .text("作废")),
                                ])))
                })
        )
    }
}
