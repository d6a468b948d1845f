import Vapor

/// Turns errors into a Chinese error page (pages) or `{"error": {…}}` (API).
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message) = Self.describe(error)
            if status == .internalServerError { request.logger.report(error: error) }
            if request.url.path.hasPrefix("/api/") {
                let body = APIErrorDTO(error: .init(status: Int(status.code), message: message))
                let response = try await body.encodeResponse(status: status, for: request)
                if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
                return response
            }
            let csrf = request.hasSession ? request.csrf : ""
            return ErrorPage.render(status: Int(status.code), message: message, user: request.currentUser, csrf: csrf)
                .response(status: status)
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
