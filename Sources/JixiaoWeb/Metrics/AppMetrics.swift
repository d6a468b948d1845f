import CoreMetrics
import JixiaoStore
import NIOCore
import Prometheus
import Vapor

/// The app's request and database pool metrics in a Prometheus registry of its own, recorded through swift-metrics
/// with an explicit factory. The global `MetricsSystem` is never bootstrapped: it may be set only
/// once per process, and the tests run many apps in one process, each with its own figures.
final class AppMetrics: Sendable {
    /// The registry `/metrics` writes out.
    let registry = PrometheusCollectorRegistry()
    /// Fluent's connection pool, read when `/metrics` is asked (`DatabasePoolProbe`).
    let pool = DatabasePoolProbe()
    private let factory: PrometheusMetricsFactory
    private let inFlight: Meter

    init() {
        factory = PrometheusMetricsFactory(registry: registry)
        inFlight = Meter(label: "jixiao_http_requests_in_flight", factory: factory)
    }

    /// A request began.
    func started() { inFlight.increment() }

    /// A request ended with `status` after `nanoseconds`. Every label has few values: the method
    /// (the usual seven, else `other`), the route's pattern (`/evaluations/:id`, `unmatched` when
    /// no route matched) and the status code; never the raw path, a query or anything of the user.
    func finished(method: HTTPMethod, route: String?, status: HTTPResponseStatus, nanoseconds: Int64) {
        inFlight.decrement()
        let method = Self.methods.contains(method.rawValue) ? method.rawValue : "other"
        let route = route ?? "unmatched"
        CoreMetrics.Counter(
            label: "jixiao_http_requests_total",
            dimensions: [("method", method), ("route", route), ("status", String(status.code))], factory: factory
        ).increment()
        CoreMetrics.Timer(
            label: "jixiao_http_request_duration_seconds", dimensions: [("method", method), ("route", route)],
            factory: factory
        ).recordNanoseconds(nanoseconds)
    }

    /// Everything recorded and the database pool's use now, in Prometheus text format.
    func text() async -> String {
        if let figures = await pool.figures() {
            for (state, count) in [("in_use", figures.inUse), ("idle", figures.idle)] {
                Gauge(label: "jixiao_db_pool_connections", dimensions: [("state", state)], factory: factory).record(count)
            }
            Gauge(label: "jixiao_db_pool_waiting", factory: factory).record(figures.waiting)
            Gauge(label: "jixiao_db_pool_max_connections", factory: factory).record(figures.limit)
        }
        return registry.emitToString()
    }

    private static let methods: Set<String> = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
}

/// The app's metrics, set once in `configure`.
struct AppMetricsKey: StorageKey { typealias Value = AppMetrics }

extension Application {
    /// The request metrics (`/metrics`); made on first use, which `configure` is.
    var requestMetrics: AppMetrics {
        if let metrics = storage[AppMetricsKey.self] { return metrics }
        let metrics = AppMetrics()
        storage[AppMetricsKey.self] = metrics
        return metrics
    }
}
