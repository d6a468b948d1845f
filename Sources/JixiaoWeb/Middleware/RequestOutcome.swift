import Vapor

/// What the request log and the metrics say of a finished request, told the same way in both.
enum RequestOutcome {
    /// The matched route's pattern (`/evaluations/:id`, never the raw path or query); nil when no
    /// route matched.
    static func route(_ components: [PathComponent]?) -> String? {
        components.map { "/" + $0.map(\.description).joined(separator: "/") }
    }

    /// The status answered.
    static func status(_ result: Result<Response, any Error>) -> HTTPResponseStatus {
        switch result {
        case .success(let response): return response.status
        // An error below the error page middleware (none is expected): as Vapor would answer it.
        case .failure(let error): return (error as? any AbortError)?.status ?? .internalServerError
        }
    }
}
