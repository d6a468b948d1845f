import NIOCore
import Vapor

/// One log line per request at `info`, its facts as logger metadata (so a JSON log handler writes
/// them as fields): method, route (the pattern, `/evaluations/:id`, never the query string), status,
/// milliseconds and the signed-in user's id. Nothing else of the request is written: no body, cookie,
/// token or form value. Vapor logs at `notice` in production, so the line appears with
/// `LOG_LEVEL=info`; below `info` the middleware only passes the request on.
struct RequestLogMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.logger.logLevel <= .info else { return next.respond(to: request) }
        let start = NIODeadline.now()
        return next.respond(to: request).always { result in
            let metadata = Self.metadata(
                method: request.method, route: request.route?.path, status: RequestOutcome.status(result),
                nanoseconds: (NIODeadline.now() - start).nanoseconds, user: request.currentUser?.id)
            request.logger.info("request", metadata: metadata)
        }
    }

    /// The fields of one request's line.
    static func metadata(
        method: HTTPMethod, route: [PathComponent]?, status: HTTPResponseStatus, nanoseconds: Int64, user: UUID?
    ) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "method": .string(method.rawValue),
            "route": .string(RequestOutcome.route(route) ?? "-"),
            "status": .stringConvertible(status.code),
            "ms": .string(String(format: "%.1f", Double(nanoseconds) / 1_000_000)),
        ]
        if let user { metadata["user"] = .string(user.uuidString.lowercased()) }
        return metadata
    }
}
