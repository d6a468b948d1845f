import JixiaoCore
import Plot

/// The raise form again after a refusal, with what was typed and the message at its field.
enum RectificationRaisePage {
    struct Model {
        var user: UserAccount
        var csrf: String
        /// The subject as people name it.
        var subject: String
        var form: RectificationPanel.RaiseForm
        var error: String
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "需要整改", user: m.user, csrf: m.csrf, error: m.error),
            .h1(.text("需要整改：\(m.subject)")),
            RectificationPanel.raiseForm(m.form, csrf: m.csrf)
        )
    }
}
