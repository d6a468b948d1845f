import Vapor

/// Serves the stylesheet and the small script from memory (no files to deploy).
struct AssetsController {
    func asset(_ req: Request) async throws -> Response {
        let file = req.parameters.get("file") ?? ""
        let body: String, type: HTTPMediaType
        switch file {
        case "app.css": (body, type) = (Assets.stylesheet, HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"]))
        case "app.js":
            (body, type) = (Assets.javascript, HTTPMediaType(type: "application", subType: "javascript", parameters: ["charset": "utf-8"]))
        default: throw Abort(.notFound, reason: WebText.notFound)
        }
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    func health(_ req: Request) async throws -> String { "ok" }
}
