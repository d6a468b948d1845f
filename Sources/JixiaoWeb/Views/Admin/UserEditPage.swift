import JixiaoCore
import JixiaoStore
import Plot

/// Edit one user: name, role, unit; reset the password; revoke API tokens; disable or enable.
enum UserEditPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var record: UserRecord
        var units: [JixiaoCore.Unit]
        var flash: String? = nil
        var error: String? = nil
        /// The user's API tokens.
        var tokens: [TokenRow] = []

        var id: String { record.id?.uuidString ?? "" }
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "编辑用户", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1(.text("编辑用户：\(m.record.username)")),
            .p(.a(.attr("href", SiteURL.admin.path + "#users"), .text("返回系统管理")),
               .text(" · 状态："), .strong(.id("user-state"), .text(m.record.disabled ? "已停用" : "在用"))),
            .postForm(action: SiteURL.adminUser(m.id).path, csrf: m.csrf, id: "user-edit", class: "narrow", [
                .textField("姓名", name: "displayName", value: m.record.displayName),
                .selectField("角色", name: "role", options: Role.allCases.map { ($0.rawValue, $0.label) },
                             selected: m.record.role),
                .selectField("单位", name: "unit", options: m.units.map { ($0.code ?? "", $0.name) },
                             selected: m.record.unitCode),
                .button(.type(.submit), .id("user-save"), .text("保存")),
            ]),
            .h2("重置密码"),
            .p("重置后该用户已登录的会话全部结束，API 令牌全部作废。"),
            .postForm(action: SiteURL.adminUserPassword(m.id).path, csrf: m.csrf, id: "user-password", class: "narrow", [
                .textField("新密码（至少 8 个字符）", name: "password", value: "", type: .password),
                .button(.type(.submit), .text("重置密码")),
            ]),
            .h2("API 令牌"),
            TokenTable.node(m.tokens, csrf: m.csrf, revokeURL: { _ in SiteURL.adminUserTokenRevoke(m.id).path }),
            .h2(m.record.disabled ? "启用" : "停用"),
            .p(m.record.disabled ? "启用后该用户可以重新登录。" : "停用后该用户不能登录，已登录的会话和 API 令牌立即失效。"),
            .postForm(action: SiteURL.adminUserState(m.id).path, csrf: m.csrf, id: "user-state-form", [
                .hidden(name: "disabled", value: m.record.disabled ? "0" : "1"),
                .button(.type(.submit), .id("user-state-button"), .text(m.record.disabled ? "启用用户" : "停用用户")),
            ])
        )
    }
}
