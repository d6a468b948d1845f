import Foundation

/// Who may read `/metrics`, set by the environment: `JIXIAO_METRICS=off` turns the endpoint off,
/// `JIXIAO_METRICS_TOKEN` asks for that bearer token, otherwise only this machine may read it.
public enum MetricsAccess: Sendable, Equatable {
    /// No endpoint: `/metrics` answers 404.
    case off
    /// Requests from a loopback address that came through no proxy (no `X-Forwarded-For`,
    /// `Forwarded` or `X-Real-IP` header): a Prometheus or agent on the app's own machine.
    case local
    /// Requests with `Authorization: Bearer <token>`, from anywhere.
    case token(String)

    /// What a request to `/metrics` gets.
    enum Decision: Equatable {
        case allowed
        /// The endpoint is off, or the request is not local: answered as if there were no such page.
        case notFound
        /// A token is set and the request did not send it.
        case unauthorized
    }

    /// The access the environment asks for (`.local` when it says nothing).
    static func fromEnvironment(_ env: [String: String]) -> MetricsAccess {
        if env["JIXIAO_METRICS"]?.lowercased() == "off" { return .off }
        if let token = env["JIXIAO_METRICS_TOKEN"]?.trimmingCharacters(in: .whitespaces), !token.isEmpty {
            return .token(token)
        }
        return .local
    }

    /// The decision for a request with `bearer` token, from `peer` (its IP address), `forwarded`
    /// when it carries a proxy's header.
    func decide(bearer: String?, peer: String?, forwarded: Bool) -> Decision {
        switch self {
        case .off: return .notFound
        case .token(let token): return bearer.map { Self.sameBytes($0, token) } == true ? .allowed : .unauthorized
        case .local: return !forwarded && peer.map(Self.isLoopback) == true ? .allowed : .notFound
        }
    }

    static func isLoopback(_ address: String) -> Bool {
        address == "::1" || address.hasPrefix("127.") || address.hasPrefix("::ffff:127.")
    }

    // Compares every byte whatever the first difference, so the time taken tells nothing of the token.
    static func sameBytes(_ given: String, _ expected: String) -> Bool {
        let given = Array(given.utf8), expected = Array(expected.utf8)
        guard given.count == expected.count else { return false }
        var difference: UInt8 = 0
        for index in given.indices { difference |= given[index] ^ expected[index] }
        return difference == 0
    }
}
