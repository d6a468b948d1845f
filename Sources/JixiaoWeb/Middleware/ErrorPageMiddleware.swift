import Vapor

/// Turns errors into a Chinese error page (pages) or `{"error": {…}}` (API).
///
/// The middlewares on every request are future-based, not `AsyncMiddleware`: each async one
/// starts a task and hops threads twice, a measurable share of a list request's CPU.
struct ErrorPageMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            let (status, message) = Self.describe(error)
            if status == .internalServerError { request.logger.report(error: error) }
            if request.url.path.hasPrefix("/api/") {
                let body = APIErrorDTO(error: .init(status: Int(status.code), message: message))
                return body.encodeResponse(status: status, for: request).map { response in
                    if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
                    return response
                }
            }
            let csrf = request.hasSession ? request.csrf : ""
            return request.eventLoop.makeSucceededFuture(
                ErrorPage.render(status: Int(status.code), message: message, user: request.currentUser, csrf: csrf)
                    .response(status: status))
        }
    }

    static func describe(_ error: any Error) -> (HTTPStatus, String) {
        if let abort = error as? any AbortError {
            switch abort.status {
            case .notFound: return (.notFound, WebText.notFound)
            case .unauthorized: return (.unauthorized, WebText.signInRequired)
            case .forbidden: return (.forbidden, abort.reason == WebText.csrfFailed ? WebText.csrfFailed : WebText.forbidden)
            default: return (abort.status, abort.reason)
            }
        }
        if error is DecodingError { return (.badRequest, "请求内容无法解析：\(error)") }
        return (.internalServerError, WebText.internalError)
    }
}
