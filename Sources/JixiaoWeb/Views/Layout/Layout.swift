import JixiaoCore
import Plot

/// The shared page frame: head, top bar with the signed-in user, flash message, content.
struct Layout {
    struct Context {
        var title: String
        var user: UserAccount?
        var csrf: String
        var flash: String? = nil
        var error: String? = nil
    }

    static func page(_ context: Context, _ content: Node<HTML.BodyContext>...) -> HTML {
        HTML(
            .lang(.chinese),
            // The head and the top bar as text from templates Plot rendered once (`LayoutFrame`).
            .raw(LayoutFrame.head(context)),
            .body(
                .raw(LayoutFrame.topBar(context, unread: HeaderCounts.unread)),
                .main(
                    .unwrap(context.flash) { .p(.class("flash"), .id("flash"), .text($0)) },
                    .unwrap(context.error) { .p(.class("error-banner"), .id("error"), .text($0)) },
                    .group(content)
                )
            )
        )
    }

    /// The head (rendered once, with stand-ins, by `LayoutFrame`).
    static func head(_ context: Context) -> Node<HTML.DocumentContext> {
        .head(
            .encoding(.utf8),
            // Not Plot's `.title`: it also writes the title, unescaped, into two `<meta content>`.
            .element(named: "title", nodes: [.text("\(context.title) · \(WebText.appName)")]),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
            .meta(.name("csrf-token"), .attr("content", context.csrf)),
            .link(.rel(.stylesheet), .attr("href", SiteURL.asset("app.css").path)),
            .script(.attr("src", SiteURL.asset("app.js").path), .flag("defer"))
        )
    }

    /// The top bar (rendered once per role, with stand-ins, by `LayoutFrame`).
    static func topBar(_ context: Context) -> Node<HTML.BodyContext> {
        .header(
            .class("top"),
            .a(.class("brand"), .attr("href", SiteURL.home.path), .text("Jixiao \(WebText.appName)")),
            .unwrap(context.user) { user in
                .nav(
                    .a(.attr("href", SiteURL.evaluations.path), .text("评价列表")),
                    .a(.attr("href", SiteURL.declarations.path), .id("nav-targets"), .text("绩效目标")),
                    .a(.attr("href", SiteURL.monitoring.path), .id("nav-monitoring"), .text("运行监控")),
                    ReviewNav.top(user.role),
                    HeaderCounts.links(),
                    AccountMenu.node(user, csrf: context.csrf)
                )
            }
        )
    }
}
