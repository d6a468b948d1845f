import Vapor

/// Counts every request in and out of `RequestDrain` (the whole handler, even when its client has
/// gone); once the app is stopping, answers 503 with a Chinese message instead of running it.
/// Future-based, as the other middleware on the hot path: no task of its own.
struct RequestDrainMiddleware: Middleware {
    let drain: RequestDrain

    static let message = "服务正在停止或重启，请稍后重试。"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard drain.enter() else {
            var headers = HTTPHeaders()
            headers.contentType = .plainText
            headers.replaceOrAdd(name: .retryAfter, value: "5")
            headers.replaceOrAdd(name: .connection, value: "close")
            return request.eventLoop.makeSucceededFuture(
                Response(status: .serviceUnavailable, headers: headers, body: .init(string: Self.message)))
        }
        let drain = drain
        return next.respond(to: request).always { _ in drain.leave() }
    }
}
