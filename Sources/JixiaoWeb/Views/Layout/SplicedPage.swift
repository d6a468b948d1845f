import Plot
import Vapor

/// A Plot page with parts written as bytes (`TextBuffer`), put in at their markers when the
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
        var page = html.render()
        var buffer = ByteBuffer()
        buffer.reserveCapacity(page.utf8.count + parts.reduce(0) { $0 + $1.count })
        // Searched as bytes: `String.range(of:)` goes through Foundation's UTF-16 search, which
        // cost more than the rest of the page's rendering.
        page.withUTF8 { bytes in
            var start = 0
            for (index, part) in parts.enumerated() {
                let marker = Array(Self.markerText(index).utf8)
                guard let at = Self.firstIndex(of: marker, in: bytes, from: start) else { continue }
                buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[start..<at]))
                buffer.writeBytes(part)
                start = at + marker.count
            }
            buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return HTML.response(status: status, body: .init(buffer: buffer))
    }

    /// Where `needle` first occurs in `bytes` at or after `start`.
    static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return index }
            index += 1
        }
        return nil
    }
}
