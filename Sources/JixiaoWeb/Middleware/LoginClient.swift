import Vapor

/// The client address login throttling counts failures by.
enum LoginClient {
    /// The socket's peer address; behind a trusted reverse proxy (`AppSettings.trustForwardedFor`)
    /// the last `X-Forwarded-For` entry, the one the proxy appended (earlier entries are the client's to forge).
    static func address(of req: Request) -> String {
        if req.application.services.settings.trustForwardedFor,
            let forwarded = req.headers[.xForwardedFor].last?.split(separator: ",").last
        {
            let address = forwarded.trimmingCharacters(in: .whitespaces)
            if !address.isEmpty { return String(address.prefix(64)) }
        }
        return req.remoteAddress?.ipAddress ?? "unknown"
    }
}
