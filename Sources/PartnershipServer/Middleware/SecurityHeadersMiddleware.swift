import HTTPTypes
import Hummingbird

/// Headers on every response: a content security policy with no script at all (the pages have
/// none) and no framing, no MIME sniffing, no referrer, and HSTS when served behind TLS.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let behindTLS: Bool

    static let policy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        if behindTLS { response.headers[.strictTransportSecurity] = "max-age=31536000; includeSubDomains" }
        return response
    }
}
