import JixiaoCore
import Plot

/// Edit one user: name, role, unit; reset the password; revoke API tokens; disable or enable.
enum UserEditPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        /// The user being edited, as stored.
        var edited: StoredUser
        /// The values in the form: the stored ones, or those typed into a refused form.
        var input: UserInput
        var units: [JixiaoCore.Unit]
        var flash: String? = nil
        var error: String? = nil
        /// A message per form field (`displayName`, `role`, `unit`, `password`).
        var errors: [String: String] = [:]
        /// The user's API tokens.
        var tokens: [TokenRow] = []

        var id: String { edited.id.uuidString }
    }

    static func render(_ m: Model) -> HTML {
        let disabled = m.edited.disabled
        return Layout.page(
            .init(title: "编辑用户", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1(.text("编辑用户：\(m.edited.account.username)")),
            .p(
                .a(.attr("href", SiteURL.admin.withQuery([:], fragment: "users")), .text("返回系统管理")),
                .text(" · 状态："), .strong(.id("user-state"), .text(disabled ? "已停用" : "在用"))),
            .postForm(
                action: SiteURL.adminUser(m.id).path, csrf: m.csrf, id: "user-edit", class: "narrow",
                [
                    AdminFields.text("姓名", name: "displayName", value: m.input.displayName, errors: m.errors),
                    AdminFields.select(
                        "角色", name: "role", options: Role.allCases.map { ($0.rawValue, $0.label) },
                        selected: m.input.role, errors: m.errors),
                    AdminFields.select(
                        "单位", name: "unit", options: m.units.map { ($0.code ?? "", $0.name) },
                        selected: m.input.unit, errors: m.errors),
                    .button(.type(.submit), .id("user-save"), .text("保存")),
                ]),
            .h2("重置密码"),
            .p("重置后该用户已登录的会话全部结束，API 令牌全部作废。"),
            .postForm(
                action: SiteURL.adminUserPassword(m.id).path, csrf: m.csrf, id: "user-password", class: "narrow",
                [
                    AdminFields.text("新密码（至少 8 个字符）", name: "password", value: "", errors: m.errors, type: .password),
                    .button(.type(.submit), .text("重置密码")),
                ]),
            .h2("API 令牌"),
            TokenTable.node(m.tokens, csrf: m.csrf, revokeURL: { _ in SiteURL.adminUserTokenRevoke(m.id).path }),
            .h2(disabled ? "启用" : "停用"),
            .p(disabled ? "启用后该用户可以重新登录。" : "停用后该用户不能登录，已登录的会话和 API 令牌立即失效。"),
            .postForm(
                action: SiteURL.adminUserState(m.id).path, csrf: m.csrf, id: "user-state-form",
                [
                    .hidden(name: "disabled", value: disabled ? "0" : "1"),
                    .button(.type(.submit), .id("user-state-button"), .text(disabled ? "启用用户" : "停用用户")),
                ])
        )
    }
}
