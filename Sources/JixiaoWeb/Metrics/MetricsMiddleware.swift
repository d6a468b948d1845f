import NIOCore
import Vapor

/// Counts every request and its duration by method, route pattern and status (`AppMetrics`);
/// beside `RequestLogMiddleware`, with the same route and status (`RequestOutcome`).
struct MetricsMiddleware: Middleware {
    let metrics: AppMetrics

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let start = NIODeadline.now()
        metrics.started()
        return next.respond(to: request).always { result in
            metrics.finished(
                method: request.method, route: RequestOutcome.route(request.route?.path),
                status: RequestOutcome.status(result), nanoseconds: (NIODeadline.now() - start).nanoseconds)
        }
    }
}
