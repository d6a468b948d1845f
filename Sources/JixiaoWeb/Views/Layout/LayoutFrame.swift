import Foundation
import JixiaoCore
import Plot

/// The page frame's head and top bar as text. Plot renders them once per role (with and without
/// unread messages) with stand-ins where a request's values go — the title, the CSRF token, the
/// account's name, the unread count — and a page puts the pieces together with its values escaped
/// (`HTMLEscape`, as `.text` and `.attr` escape them): the same bytes, without walking the frame's
/// nodes on every request (a few percent of the list page's CPU).
enum LayoutFrame {
    /// Text split at its holes: `pieces[0]`, then each hole's value followed by the next piece.
    struct Template: Sendable {
        enum Hole: Sendable { case title, csrf, name, unread }
        var pieces: [String] = []
        var holes: [Hole] = []

        /// `rendered` split where the stand-ins are.
        init(_ rendered: String) {
            var rest = Substring(rendered)
            while let mark = rest.firstIndex(of: Stand.mark) {
                pieces.append(String(rest[..<mark]))
                let code = rest.index(after: mark)
                holes.append(Stand.holes[rest[code]] ?? .title)
                rest = rest[rest.index(after: code)...]
            }
            pieces.append(String(rest))
        }

        func fill(_ value: (Hole) -> String) -> String {
            var out = TextBuffer(capacity: pieces.reduce(64) { $0 + $1.utf8.count })
            out.append(pieces[0])
            for (index, hole) in holes.enumerated() {
                out.appendHTML(value(hole))
                out.append(pieces[index + 1])
            }
            return out.string
        }
    }

    /// The stand-ins: a private-use character no page text holds, and a letter naming the hole.
    private enum Stand {
        static let mark: Character = "\u{E000}"
        static let holes: [Character: Template.Hole] = ["T": .title, "C": .csrf, "N": .name, "U": .unread]
        static func text(_ code: Character) -> String { String(mark) + String(code) }
        /// The unread count's stand-in: a number (the count is an `Int`) no frame shows otherwise.
        static let unreadNumber = 987_654_321
    }

    /// The head for `context`.
    static func head(_ context: Layout.Context) -> String {
        // `.attr` leaves an empty value's attribute out: not a case of the template's.
        guard !context.csrf.isEmpty else { return Layout.head(context).render() }
        return headTemplate.fill { hole in hole == .csrf ? context.csrf : context.title }
    }

    /// The top bar for `context`, with `unread` unread messages.
    static func topBar(_ context: Layout.Context, unread: Int) -> String {
        guard let user = context.user, !context.csrf.isEmpty else {
            return context.user == nil ? signedOut : Layout.topBar(context).render()
        }
        guard let template = topBars[TopBarKey(role: user.role, unread: unread > 0)] else { return signedOut }
        return template.fill { hole in
            switch hole {
            case .csrf: context.csrf
            case .name: user.displayName
            case .unread: String(unread)
            case .title: ""
            }
        }
    }

    private struct TopBarKey: Hashable {
        var role: Role?
        var unread: Bool
    }

    private static let headTemplate = Template(
        Layout.head(Layout.Context(title: Stand.text("T"), user: nil, csrf: Stand.text("C"))).render())

    /// The top bar without a user (holes none).
    private static let signedOut = topBarTemplate(TopBarKey(role: nil, unread: false)).fill { _ in "" }

    private static let topBars: [TopBarKey: Template] = {
        var templates: [TopBarKey: Template] = [:]
        for role in Role.allCases {
            for unread in [false, true] {
                let key = TopBarKey(role: role, unread: unread)
                templates[key] = topBarTemplate(key)
            }
        }
        return templates
    }()

    private static func topBarTemplate(_ key: TopBarKey) -> Template {
        let user = key.role.map { UserAccount(id: UUID(), username: "", displayName: Stand.text("N"), role: $0, unitCode: "") }
        let rendered = HeaderCounts.$unread.withValue(key.unread ? Stand.unreadNumber : 0) {
            Layout.topBar(Layout.Context(title: "", user: user, csrf: Stand.text("C"))).render()
        }
        return Template(rendered.replacingOccurrences(of: String(Stand.unreadNumber), with: Stand.text("U")))
    }
}
