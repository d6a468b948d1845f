import Plot

/// The sign-in page.
enum LoginPage {
    struct Model {
        var csrf: String
        var username: String = ""
        var error: String? = nil
        var demoLogins: [String] = []
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "登录", user: nil, csrf: m.csrf, error: m.error),
            .h1("登录"),
            .postForm(
                action: SiteURL.login.path, csrf: m.csrf, id: "login-form", class: "narrow",
                [
                    .textField("用户名", name: "username", value: m.username),
                    .textField("密码", name: "password", value: "", type: .password),
                    .button(.type(.submit), .id("login"), .text("登录")),
                ]),
            .if(
                !m.demoLogins.isEmpty,
                .div(
                    .class("hint-box"),
                    .p("演示账号（密码均为 \(DemoData.password)）："),
                    .ul(.forEach(m.demoLogins) { .li(.text($0)) })
                ))
        )
    }
}
