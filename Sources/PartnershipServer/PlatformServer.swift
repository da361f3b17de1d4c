import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PartnershipCore
import PartnershipStore
import ProgrammeKit
import Reporting

/// The HTTP server: a JSON API and server-rendered pages over the same store and report model as
/// the CLI. Every route in `RouteCatalog` passes the same gate: the session is resolved from the
/// cookie (web) or a bearer token (API), the region and programme in the path must exist, the
/// route's permission is checked, and a form sent with a cookie must carry its CSRF token.
public enum PlatformServer {
    public static let sessionCookie = "smp_session"
    /// The sign-in form's double-submit token (there is no session to tie it to yet).
    public static let loginCookie = "smp_login"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    public static func router(_ environment: ServerEnvironment) -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityHeadersMiddleware(behindTLS: environment.behindTLS))
        router.add(middleware: RequestLogMiddleware(logger: environment.logger))
        for route in RouteCatalog.routes {
            router.on(RouterPath(route.routerPath), method: route.method) { request, context in
                await respond(route, request, context, environment)
            }
        }
        return router
    }

    /// The application on `host:port`; it stops gracefully on SIGTERM or SIGINT.
    public static func application(_ environment: ServerEnvironment, host: String, port: Int) -> some ApplicationProtocol {
        Application(
            router: router(environment), configuration: .init(address: .hostname(host, port: port), serverName: "smp"), logger: environment.logger)
    }

    static func respond(_ route: ServerRoute, _ request: Request, _ context: ServerContext, _ environment: ServerEnvironment) async -> Response {
        var request = request
        var session: AppSession?, token: String?, viaCookie = false
        do {
            if let bearer = request.headers[.authorization], bearer.hasPrefix("Bearer ") {
                token = String(bearer.dropFirst(7))
            } else if let cookie = request.cookies[sessionCookie]?.value {
                token = cookie
                viaCookie = true
            }
            if let token {
                let sessions = environment.sessions
                session = try await environment.sessionCache.session(for: token, store: environment.store) { try await sessions.session(for: token) }
            }
            if token != nil && session == nil && !viaCookie && route.permission != .anyone {
                throw ServerError(.unauthorized, "the bearer token is unknown, expired or revoked: sign in again (POST /api/session)")
            }
            let region = try route.parameters.contains("region") ? lookupRegion(context, environment) : nil
            let programme = try route.parameters.contains("programme") ? lookupProgramme(context, environment) : nil
            if route.permission != .anyone && session == nil {
                if route.kind == .page {
                    return Responses.redirect("/login?next=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
                }
                throw ServerError(.unauthorized, "sign in first: POST /api/session with a username and password gives a bearer token")
            }
            guard route.permission.allows(session?.user.role, region: region?.id, programme: programme?.id) else {
                throw ServerError(.forbidden, "your role (\(session?.user.role.description ?? "none")) may not do this: it needs \(route.permission)")
            }
            // A change sent with the session cookie, or the sign-in form, must carry the form's token.
            if route.changesState && (viaCookie || (route.permission == .anyone && route.kind == .page)) {
                let limit = route.path.contains("import") ? ServerLimits.upload : ServerLimits.form
                let body: ByteBuffer
                do { body = try await request.body.collect(upTo: limit) } catch {
                    throw ServerError(.contentTooLarge, "the request body is over the \(limit / 1_048_576) MB limit for this route")
                }
                request.body = RequestBody(buffer: body)
                let expected = session?.csrfToken ?? request.cookies[loginCookie]?.value
                let given =
                    request.headers[csrfHeader] ?? formField("csrf", in: body)
                    ?? MultipartForm(body, contentType: request.headers[.contentType])?.text("csrf")
                guard let expected, let given, !expected.isEmpty, constantTimeEqual(expected, given) else {
                    throw ServerError(.forbidden, "this form has expired or did not come from this site: reload the page and send it again")
                }
            }
            let input = RouteRequest(
                request: request, context: context, environment: environment, session: session, token: token, region: region, programme: programme)
            return try await route.handler(input)
        } catch let error as ServerError {
            return Responses.error(error, kind: route.kind, chrome: Chrome.page(session: session, environment: environment, current: ""))
        } catch let refusal as UserDirectory.Refusal {
            return Responses.error(ServerError(.badRequest, refusal.description), kind: route.kind)
        } catch {
            environment.logger.error("request failed", metadata: ["route": "\(route.method) \(route.path)", "error": "\(type(of: error))"])
            return Responses.error(
                ServerError(.internalServerError, "the server could not complete this request; it has been logged"), kind: route.kind)
        }
    }

    static func lookupRegion(_ context: ServerContext, _ environment: ServerEnvironment) throws -> Region {
        let id = context.parameters.get("region") ?? ""
        guard let region = environment.region(id) else {
            throw ServerError.notFound("no region '\(id)'; the regions are \(environment.regions.map(\.id).joined(separator: ", "))")
        }
        return region
    }

    static func lookupProgramme(_ context: ServerContext, _ environment: ServerEnvironment) throws -> any ProgrammePlugin {
        let id = context.parameters.get("programme") ?? ""
        guard let plugin = environment.registry[ProgrammeID(id)] else {
            throw ServerError.notFound("no programme '\(id)'; the programmes are \(environment.registry.ids.map(\.rawValue).joined(separator: ", "))")
        }
        return plugin
    }

    /// One field of a URL-encoded form body.
    static func formField(_ name: String, in body: ByteBuffer) -> String? {
        for pair in String(buffer: body).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == name { return String(parts[1]).removingPercentEncoding }
        }
        return nil
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
