import Vapor

/// `GET /metrics`: the request metrics in Prometheus text format, to whom `MetricsAccess` allows.
struct MetricsController {
    func metrics(_ req: Request) async throws -> Response {
        let forwarded = ["X-Forwarded-For", "Forwarded", "X-Real-IP"].contains { req.headers.contains(name: $0) }
        let decision = req.application.services.settings.metrics.decide(
            bearer: req.headers.bearerAuthorization?.token, peer: req.remoteAddress?.ipAddress, forwarded: forwarded)
        switch decision {
        case .notFound:
            throw Abort(.notFound)
        case .unauthorized:
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer")
            headers.contentType = .plainText
            return Response(status: .unauthorized, headers: headers, body: .init(string: "需要 Authorization: Bearer 令牌\n"))
        case .allowed:
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
            headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return Response(status: .ok, headers: headers, body: .init(string: await req.application.requestMetrics.text()))
        }
    }
}
