import JixiaoStore
import Vapor

/// Turns errors into a Chinese error page (pages) or `{"error": {…}}` (API). A database that cannot
/// be reached for the moment (`DatabaseFault`) is a 503 with `Retry-After`, as is every 429 and 503.
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
                    return Self.retryAfter(response)
                }
            }
            // No session read or CSRF token when the database is what failed.
            let csrf = request.hasSession && status != .serviceUnavailable ? request.csrf : ""
            return request.eventLoop.makeSucceededFuture(
                Self.retryAfter(
                    ErrorPage.render(status: Int(status.code), message: message, user: request.currentUser, csrf: csrf)
                        .response(status: status)))
        }
    }

    /// Seconds a client should wait before asking again after a 503 or 429 that did not say.
    static let retrySeconds = 5

    static func retryAfter(_ response: Response) -> Response {
        if [.serviceUnavailable, .tooManyRequests].contains(response.status), !response.headers.contains(name: .retryAfter) {
            response.headers.replaceOrAdd(name: .retryAfter, value: String(retrySeconds))
        }
        return response
    }

    static func describe(_ error: any Error) -> (HTTPStatus, String) {
        // Before AbortError: Vapor makes DecodingError one, with an English reason naming Swift types.
        if let decoding = error as? DecodingError { return (.badRequest, DecodingMessage.text(decoding)) }
        if let abort = error as? any AbortError {
            switch abort.status {
            case .notFound: return (.notFound, WebText.notFound)
            case .unauthorized: return (.unauthorized, WebText.signInRequired)
            case .forbidden: return (.forbidden, abort.reason == WebText.csrfFailed ? WebText.csrfFailed : WebText.forbidden)
            default: return (abort.status, Self.chinese(abort.reason, status: abort.status))
            }
        }
        if DatabaseFault.isUnavailable(error) { return (.serviceUnavailable, WebText.databaseUnavailable) }
        return (.internalServerError, WebText.internalError)
    }

    /// `reason` when it is ours (Chinese); Vapor's own English reasons become a Chinese one.
    static func chinese(_ reason: String, status: HTTPStatus) -> String {
        if reason.unicodeScalars.contains(where: { $0.value >= 0x4E00 && $0.value <= 0x9FFF }) { return reason }
        switch status {
        case .payloadTooLarge: return "上传内容过大。"
        case .unsupportedMediaType: return "不支持的请求内容类型。"
        case .methodNotAllowed: return "不支持该请求方法。"
        case .badRequest: return "请求无效或无法解析。"
        default: return "请求无法处理（HTTP \(status.code)）。"
        }
    }
}
