import Vapor

/// Checks the `_csrf` form field (or `X-CSRF-Token`) of every state-changing page
/// request against the token kept in the session.
struct CSRFMiddleware: Middleware {
    static let sessionKey = "csrf"
    static let fieldName = "_csrf"
    /// The route's `userInfo` key of a body limit other than the app's default (`RouteRule.maxBody`).
    static let maxBodyKey = "maxBody"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method != .GET && request.method != .HEAD else { return next.respond(to: request) }
        // Large bodies (uploads) arrive streamed: collect them before reading the token.
        let limit = request.route?.userInfo[Self.maxBodyKey] as? Int ?? request.application.routes.defaultMaxBodySize.value
        let body =
            request.body.data == nil
            ? request.body.collect(max: limit).map { _ in }
            : request.eventLoop.makeSucceededVoidFuture()
        return body.flatMap { Self.givenToken(request) }.flatMapThrowing { given in
            let expected = request.hasSession ? request.session.data[Self.sessionKey] : nil
            guard let expected, let given, Self.constantTimeEqual(expected, given) else {
                throw Abort(.forbidden, reason: WebText.csrfFailed)
            }
        }.flatMap { next.respond(to: request) }
    }

    /// The header's token, else the form's; a multipart body (an upload, up to megabytes) is
    /// parsed on the thread pool so the event loop keeps serving other requests.
    static func givenToken(_ request: Request) -> EventLoopFuture<String?> {
        if let header = request.headers.first(name: "X-CSRF-Token") { return request.eventLoop.makeSucceededFuture(header) }
        guard request.headers.contentType?.type == "multipart" else {
            return request.eventLoop.makeSucceededFuture(formToken(request))
        }
        return request.application.threadPool.runIfActive(eventLoop: request.eventLoop) { formToken(request) }
    }

    static func formToken(_ request: Request) -> String? {
        try? request.content.get(String.self, at: fieldName)
    }

    /// The session's token, created on first use.
    static func token(for request: Request) -> String {
        if let token = request.session.data[sessionKey] { return token }
        let token = [UInt8].random(count: 16).map { String(format: "%02x", $0) }.joined()
        request.session.data[sessionKey] = token
        return token
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
