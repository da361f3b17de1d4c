import HTTPTypes
import Hummingbird

/// One route: its method and path (`{name}` for a parameter), the permission it needs, what it
/// returns, and its handler. The router, the permission check, the OpenAPI document and the
/// route × role test are all built from the one list of these (`RouteCatalog`).
public struct ServerRoute: Sendable {
    public enum Kind: String, Sendable {
        /// JSON (errors too).
        case api
        /// An HTML page (errors as a page; no session redirects to sign-in).
        case page
        /// CSV, streamed.
        case csv
    }

    public let method: HTTPRequest.Method
    public let path: String
    public let permission: Permission
    public let kind: Kind
    public let summary: String
    let handler: @Sendable (RouteRequest) async throws -> Response

    init(
        _ method: HTTPRequest.Method, _ path: String, _ permission: Permission, _ kind: Kind, _ summary: String,
        _ handler: @escaping @Sendable (RouteRequest) async throws -> Response
    ) {
        self.method = method
        self.path = path
        self.permission = permission
        self.kind = kind
        self.summary = summary
        self.handler = handler
    }

    /// The path's parameter names, in order.
    public var parameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
    }

    /// The path in Hummingbird's syntax (`:name`).
    var routerPath: String {
        "/" + path.split(separator: "/").map { $0.hasPrefix("{") ? ":" + $0.dropFirst().dropLast() : String($0) }.joined(separator: "/")
    }

    /// POST, PUT, PATCH and DELETE change something: a cookie session must prove the form is ours.
    var changesState: Bool { [.post, .put, .patch, .delete].contains(method) }
}
