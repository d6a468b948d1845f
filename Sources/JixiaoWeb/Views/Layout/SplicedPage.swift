import Plot
import Vapor

/// A Plot page with parts written as bytes (`TextBytes`), put in at their markers when the
/// response is made. As a Plot node a part would be copied through every enclosing element,
/// and made into a `String` its bytes would be validated again; the list page's table is
/// most of the page.
struct SplicedPage {
    /// The page with `marker(i)` where part `i` goes.
    var html: HTML
    var parts: [[UInt8]]

    /// The marker of part `index`: an HTML comment no user text can produce (text is escaped).
    static func marker(_ index: Int) -> Node<HTML.BodyContext> { .raw(markerText(index)) }

    private static func markerText(_ index: Int) -> String { "<!--jixiao-part-\(index)-->" }

    /// The page as an HTML response.
    func response(status: HTTPStatus = .ok) -> Response {
        var rest = Substring(html.render())
        var buffer = ByteBuffer()
        buffer.reserveCapacity(rest.utf8.count + parts.reduce(0) { $0 + $1.count })
        for (index, part) in parts.enumerated() {
            guard let range = rest.range(of: Self.markerText(index)) else { continue }
            buffer.writeSubstring(rest[..<range.lowerBound])
            buffer.writeBytes(part)
            rest = rest[range.upperBound...]
        }
        buffer.writeSubstring(rest)
        return HTML.response(status: status, body: .init(buffer: buffer))
    }
}
