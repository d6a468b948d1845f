import Plot
import Vapor

extension HTML {
    /// The page as an HTML response.
    func response(status: HTTPStatus = .ok) -> Response {
        Self.response(status: status, body: .init(string: render()))
    }

    /// An HTML response with `body` (not cached: pages show the user's own data).
    static func response(status: HTTPStatus, body: Response.Body) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: body)
    }
}
