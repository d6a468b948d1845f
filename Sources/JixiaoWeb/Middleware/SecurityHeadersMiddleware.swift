import JixiaoRender
import Vapor

/// The security headers of every response: a strict Content-Security-Policy (the app's own
/// script and stylesheet only, no inline script or style, no framing), `X-Frame-Options`,
/// `nosniff`, `Referrer-Policy`, `Cache-Control: no-store` unless a handler chose otherwise
/// (the assets), and HSTS when cookies are `Secure` (the app is behind HTTPS).
///
/// Future-based like every middleware on the hot path (an `AsyncMiddleware` starts a task).
struct SecurityHeadersMiddleware: Middleware {
    /// The policy of every page: nothing inline, nothing from elsewhere, never in a frame.
    static let pagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    /// The policy of a standalone HTML report: its one `<style>` (by hash) and nothing else.
    static let reportPolicy =
        "default-src 'none'; style-src '\(styleHash(HtmlStyle.css))'; img-src data:; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    static let hsts = "max-age=31536000; includeSubDomains"

    var strictTransport: Bool

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            Self.apply(to: &response.headers, strictTransport: strictTransport)
            return response
        }
    }

    static func apply(to headers: inout HTTPHeaders, strictTransport: Bool) {
        if !headers.contains(name: "Content-Security-Policy") {
            headers.replaceOrAdd(name: "Content-Security-Policy", value: pagePolicy)
        }
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        if !headers.contains(name: .cacheControl) { headers.replaceOrAdd(name: .cacheControl, value: "no-store") }
        if strictTransport { headers.replaceOrAdd(name: .strictTransportSecurity, value: hsts) }
    }

    /// The CSP source of an inline `<style>` with exactly `css` in it.
    static func styleHash(_ css: String) -> String {
        "sha256-" + Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()
    }
}
