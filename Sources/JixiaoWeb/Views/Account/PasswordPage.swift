import JixiaoCore
import Plot

/// Password change.
enum PasswordPage {
    static func render(user: UserAccount, csrf: String, flash: String? = nil, error: String? = nil) -> HTML {
        Layout.page(
            .init(title: "修改密码", user: user, csrf: csrf, flash: flash, error: error),
            .h1("修改密码"),
            .postForm(
                action: SiteURL.password.path, csrf: csrf, id: "password-form", class: "narrow",
                [
                    .textField("当前密码", name: "current", value: "", type: .password),
                    .textField("新密码", name: "new", value: "", type: .password, hint: "至少 8 个字符"),
                    .textField("再次输入新密码", name: "confirm", value: "", type: .password),
                    .button(.type(.submit), .text("修改")),
                ])
        )
    }
}
